import { knownPlace } from "../header/places.js";

/** A person (or organisation) the story names, with the fullest name and title it gives. */
export interface Person {
  name: string;
  title: string | null;
  /** Name tokens, for resolving "Putin" to "Vladimir Putin" and "Kim" to "Kim Jong Un". */
  tokens: string[];
  /** Words that qualify the person: title words and possessive owners ("Russian", "President", "North Korea"). */
  qualifiers: string[];
  /** Paragraph of the first mention. */
  paragraph: number;
}

/** Words that make a capitalised run a title rather than a name. Data: extend as copy shows. */
export const TITLE_WORDS = new Set(
  `President Vice Prime Minister Ministers Chancellor King Queen Prince Princess Crown Secretary Senator Sen.
  Representative Rep. Governor Gov. Mayor General Gen. Lieutenant Lt. Colonel Col. Major Maj. Captain Capt. Admiral
  Adm. Sergeant Sgt. Commander Chief Spokesman Spokeswoman Spokesperson Leader Chairman Chairwoman Chair CEO Director
  Ambassador Envoy Commissioner Judge Justice Pope Sheikh Emir Premier Speaker Deputy Foreign Defence Defense Interior
  Finance Economy Trade Health Justice Energy Environment Education Agriculture Transport Labour Labor Culture
  Minister-President Dr. Dr Prof. Professor Mr. Mr Mrs. Mrs Ms. Ms Sir Dame Lord Lady Cardinal Archbishop Bishop
  Rabbi Imam Ayatollah Supreme Attorney Auditor Secretary-General Director-General Head Executive Officer
  Coach Manager Striker Midfielder Defender Goalkeeper Astronaut Cosmonaut Administrator`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that start sentences or name things other than people. */
const NOT_NAMES = new Set(
  `The A An In On At For But And Or If When While After Before As By From With Without Under Over This That These
  Those It Its He She They We I You His Her Their Our My Your There Here Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday January February March April May June July August September October November December Jan Feb
  Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Kremlin White House Pentagon Congress Senate Parliament Ministry Army
  Navy Police Government Cabinet Council Court Union Party Republic Kingdom State States National Nations
  International World War II Far East West North South Central Western Eastern Northern Southern Russian Chinese
  American French British German Ukrainian Japanese Korean Indian Iranian Israeli Palestinian European Asian
  African Arab US UN EU NATO AFP Reuters AP Xinhua TASS Mr Mrs Ms Dr`
    .split(/\s+/)
    .filter(Boolean),
);

const WORD = /[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}][\p{L}\p{M}'’-]*|\d[\d,.]*|[^\s\p{L}\d]/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  // An exec loop rather than matchAll: this runs on every paragraph and clause, and the iterator costs.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const CAPITAL = /^[\p{Lu}]/u;
export const isCapitalised = (word: string) => {
  const c = word.charCodeAt(0);
  // ASCII answers without the Unicode property lookup; everything else asks it.
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
};
const NAME_PARTICLES = new Set([
  "de",
  "van",
  "von",
  "bin",
  "bint",
  "al",
  "el",
  "da",
  "di",
  "der",
  "den",
  "la",
  "le",
]);

/** A run of capitalised tokens starting at index i (with name particles inside), as token indexes [i, j). */
export function capitalisedRun(toks: Token[], i: number): number {
  let j = i;
  while (j < toks.length) {
    const word = (toks[j] as Token).text;
    const adjacent = j === i || (toks[j] as Token).start === (toks[j - 1] as Token).end + 1;
    if (!adjacent) break;
    if (isCapitalised(word) || (j > i && NAME_PARTICLES.has(word) && isCapitalised(toks[j + 1]?.text ?? "")))
      j++;
    else break;
  }
  return j;
}

/** Splits a capitalised run into title and name: "Russian President Vladimir Putin" -> title, name. */
export function splitTitle(words: string[]): { title: string[]; name: string[]; owner: string[] } {
  let owner: string[] = [];
  let rest = words;
  const possessive = rest.findIndex((word) => /['’]s$/.test(word));
  if (possessive !== -1 && possessive < rest.length - 1) {
    owner = [...rest.slice(0, possessive), (rest[possessive] as string).replace(/['’]s$/, "")];
    rest = rest.slice(possessive + 1);
  }
  let lastTitle = -1;
  rest.forEach((word, k) => {
    if (TITLE_WORDS.has(word)) lastTitle = k;
  });
  return { title: rest.slice(0, lastTitle + 1), name: rest.slice(lastTitle + 1), owner };
}

/**
 * Every person the story names in full (two name words or more), in order of first mention. The headline
 * counts as paragraph -1.
 */
export function findPeople(paragraphs: readonly string[], headline: string | null): Person[] {
  const people = new Map<string, Person>();
  const texts = headline ? [headline, ...paragraphs] : [...paragraphs];
  texts.forEach((text, index) => {
    const paragraph = headline ? index - 1 : index;
    const toks = tokens(text);
    for (let i = 0; i < toks.length; ) {
      const j = capitalisedRun(toks, i);
      if (j === i) {
        i++;
        continue;
      }
      const words = toks.slice(i, j).map((t) => t.text.replace(/[.,]$/, ""));
      // A lowercase role after a possessive owner: "North Korea's leader Kim Jong Un".
      addPerson(people, words, paragraph);
      i = j;
    }
  });
  return [...people.values()];
}

function addPerson(people: Map<string, Person>, words: string[], paragraph: number): void {
  const { title, name, owner } = splitTitle(words);
  const cleaned = name.filter((word) => word !== "");
  if (cleaned.length < 2 || cleaned.length > 5) return;
  if (cleaned.some((word) => NOT_NAMES.has(word) || /^\d/.test(word))) return;
  const full = cleaned.join(" ");
  if (knownPlace(full) || /['’]s$/.test(full)) return;
  const existing = people.get(full);
  const titleText = title.length > 0 ? title.join(" ") : null;
  if (existing) {
    if (!existing.title && titleText) existing.title = titleText;
    existing.qualifiers.push(...title, ...owner);
    return;
  }
  people.set(full, {
    name: full,
    title: titleText,
    tokens: cleaned,
    qualifiers: [...title, ...owner],
    paragraph,
  });
}

/** "Putin" -> the person whose last name it is, else whose first name it is ("Kim" -> "Kim Jong Un"). */
export function resolveShortName(people: readonly Person[], words: string[]): Person | null {
  const full = words.join(" ");
  const exact = people.find((person) => person.name === full);
  if (exact) return exact;
  const last = words[words.length - 1] ?? "";
  const byLast = people.filter((person) => person.tokens[person.tokens.length - 1] === last);
  if (byLast.length > 0) return byLast[byLast.length - 1] ?? null;
  const byAny = people.filter((person) => person.tokens.includes(last));
  return byAny[byAny.length - 1] ?? null;
}

const GENERIC_ROLES = new Set(["leader", "head", "official", "chief", "strongman", "ruler"]);

/**
 * "the Russian leader" -> the person whose title or owner matches the qualifiers and whose role fits.
 * Null unless exactly one person fits: a wrong speaker is worse than none.
 */
export function resolveDescription(people: readonly Person[], description: string): Person | null {
  const words = description.split(/\s+/).filter((word) => !/^(?:the|a|an)$/i.test(word));
  if (words.length === 0) return null;
  const role = (words[words.length - 1] as string).toLowerCase();
  const qualifiers = words.slice(0, -1);
  const fits = people.filter((person) => {
    const titleWords = (person.title ?? "").toLowerCase().split(/\s+/);
    const roleFits =
      titleWords.includes(role) || (GENERIC_ROLES.has(role) && isHeadTitle(titleWords, person));
    if (!roleFits) return false;
    return qualifiers.every((q) => person.qualifiers.some((have) => sameStem(have, q)));
  });
  return fits.length === 1 ? (fits[0] as Person) : null;
}

function isHeadTitle(titleWords: string[], person: Person): boolean {
  const heads = [
    "president",
    "prime",
    "chancellor",
    "king",
    "queen",
    "leader",
    "premier",
    "emir",
    "chairman",
  ];
  return titleWords.some((word) => heads.includes(word)) || person.qualifiers.length > 0;
}

/** "Russian" and "Russia", "North Korean" and "North Korea": the same stem, five letters or more. */
function sameStem(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const n = Math.min(x.length, y.length);
  return n >= 4 && x.slice(0, Math.max(4, n - 1)) === y.slice(0, Math.max(4, n - 1));
}
