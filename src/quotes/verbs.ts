import { startsUpper } from "../chars.js";

/**
 * The words of attribution, as data: verbs that introduce speech, verbs that credit a quoted phrase to
 * their subject, pronouns, and the words that end a speaker's name. English, French and German, as the
 * agencies file in them. A new verb is an entry here.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs that introduce a statement: `"…," Putin said`, `said Putin`, `Putin told reporters: "…"`. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes asked asks stated states explained explains insisted insists
  warned warns noted notes continued declared declares replied replies stressed stresses urged urges argued argues
  admitted admits acknowledged recalled recalls tweeted posted posts announced announces commented remarked
  concluded cautioned claimed claims suggested complained conceded vowed promised predicted observed quipped joked
  shouted yelled cried whispered responded maintained reported confirmed confirms denied emphasised emphasized
  underlined countered pleaded demanded wondered agreed according testified told
  saying adding telling writing noting warning insisting explaining stressing declaring arguing
  déclaré dit ajouté affirmé souligné expliqué indiqué assuré estimé précisé réagi insisté martelé lancé prévenu
  averti regretté rappelé poursuivi confié déclare affirme ajoute estime souligne explique indique assure selon
  sagte sagt sagten erklärte erklärt betonte betont warnte schrieb meinte fügte ergänzte teilte laut
`);

/** Verbs that credit a quoted phrase inside narration to their subject: `called the report "deeply flawed"`. */
export const JUDGING_VERBS = words(`
  said says saying called calls calling described describes describing praised praising accused accuses accusing
  warned warning urged urging hailed hails hailing denounced denouncing condemned condemning slammed dismissed
  dismissing termed branded insisted insisting vowed vowing thanked told telling dubbed labelled labeled
  criticised criticized blasted lauded promised pledged stressed stressing added adding claimed claiming wrote
  writing posted rejected welcomed welcomes decried decrying mocked deplored deplores promising
  promis jugé qualifié dénoncé salué estimé parlé évoqué
  sprach nannte bezeichnete kritisierte warnte forderte lobte
`);

/** Forms of "to be" and "to have" that may stand between a subject and its verb: "she has said". */
export const AUXILIARIES = words("has had have is was were will would a ont hat habe");

/** Words that may stand between a speaker and the verb: `Putin also said`, `Vance later wrote`. */
export const BETWEEN = words(`
  also earlier later then again once repeatedly previously further still just quickly recently
  aussi encore ensuite auch noch zudem
`);

export type Gender = "m" | "f";

/** Pronouns that stand for a person, with the gender they carry. */
export const PERSONAL_PRONOUNS: Readonly<Record<string, Gender | null>> = {
  he: "m",
  she: "f",
  il: "m",
  elle: "f",
  er: "m",
  sie: "f",
};

/** Pronouns that stand for an organisation: `"…," it said in a statement`. */
export const THING_PRONOUNS = words("it they");

/** Words after a speaker's name that end it: `said Putin at the start of …`, `said Ekwueme, who …`. */
export const STOP_AFTER_SPEAKER = words(`
  who which whose in at on during after before when as while from to for with by late early last this told on
  lors dans à au en après avant qui
  am im in bei auf vor nach gegenüber zu der die das dem den
`);

/** Nouns for a group that speaks as one, credited as written: `"…," police said`. */
export const COLLECTIVE_SPEAKERS = words("police prosecutors polizei");

const CALENDAR = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December
`);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word);
}

/** Verbs said "in a statement", and verbs written "on" a platform. */
const IN_A_STATEMENT = new Set(["said", "says", "added"]);
const ON_A_PLATFORM = new Set(["wrote", "writes", "posted", "posts", "said"]);

/**
 * The verb as the story gives it, with the words that make it a different channel: "told reporters",
 * "said in a statement", "wrote on X", "according to".
 */
export function verbPhrase(verb: string, following: readonly string[]): string {
  const [a, b, c, d] = following;
  if (verb === "according" && a === "to") return "according to";
  if (
    (verb === "told" || verb === "tells") &&
    a &&
    /^(?:reporters|journalists|AFP|Reuters|AP|PTI|[A-Z]{2,6})$/.test(a)
  )
    return `${verb} ${a}`;
  if (a === "in" && IN_A_STATEMENT.has(verb)) {
    if ((b === "a" || b === "an") && c === "statement") return `${verb} in a statement`;
    if ((b === "a" || b === "an") && d === "statement") return `${verb} in a statement`;
  }
  if (a === "on" && ON_A_PLATFORM.has(verb) && b && startsUpper(b) && !CALENDAR.has(b))
    return `${verb} on ${b}`;
  return verb;
}
