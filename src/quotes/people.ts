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
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word);
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
    // Each word once, and only so many: a name repeated all through a long text must not make every lookup slow.
    for (const word of [...title, ...owner]) {
      if (existing.qualifiers.length < MAX_QUALIFIERS && !existing.qualifiers.includes(word))
        existing.qualifiers.push(word);
    }
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

const MAX_QUALIFIERS = 32;

/** "Putin" -> the person whose last name it is, else whose first name it is ("Kim" -> "Kim Jong Un"). */
export function resolveShortName(people: readonly Person[], words: string[]): Person | null {
  const index = indexOf(people);
  const exact = index.byName.get(words.join(" "));
  if (exact) return exact;
  const last = words[words.length - 1] ?? "";
  return index.byLast.get(last) ?? index.byAny.get(last) ?? null;
}

interface PeopleIndex {
  /** Full name to the first person of that name. */
  byName: Map<string, Person>;
  /** Last name token to the last person (in order of first mention) who has it. */
  byLast: Map<string, Person>;
  /** Any name token to the last person who has it. */
  byAny: Map<string, Person>;
  /** A title word, lower case, to everyone whose title holds it. */
  byTitleWord: Map<string, Person[]>;
  /** Everyone a generic role ("the leader") may describe. */
  heads: Person[];
}

// Built once per list, so resolving every quote of a long story is not a scan of everyone it names.
const INDEXES = new WeakMap<readonly Person[], PeopleIndex>();

function indexOf(people: readonly Person[]): PeopleIndex {
  let index = INDEXES.get(people);
  if (index) return index;
  index = { byName: new Map(), byLast: new Map(), byAny: new Map(), byTitleWord: new Map(), heads: [] };
  for (const person of people) {
    if (!index.byName.has(person.name)) index.byName.set(person.name, person);
    index.byLast.set(person.tokens[person.tokens.length - 1] ?? "", person);
    for (const token of person.tokens) index.byAny.set(token, person);
    const titleWords = (person.title ?? "").toLowerCase().split(/\s+/);
    for (const word of new Set(titleWords)) {
      const holders = index.byTitleWord.get(word);
      if (holders) holders.push(person);
      else index.byTitleWord.set(word, [person]);
    }
    if (isHeadTitle(titleWords, person)) index.heads.push(person);
  }
  INDEXES.set(people, index);
  return index;
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
  const index = indexOf(people);
  const titled = index.byTitleWord.get(role) ?? [];
  const heads = GENERIC_ROLES.has(role) ? index.heads : [];
  // A description among this many people of the role singles no one out (and checking each would be slow).
  if (titled.length + heads.length > MAX_CANDIDATES) return null;
  const candidates = new Set([...titled, ...heads]);
  const fits = [...candidates].filter((person) =>
    qualifiers.every((q) => person.qualifiers.some((have) => sameStem(have, q))),
  );
  return fits.length === 1 ? (fits[0] as Person) : null;
}

const MAX_CANDIDATES = 64;

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
