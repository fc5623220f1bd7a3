/**
 * Words about names, as data: titles, words that are not names, organisation heads, demonyms and common
 * given names with the gender they usually carry. Extend as copy shows; each list is only a hint, never the
 * sole evidence for a speaker.
 */
import type { Gender } from "./verbs.js";

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that make a capitalised run a title rather than a name. */
export const TITLE_WORDS = words(`
 President Vice Prime Minister Ministers Chancellor King Queen Prince Princess Crown Secretary Senator Sen.
 Representative Rep. Governor Gov. Mayor General Gen. Lieutenant Lt. Colonel Col. Major Maj. Captain Capt. Admiral
 Adm. Sergeant Sgt. Commander Chief Spokesman Spokeswoman Spokesperson Leader Chairman Chairwoman Chair CEO Director
 Ambassador Envoy Commissioner Judge Justice Pope Sheikh Emir Premier Speaker Deputy Foreign Defence Defense Interior
 Finance Economy Trade Health Energy Environment Education Agriculture Transport Labour Labor Culture Development
 Minister-President Dr. Dr Prof. Professor Mr. Mr Mrs. Mrs Ms. Ms Sir Dame Lord Lady Cardinal Archbishop Bishop
 Rabbi Imam Ayatollah Supreme Attorney Auditor Secretary-General Director-General Head Executive Officer
 Coach Manager Striker Midfielder Defender Goalkeeper Astronaut Cosmonaut Administrator Assistant District
 Cabinet Union State Federal Opposition Shipping Former Acting Interim Regional Provincial Mission
 Bundeskanzler Bundeskanzlerin Kanzler Kanzlerin Präsident Präsidentin Ministerin Ministerpräsident
 Bürgermeister Bürgermeisterin Président Présidente Ministre Maire Premier
 Sheriff Deputy Inspector Detective Superintendent Constable Marshal Trooper Ranger Warden Officer Agent
 Senior Junior Principal Lead Dean Provost Rector Chancellor Curator Archivist Librarian Pastor Reverend Rev.
`);

/** German titles are compounds: "Wirtschaftsministerin", "Verbandschef". */
export const TITLE_SUFFIXES = [
  "minister",
  "ministerin",
  "kanzler",
  "kanzlerin",
  "präsident",
  "präsidentin",
  "chef",
  "chefin",
  "sprecher",
  "sprecherin",
  // Occupations written as titles before a name: "Glaciologist Reto Imhof", "Economist Jane Roe".
  "ologist",
  "scientist",
  "economist",
  "analyst",
  "strategist",
  "researcher",
  "historian",
  "engineer",
];

/** Capitalised words that start sentences or name things other than people. */
export const NOT_NAMES = words(`
 The A An In On At For But And Or If When While After Before As By From With Without Under Over This That These
 Those It Its He She They We I You His Her Their Our My Your There Here Asked Speaking According Meanwhile
 Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
 September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Kremlin White House
 Pentagon Congress Senate Parliament Ministry Army Navy Police Government Cabinet Council Court Union Party Republic
 Kingdom State States National Nations International World War II Far East West North South Central Western Eastern
 Northern Southern Russian Chinese American French British German Ukrainian Japanese Korean Indian Iranian Israeli
 Palestinian European Asian African Arab US UN EU NATO AFP Reuters AP Xinhua TASS Mr Mrs Ms Dr Open Grand Slam Cup
 Hurricane Storm Typhoon Day Olympic Olympics Champions League
`);

/** Capitalised words that open a sentence before a name: "The Kremlin", "In Beijing, Putin …". */
export const LEADING_WORDS = words(`
  The A An In On At For But And Or If When While After Before As By From With This That These Those It Its His Her
  Their Asked Speaking According Meanwhile Le La Les Un Une Des Selon Der Die Das Ein Eine
`);

/** The head word of an organisation's name: "Foreign Ministry", "Kaito Motors", "Consumer Fairness Council". */
export const ORGANISATION_HEADS = words(`
 Ministry Office House Museum Council Association Agency Party Union Group Motors Pharma Bank Airlines Airways Commission
 Committee Court Parliament Assembly Force Army Navy Police Department Institute University Academy Federation
 Foundation Organisation Organization Corporation Corp Corp. Inc Inc. Ltd Ltd. Company Authority Service Bureau
 Senate Congress Cabinet Government Secretariat Fund Board Reserve Embassy Church Club Society Alliance Coalition
 Network Times Post News Television Radio Records Industries Holdings Systems Technologies Labs Energy Oil Gas
 Ministerium Regierung Bundesregierung Verband Ministère Gouvernement Syndicat
`);

/** Organisations that a single word names. */
export const KNOWN_ORGANISATIONS = words(
  "Kremlin Pentagon Elysee Élysée Vatican Bundestag Knesset Duma Congress",
);

/** Lowercase nouns that say the name after them is an organisation: "carmaker Kaito Motors", "space agency NASA". */
export const ORGANISATION_NOUNS = words(`
 company firm carmaker automaker maker manufacturer group agency app carrier airline bank lender giant retailer
 insurer chipmaker broadcaster network newspaper channel watchdog regulator ministry union association council
 federation party operator startup platform developer publisher studio club team league organisation organization
 syndicat
`);

/** Organisation nouns that any business answers to: "the company said" of a carmaker. */
export const BUSINESS_NOUNS = words(`
 company firm carmaker automaker maker manufacturer group carrier airline bank lender giant retailer insurer
 chipmaker operator startup platform developer publisher studio app Motors Pharma Airlines Airways Inc Corp Ltd
 Holdings Industries Systems Technologies Labs
`);

/** Nouns for one member of a nation: "the Swede", "the Frenchman". Value: the adjective's stem. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  swede: "swedish",
  frenchman: "french",
  frenchwoman: "french",
  spaniard: "spanish",
  briton: "british",
  englishman: "english",
  scot: "scottish",
  dane: "danish",
  finn: "finnish",
  pole: "polish",
  turk: "turkish",
  dutchman: "dutch",
  irishman: "irish",
  welshman: "welsh",
  swiss: "swiss",
  german: "german",
  american: "american",
  russian: "russian",
  italian: "italian",
  brazilian: "brazilian",
  argentine: "argentine",
  australian: "australian",
  canadian: "canadian",
  serb: "serbian",
  croat: "croatian",
  norwegian: "norwegian",
  japanese: "japanese",
  chinese: "chinese",
  nigerian: "nigerian",
  kenyan: "kenyan",
  ethiopian: "ethiopian",
  moroccan: "moroccan",
  mexican: "mexican",
  belgian: "belgian",
  austrian: "austrian",
  greek: "greek",
  ukrainian: "ukrainian",
  indian: "indian",
  korean: "korean",
};

/** Role words that carry a gender. */
export const GENDERED_ROLES: Readonly<Record<string, Gender>> = {
  spokesman: "m",
  spokeswoman: "f",
  chairman: "m",
  chairwoman: "f",
  businessman: "m",
  businesswoman: "f",
  king: "m",
  queen: "f",
  prince: "m",
  princess: "f",
  mr: "m",
  "mr.": "m",
  mrs: "f",
  "mrs.": "f",
  ms: "f",
  "ms.": "f",
  sir: "m",
  dame: "f",
  lord: "m",
  lady: "f",
  actress: "f",
  frenchwoman: "f",
  frenchman: "m",
  dutchman: "m",
  englishman: "m",
  mother: "f",
  father: "m",
  widow: "f",
  wife: "f",
  husband: "m",
  congresswoman: "f",
  congressman: "m",
  ministerin: "f",
  kanzlerin: "f",
  präsidentin: "f",
  sprecherin: "f",
  chefin: "f",
  présidente: "f",
  madame: "f",
  monsieur: "m",
};

const FEMALE_NAMES = words(`
 Aaliyah Abigail Ada Adriana Agnes Aisha Alejandra Alexandra Alice Alicia Alina Alison Amanda Amara Amelia Amina Amy
 Ana Anastasia Angela Angelika Anita Anja Ann Anna Anne Annette Anouk Antonia Ashley Astrid Aurelie Ayesha
 Barbara Beatriz Beatrice Bettina Beverly Bianca Birgit Brenda Brigitte Camila Carla Carmen Carol Caroline Catherine
 Cecilia Celine Charlotte Chiara Chloe Christina Christine Claire Clara Clare Claudia Colette Cristina Cynthia Dana
 Daniela Deborah Diana Dilma Dolores Donna Doris Dorothy Edith Elena Eleni Elif Elisa Elisabeth Elizabeth
 Ella Ellen Elsa Emilia Emily Emma Erika Esther Eva Fatima Fatma Fernanda Francesca Françoise Frida Gabriela
 Gabriele Gabrielle Giorgia Gisele Gloria Grace Greta Gulnara Hana Hannah Heather Heidi Helen Helena Helga Hilary
 Hillary Ines Ingrid Irene Iris Isabel Isabella Isabelle Ivana Jacinda Jacqueline Jana Jane Janet Janine Jennifer
 Jessica Joan Joanna Johanna Josephine Judith Julia Julie Juliette Justine Karen Karin Katarina Katharina Katherine
 Kathleen Kathrin Katrin Kayla Keiko Kelly Kristina Laura Lauren Layla Lea Leila Lena Leonie Liliana Linda Lisa
 Liz Lorena Louise Lucia Lucy Luisa Lydia Magdalena Maja Mamta Manon Margaret Margarethe Margaux Margrethe Maria
 Mariam Marie Marina Marion Marta Martha Martina Mary Maryam Mathilde Maya Megan Mei Melanie Melissa Mercedes Mia
 Michelle Mila Miriam Monica Monika Nadia Nadine Nancy Naomi Natalia Natalie Natasha Nicole Nina Nora Noura
 Olena Olga Olivia Paola Patricia Paula Pauline Petra Pilar Priya Rachel Rania Rebecca Renate Rita Roberta Rosa
 Rosalind Ruth Sabine Sabrina Samantha Sandra Sara Sarah Silvia Simone Sofia Sofie Sonia Sophie
 Stefanie Stephanie Sunita Susan Susanne Suzanne Svetlana Sylvie Tamara Tanja Tatiana Teresa Theresa Tina Ulrike
 Ursula Valentina Valerie Vanessa Vera Veronica Victoria Viktoria Virginie Wendy Yelena Yoshiko Yulia Yuko Zainab
 Zeynep Zoe Zofia Zuzana
`);

const MALE_NAMES = words(`
 Aaron Abdullah Adam Adrian Ahmed Ahmet Alan Albert Alberto Alejandro Aleksandr Alessandro Alexander Alexandre
 Alexei Ali Amir Anders Andre Andreas Andrei Andrew Andrzej Anthony Antoine Anton Antonio Arjun Armin
 Arnaud Arthur Ashok Bashar Ben Benjamin Bernard Bernd Bill Bob Boris Brian Bruno Carl Carlos Charles 
 Christian Christopher Claude Daniel Dario David Denis Dennis Diego Dmitry Donald Edward Emeka Emmanuel Enrique Eric
 Erik Ernesto Fabian Felipe Felix Fernando Francesco Francis Francisco François Frank Franz Frederic Friedrich
 Gabriel Gareth George Georg Gerhard Giorgio Giuseppe Gordon Greg Guillaume Gustavo Hans Harold Harry Hassan Heinz
 Helmut Henri Henry Hiroshi Hugo Ibrahim Igor Ivan Jack Jacob Jacques James Jan Javier Jens Jeremy Jim Joachim
 Joe John Jonas Jonathan Jorge Jose José Joseph Juan Julian Julien Jürgen Kai Karl Keir Kenji Kevin Khalid Klaus
 Kwame Lars Leon Leonardo Liam Louis Luca Lucas Ludwig Luis Luiz Lukas Marc Marcel Marco Marcus Mario Mark Markus
 Martin Mateo Matteo Matthew Matthias Max Michael Michel Miguel Mikhail Mohamed Mohammed Muhammad Narendra Nathan
 Nicholas Nicolas Nikolai Nikos Noah Olaf Oleh Oleksandr Oliver Omar Oscar Pablo Paolo Patrick Paul Pedro Peter
 Philip Philippe Pierre Pieter Rafael Rahul Rajesh Ralf Ramon Raul Recep Reid Ricardo Richard Robert Roberto Roger
 Roman Ronald Rui Ryan Salman Samuel Scott Sebastian Sergei Sergey Simon Stefan Stephen Steve Steven Sven Thomas
 Tim Timothy Tom Tomas Tomasz Tony Viktor Vikram Vincent Vladimir Volodymyr Walter Wilhelm William Wolfgang
 Xavier Yasser Yusuf Yuri Yves Zoran
`);

/** Given names borne by men and women alike: a name, but no hint of gender. */
const SHARED_NAMES = words(
  "Alex Andrea Ashley Chris Dominique Jean Jordan Kim Morgan Nicola Robin Sam Taylor Toni Yuki",
);

/** The gender a given name usually carries, or null when it is unknown or shared. */
export function genderOfGivenName(name: string): Gender | null {
  if (FEMALE_NAMES.has(name)) return "f";
  if (MALE_NAMES.has(name)) return "m";
  return null;
}

export function isGivenName(name: string): boolean {
  return FEMALE_NAMES.has(name) || MALE_NAMES.has(name) || SHARED_NAMES.has(name);
}
