import {
  APOSTROPHE,
  ASCII_CLASSES,
  classAt,
  classOf,
  codePointAt,
  DIGIT,
  LETTER,
  LOWER,
  SPACE,
  startsLetter,
  startsLower,
  UPPER,
  unitClass,
} from "../chars.js";
import { knownPlace } from "../header/places.js";
import { endsApostropheS, hasLetterApostrophe, isCapitalsOrInitials, isInitials } from "./letters.js";
import {
  BUSINESS_NOUNS,
  DEMONYMS,
  GENDERED_ROLES,
  genderOfGivenName,
  isGivenName,
  KNOWN_ORGANISATIONS,
  LEADING_WORDS,
  NOT_NAMES,
  ORGANISATION_HEADS,
  ORGANISATION_NOUNS,
  TITLE_SUFFIXES,
  TITLE_WORDS,
} from "./names.js";
import { lastTokenStart, NearbyTokens, nextCapitalToken, type TokenView } from "./tokens.js";
import { type Gender, JUDGING_VERBS, SPEECH_VERBS } from "./verbs.js";

export { type Token, TokenTable, tokens } from "./tokens.js";

/** Someone the story names who may speak: a person, or an organisation ("the Kremlin", "Kaito Motors"). */
export interface Entity {
  kind: "person" | "organisation";
  /** The fullest name the story gives: "Vladimir Putin", "China's Foreign Ministry". */
  name: string;
  /** The person's title as the story gives it: "Russian President". */
  title: string | null;
  /** Name words, for resolving "Putin" to "Vladimir Putin" and "Kim" to "Kim Jong Un". */
  tokens: string[];
  /** Lowercased words that describe the entity: title and role words, owner, nationality ("russian", "leader"). */
  descriptors: Set<string>;
  age: number | null;
  gender: Gender | null;
}

/** Where the story names an entity. Paragraph -1 is the headline. */
export interface Mention {
  entity: Entity;
  paragraph: number;
  start: number;
  /** First entity named in its sentence, not after a preposition: who the sentence is about. */
  subject: boolean;
  /** Where the mention's sentence starts. */
  sentenceStart: number;
}

/** Everyone the story names, and where. */
export interface Cast {
  entities: Entity[];
  /** In order of the text: headline first, then paragraph by paragraph. Read on first use. */
  readonly mentions: Mention[];
  /**
   * The mentions of each paragraph, for looking a few paragraphs back without reading the whole story.
   * Read on first use.
   */
  readonly byParagraph: Map<number, Mention[]>;
  names: Directory;
}

/**
 * What an owner's name leaves: "Air Force" of "Ukraine's Air Force", as `/^.{1,60}?['’]s (.+)$/` reads it (the
 * first "'s " after one to sixty characters), or null. A line break anywhere keeps that pattern from matching.
 */
export function ownedName(name: string): string | null {
  if (LINE_TERMINATORS.some((stop) => name.includes(stop))) return null;
  for (let k = 1; k <= 60 && k + 3 < name.length; k++) {
    const mark = name.charCodeAt(k);
    if (
      (mark === 0x27 || mark === 0x2019) &&
      name.charCodeAt(k + 1) === 0x73 &&
      name.charCodeAt(k + 2) === 0x20
    )
      return name.slice(k + 3);
  }
  return null;
}

const LINE_TERMINATORS = ["\n", "\r", "\u2028", "\u2029"];

/** Entities by the words that name them, so each lookup costs the same however long the story. */
export class Directory {
  private readonly byName = new Map<string, Entity>();
  private readonly byLast = new Map<string, Entity[]>();
  private readonly byToken = new Map<string, Entity[]>();
  /** "Air Force" -> "Ukraine's Air Force": an organisation named again without its owner. */
  private readonly owned = new Map<string, Entity>();
  /**
   * `entityNamed`'s answers by the words asked about (joined with spaces: no word holds one). Forgotten
   * whenever an entity is added, as an answer may change then.
   */
  readonly memo = new Map<string, Entity | null>();

  get all(): Entity[] {
    return [...this.byName.values()];
  }

  add(entity: Entity): Entity {
    this.memo.clear();
    const existing =
      this.byName.get(entity.name) ??
      (entity.kind === "organisation" ? this.owned.get(entity.name) : undefined);
    if (existing) {
      existing.title ??= entity.title;
      existing.age ??= entity.age;
      existing.gender ??= entity.gender;
      for (const word of entity.descriptors) existing.descriptors.add(word);
      return existing;
    }
    this.byName.set(entity.name, entity);
    // Only an organisation is named again without its owner: a person's name is not read for one.
    const owned = entity.kind === "organisation" ? ownedName(entity.name) : null;
    if (owned && !this.owned.has(owned)) this.owned.set(owned, entity);
    const last = entity.tokens[entity.tokens.length - 1] as string;
    this.byLast.set(last, [...(this.byLast.get(last) ?? []), entity]);
    for (const token of new Set(entity.tokens))
      this.byToken.set(token, [...(this.byToken.get(token) ?? []), entity]);
    return entity;
  }

  named(name: string): Entity | undefined {
    return this.byName.get(name);
  }

  ownedAs(name: string): Entity | undefined {
    return this.owned.get(name);
  }

  withLast(word: string): Entity[] {
    return this.byLast.get(word) ?? [];
  }

  withToken(word: string): Entity[] {
    return this.byToken.get(word) ?? [];
  }
}

/** `/^\p{Lu}/u` */
export const isCapitalised = (word: string) => {
  const c = word.charCodeAt(0);
  // ASCII answers without the table; everything else asks it.
  if (c < 128) return c >= 65 && c <= 90;
  return (classAt(word, 0) & UPPER) !== 0;
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
  "le",
  "du",
  "dos",
]);
/** The longest word that may join a capitalised run: a particle or "of". */
const LONGEST_JOINER = Math.max(2, ...[...NAME_PARTICLES].map((word) => word.length));
const PREPOSITIONS = new Set(
  "in on at to of from for by with against about over under into onto than between among like via"
    .split(" ")
    .filter(Boolean),
);
const FUNCTION_WORDS = new Set(
  "the a an and or but of in on at to for by with from as that this his her their its our whose who which"
    .split(" ")
    .filter(Boolean),
);

/**
 * Word lists looked up rather than matched with patterns, as each pattern costs a compile on first use.
 */
const ARTICLES = new Set(["the", "a", "an"]);
const CLAUSE_STOPS = new Set([",", ".", ";"]);
/** What closes an apposition: "Laura Chen, a spokeswoman for …", "Pieter Claes, a dairy farmer,". */
const APPOSITION_ENDS = new Set([",", ".", ";", "for", "of", "from", "with", "at", "in", "who", "whose"]);
const DESCRIPTION_DETERMINERS = new Set("the a an its his her their le la l' der die das".split(" "));
/** Qualifiers any entity fits: "the former minister", "the new coach". */
const ANY_QUALIFIER = new Set("former new current veteran then top senior".split(" "));

/** `/^\d/` */
const startsDigit = (word: string) => {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
};

/** `word.replace(/[.,]$/, "")` */
const withoutTrailingPoint = (word: string) => {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x2e || last === 0x2c ? word.slice(0, -1) : word;
};

/** Strips the trailing comma or full stop a token may carry, keeping abbreviations such as "Sen.". */
const clean = (word: string) => {
  const last = word.charCodeAt(word.length - 1);
  // Nothing to strip (most words): the answer is the word, whatever else it is.
  if (last !== 0x2e && last !== 0x2c) return word;
  return TITLE_WORDS.has(word) || isInitials(word) ? word : word.slice(0, -1);
};

/** The words of toks[i, j), each cleaned. */
function cleanWords(toks: TokenView, i: number, j: number): string[] {
  const words: string[] = [];
  for (let k = i; k < j; k++) words.push(clean(toks.word(k) as string));
  return words;
}

/** A full stop ends a name unless it marks an abbreviation: "Sen.", "U.S.", an initial. */
function endsName(word: string): boolean {
  if (!word.endsWith(".") || TITLE_WORDS.has(word)) return false;
  return !isInitials(word);
}

/** `endsName` of toks[k], the text's character before its end looked at first: most words end otherwise. */
function endsNameAt(toks: TokenView, k: number): boolean {
  return toks.text.charCodeAt(toks.end(k) - 1) === 0x2e && endsName(toks.word(k) as string);
}

function ofJoins(word: string): boolean {
  return ORGANISATION_HEADS.has(word) || TITLE_WORDS.has(word);
}

/** Is text[from, to) one to sixty spaces (`/^ {1,60}$/`)? */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 60) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/** A run of capitalised tokens from index i (name particles inside), separated only by spaces: [i, j). */
export function capitalisedRun(toks: TokenView, i: number): number {
  let j = i;
  for (;;) {
    // Spaces only between the words (a masked nickname leaves a longer run of them): a run that ends at a comma
    // or a stop needs no look at the next token.
    if (j > i && toks.text.charCodeAt(toks.end(j - 1)) !== 0x20) break;
    if (!toks.has(j)) break;
    if (j > i && !onlySpaces(toks.text, toks.end(j - 1), toks.start(j))) break;
    if (j > i && endsNameAt(toks, j - 1)) break;
    if (toks.capitalisedAt(j)) j++;
    // Only a short word may join a run ("de", "van", "of"): a longer one is not cut from the text to be asked.
    else if (j === i || toks.end(j) - toks.start(j) > LONGEST_JOINER) break;
    else if (NAME_PARTICLES.has(toks.word(j) as string) && toks.capitalisedAt(j + 1)) j++;
    // "Ministry of Economic Affairs", "Bank of England Governor": "of" after a head word or a title.
    else if (
      j > i &&
      toks.word(j) === "of" &&
      ofJoins(toks.word(j - 1) as string) &&
      toks.capitalisedAt(j + 1)
    )
      j++;
    else break;
  }
  return j;
}

export function isTitleWord(word: string): boolean {
  if (TITLE_WORDS.has(word)) return true;
  // Every suffix ends in f, n, r or t: an ASCII word ending otherwise has none of them.
  const last = word.charCodeAt(word.length - 1) | 0x20;
  if (last < 0x80 && last !== 0x66 && last !== 0x6e && last !== 0x72 && last !== 0x74) return false;
  const lower = word.toLowerCase();
  return TITLE_SUFFIXES.some((suffix) => lower.endsWith(suffix) && lower.length > suffix.length + 2);
}

/** "Russia's", "Kims'": a word ending in an apostrophe (and an s) after a letter. */
function isPossessive(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  // Most words end in neither an apostrophe nor "s": nothing more need be read of them.
  if (last !== 0x27 && last !== 0x2019 && last !== 0x73) return false;
  return (last !== 0x73 || isApostropheUnit(word.charCodeAt(n - 2))) && hasLetterApostrophe(word);
}

const isApostropheUnit = (code: number) => code === 0x27 || code === 0x2019;

/** `word.replace(/['’]s?$/, "")`: "Russia's" -> "Russia", "Kims'" -> "Kims". */
function withoutPossessive(word: string): string {
  if (endsApostropheS(word)) return word.slice(0, -2);
  return isApostropheUnit(word.charCodeAt(word.length - 1)) ? word.slice(0, -1) : word;
}

/** Splits a capitalised run into owner, title and name: "Russian President Vladimir Putin". */
export function splitTitle(words: string[]): { title: string[]; name: string[]; owner: string[] } {
  let owner: string[] = [];
  let rest = words;
  const possessive = rest.findIndex(isPossessive);
  if (possessive !== -1 && possessive < rest.length - 1) {
    owner = [...rest.slice(0, possessive), withoutPossessive(rest[possessive] as string)];
    rest = rest.slice(possessive + 1);
  }
  let lastTitle = -1;
  rest.forEach((word, k) => {
    if (isTitleWord(word) && k < rest.length - 1) lastTitle = k;
  });
  // A given name starts the name even after words that are not titles: "Verbandschef Thomas Krüger".
  const given = rest.findIndex((word, k) => k > lastTitle && isGivenName(word));
  if (given > lastTitle + 1 && rest.length - given >= 2) lastTitle = given - 1;
  return { title: rest.slice(0, lastTitle + 1), name: rest.slice(lastTitle + 1), owner };
}

interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentences of a paragraph, by their offsets: enough to tell who a sentence is about. A sentence ends where
 * `/[.!?]["'”’»]{0,2} (?=["'“‘«»„]?\p{Lu})/gu` would match, unless the word before the stop is an
 * abbreviation; scanned by hand, as this runs on most paragraphs and the pattern was slow to compile.
 */
export function sentenceSpans(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const stop = text.charCodeAt(k);
    if (stop !== 0x2e && stop !== 0x21 && stop !== 0x3f) continue;
    const end = sentenceEndAt(text, k);
    if (end === -1) continue;
    if (!abbreviationEndsAt(text, k)) {
      out.push({ start, end });
      start = end;
    }
    k = end - 1;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Closing marks a stop may carry before the space that ends its sentence. */
const SENTENCE_CLOSERS = new Set(['"', "'", "”", "’", "»"]);
/** Opening marks the next sentence may start with, before its capital. */
const SENTENCE_OPENERS = new Set(['"', "'", "“", "‘", "«", "»", "„"]);

/** After the stop at k: up to two closing marks, a space and a capital (maybe behind an opening mark); the offset past the space, or -1. */
function sentenceEndAt(text: string, k: number): number {
  let j = k + 1;
  if (SENTENCE_CLOSERS.has(text[j] as string)) j++;
  if (SENTENCE_CLOSERS.has(text[j] as string)) j++;
  if (text.charCodeAt(j) !== 0x20) return -1;
  const next = j + 1;
  if (SENTENCE_OPENERS.has(text[next] as string)) {
    if (classAt(text, next + 1) & UPPER) return j + 1;
  }
  return classAt(text, next) & UPPER ? j + 1 : -1;
}

const ABBREVIATIONS = new Set([
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "Sen.",
  "Rep.",
  "Gov.",
  "Gen.",
  "St.",
  "U.S.",
  "a.m.",
  "p.m.",
]);

/**
 * Is the stop at k the end of an abbreviation ("Mr.", "U.S.", an initial)? The word is what precedes the
 * stop back to a space, within twelve characters.
 */
function abbreviationEndsAt(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 0x2e) return false;
  const limit = Math.max(0, k - 12);
  let from = k;
  while (from > limit && !(unitClass(text, from - 1) & SPACE)) from--;
  const length = k - from;
  if (length === 0 || length > 3) return false;
  if (ABBREVIATIONS.has(text.slice(from, k + 1))) return true;
  // One capital letter and its stop: an initial.
  const code = codePointAt(text, from);
  return from + (code > 0xffff ? 2 : 1) === k && (classOf(code) & UPPER) !== 0;
}

/**
 * Nicknames in quotation marks between a given name and a surname leave the name whole: each stretch that
 * `/(?<=\p{Lu}[\p{L}.'’-]{0,30} )["“'‘]\p{Lu}[^"“”'‘’\n]{0,40}["”'’](?= \p{Lu})/gu` would match becomes
 * spaces. Scanned by hand, as that pattern was among the costliest of a first parse to compile.
 */
export function maskNicknames(text: string): string {
  if (!mayHoldNickname(text)) return text;
  let out = "";
  let kept = 0;
  for (const q of openingMarks(text)) {
    if (q < kept) continue;
    const end = nicknameEnd(text, q);
    if (end === -1) continue;
    out += text.slice(kept, q) + " ".repeat(end - q);
    kept = end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Where the marks that may open a nickname stand (not first in the text), in order: found with indexOf, as they are few. */
function openingMarks(text: string): number[] {
  const at: number[] = [];
  for (const mark of NICKNAME_OPENER_MARKS)
    for (let q = text.indexOf(mark, 1); q !== -1; q = text.indexOf(mark, q + 1)) at.push(q);
  return at.sort((a, b) => a - b);
}

/** Marks that may open a nickname, and those that may close one. */
const NICKNAME_OPENER_MARKS = ['"', "“", "'", "‘"];
const NICKNAME_CLOSERS = new Set([..."\"”'’"].map((mark) => mark.charCodeAt(0)));
/** What a nickname may not hold: any quotation mark or a line break. */
const NOT_IN_NICKNAME = new Set([..."\"“”'‘’\n"].map((mark) => mark.charCodeAt(0)));
const NICKNAME_BEFORE = LETTER | APOSTROPHE;

/** Where the nickname that opens with the mark at `q` ends (past its closing mark), or -1 if none does. */
function nicknameEnd(text: string, q: number): number {
  if (text.charCodeAt(q - 1) !== 0x20 || !nameWordBefore(text, q - 1)) return -1;
  const capital = codePointAt(text, q + 1);
  if (q + 1 >= text.length || !(classOf(capital) & UPPER)) return -1;
  let i = q + 1 + (capital > 0xffff ? 2 : 1);
  // Up to forty characters, none a quotation mark, then a closing mark: a mark in between would end the
  // stretch, so the first one met is the only closing mark there can be.
  for (let held = 0; held < 40 && i < text.length && !NOT_IN_NICKNAME.has(text.charCodeAt(i)); held++) {
    i += codePointAt(text, i) > 0xffff ? 2 : 1;
  }
  if (i >= text.length || !NICKNAME_CLOSERS.has(text.charCodeAt(i))) return -1;
  if (text.charCodeAt(i + 1) !== 0x20 || !(classAt(text, i + 2) & UPPER)) return -1;
  return i + 1;
}

/** `(?<=\p{Lu}[\p{L}.'’-]{0,30})` at `end`: a capital, then up to thirty letters, stops, apostrophes or hyphens. */
function nameWordBefore(text: string, end: number): boolean {
  let j = end;
  for (let held = 0; held <= 30 && j > 0; held++) {
    let code = text.charCodeAt(j - 1);
    let width = 1;
    if (code >= 0xdc00 && code <= 0xdfff && j >= 2) {
      const high = text.charCodeAt(j - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        code = codePointAt(text, j - 2);
        width = 2;
      }
    }
    const bits = classOf(code);
    if (bits & UPPER) return true;
    if (!(bits & NICKNAME_BEFORE) && code !== 0x2e && code !== 0x2d) return false;
    j -= width;
  }
  return false;
}

/**
 * Could NICKNAME match? Its lookbehind is the costly part, so first look for what it needs around an opening
 * mark: a space before, a capital after, and a capital among the letters before the space. Characters beyond
 * ASCII are not judged here: they leave the answer to the pattern.
 */
function mayHoldNickname(text: string): boolean {
  for (const mark of NICKNAME_OPENER_MARKS) {
    for (let q = text.indexOf(mark, 1); q !== -1 && q < text.length - 1; q = text.indexOf(mark, q + 1)) {
      if (text.charCodeAt(q - 1) !== 0x20) continue;
      const next = text.charCodeAt(q + 1);
      if (next < 0x80 && !(next >= 0x41 && next <= 0x5a)) continue;
      if (capitalBefore(text, q - 1)) return true;
    }
  }
  return false;
}

/** `(?<=\p{Lu}[\p{L}.'’-]{0,30})` at `end`, or a character beyond ASCII in the way. */
function capitalBefore(text: string, end: number): boolean {
  for (let j = end - 1; j >= 0 && j >= end - 31; j--) {
    const code = text.charCodeAt(j);
    if (code >= 0x80) return true;
    if (code >= 0x41 && code <= 0x5a) return true;
    const inWord = (code >= 0x61 && code <= 0x7a) || code === 0x2e || code === 0x27 || code === 0x2d;
    if (!inWord) return false;
  }
  return false;
}

/**
 * Everyone the story names: people in full (two name words or more, titles apart) and organisations, with
 * what the story says of them (title, role, age, nationality), in order of mention. The headline counts as
 * paragraph -1.
 */
export function findCast(paragraphs: readonly string[], headline: string | null): Cast {
  const names = new Directory();
  const texts = (headline ? [headline, ...paragraphs] : [...paragraphs]).map(maskNicknames);
  const offset = headline ? -1 : 0;
  // Each text's capitalised runs are found once: read for entities as they are found, kept for mentions.
  const toks = new NearbyTokens("");
  const read = texts.map(
    (text): ReadText => ({
      text,
      runs: capitalisedRuns(text, (toks, end) => addEntity(names, toks, 0, end), toks.turnTo(text)),
    }),
  );
  return new StoryCast(names, read, offset);
}

/**
 * The directory `findCast` would build, as far as looking up names made of `words` can tell it apart: enough
 * for a story whose every speaker is named. Only the texts holding one of the words are read, and of those only
 * the capitalised runs over one are added.
 *
 * Why that is the same answer: every key a lookup asks about (a name, an owner's remainder, a last name, a name
 * word) is made of the words asked about, and only an entity whose name holds that key's words can be filed
 * under it or merged through it. Such an entity came from a run holding one of the words, and every such run
 * is read here, in the story's order. What runs left out could change is the role words of an organisation
 * named again without its owner, which only a description reads, and a description builds the whole cast.
 */
export function directoryFor(
  paragraphs: readonly string[],
  headline: string | null,
  words: ReadonlySet<string>,
): Directory {
  const names = new Directory();
  // No entity's name holds an empty word.
  const asked = [...words].filter((word) => word.length > 0);
  const toks = new NearbyTokens("");
  for (let p = headline ? -1 : 0; p < paragraphs.length; p++) {
    const text = p === -1 ? (headline as string) : (paragraphs[p] as string);
    // Masking blanks words out and moves none: a text where none of the words starts names nobody asked about,
    // and the words start in the masked text where they do in the text, or not at all.
    const starts = wordStarts(text, asked);
    if (starts.length === 0) continue;
    const masked = maskNicknames(text);
    const hits = masked === text ? starts : wordStarts(masked, asked);
    runsOver(masked, hits, (toks, end) => addEntity(names, toks, 0, end), toks.turnTo(masked));
  }
  return names;
}

/**
 * The capitalised runs of a text that hold any of the offsets `hits` (in order), each given to `read` as
 * `capitalisedRuns` gives it: the same runs, found from the last place before each hit that no run crosses
 * rather than from the text's start. `toks` is the view to read with, already turned to the text.
 */
export function runsOver(
  text: string,
  hits: readonly number[],
  read: (toks: TokenView, end: number) => void,
  toks: NearbyTokens = new NearbyTokens(text),
): void {
  // Where the scan stands: the text's start, or the end of a run it read, as `capitalisedRuns` would stand there.
  let scanned = 0;
  let h = 0;
  while (h < hits.length) {
    const sought = hits[h] as number;
    let at = nextCapitalToken(text, runBoundaryBefore(text, sought, scanned));
    for (; at !== -1; at = nextCapitalToken(text, scanned)) {
      toks.moveTo(at);
      const end = capitalisedRun(toks, 0);
      const runEnd = toks.end(end - 1);
      while (h < hits.length && (hits[h] as number) < at) h++;
      if (h < hits.length && (hits[h] as number) < runEnd) read(toks, end);
      while (h < hits.length && (hits[h] as number) < runEnd) h++;
      scanned = runEnd;
      if (runEnd > sought) break;
    }
    if (at === -1) return;
  }
}

/**
 * The last place at or before `at`, and not before `floor` (where a scan stands), that no capitalised run
 * crosses: the end of a token no run holds, one neither capitalised nor a particle a run may take in. The text
 * is read back a stretch between whitespace at a time, as a token never spans whitespace.
 */
function runBoundaryBefore(text: string, at: number, floor: number): number {
  let chunkStart = at;
  while (chunkStart > floor && !(unitClass(text, chunkStart - 1) & SPACE)) chunkStart--;
  for (;;) {
    let chunkEnd = chunkStart;
    while (chunkEnd > floor && unitClass(text, chunkEnd - 1) & SPACE) chunkEnd--;
    if (chunkEnd <= floor) return floor;
    chunkStart = chunkEnd;
    while (chunkStart > floor && !(unitClass(text, chunkStart - 1) & SPACE)) chunkStart--;
    const last = lastTokenStart(text, chunkStart, chunkEnd);
    if (last !== -1 && !mayJoinRun(text, last, chunkEnd)) return chunkEnd;
  }
}

/** Could the token text[start, end) stand in a capitalised run: a capitalised word, a particle or "of"? */
function mayJoinRun(text: string, start: number, end: number): boolean {
  if (capitalAt(text, start)) return true;
  if (end - start > LONGEST_JOINER) return false;
  const word = text.slice(start, end);
  return word === "of" || NAME_PARTICLES.has(word);
}

/** Is the token starting at `at` capitalised? */
function capitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return (classAt(text, at) & UPPER) !== 0;
}

/** Where any of the words starts in the text, in order: a run holds a word only if one starts inside it. */
export function wordStarts(text: string, words: readonly string[]): number[] {
  const starts: number[] = [];
  for (const word of words)
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) starts.push(at);
  return words.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

/** Raised when a cast built without mentions is asked for them: the caller then builds the whole cast. */
export class MentionsNotRead extends Error {
  override readonly name = "MentionsNotRead";
}

/** The cast of a story whose speakers are all named: the directory, and no mentions, which nothing asks for. */
export function namedCast(
  paragraphs: readonly string[],
  headline: string | null,
  words: ReadonlySet<string>,
): Cast {
  return new DirectoryCast(directoryFor(paragraphs, headline, words));
}

/** A cast of the directory alone: a class, as an object literal with getters is built slowly on every story. */
class DirectoryCast implements Cast {
  readonly entities: Entity[];

  constructor(readonly names: Directory) {
    this.entities = names.all;
  }

  get mentions(): Mention[] {
    throw new MentionsNotRead("namedCast: mentions were not read");
  }

  get byParagraph(): Map<number, Mention[]> {
    throw new MentionsNotRead("namedCast: mentions were not read");
  }
}

/** A text as findCast reads it: where its capitalised runs start, and how many tokens each holds. */
interface ReadText {
  text: string;
  runs: number[];
}

/**
 * Mentions are read only when a pronoun, a description or an unattributed quote asks for them: a speaker
 * named in full needs only the directory. They are read all at once and in order, as a mention may teach
 * the entity its age, gender or role for those that follow.
 */
class StoryCast implements Cast {
  readonly entities: Entity[];
  private found: { mentions: Mention[]; byParagraph: Map<number, Mention[]> } | null = null;

  constructor(
    readonly names: Directory,
    private readonly read: ReadText[],
    private readonly offset: number,
  ) {
    this.entities = names.all;
  }

  get mentions(): Mention[] {
    return this.mentionsFound().mentions;
  }

  get byParagraph(): Map<number, Mention[]> {
    return this.mentionsFound().byParagraph;
  }

  private mentionsFound(): { mentions: Mention[]; byParagraph: Map<number, Mention[]> } {
    if (this.found) return this.found;
    const mentions: Mention[] = [];
    const byParagraph = new Map<number, Mention[]>();
    const toks = new NearbyTokens("");
    this.read.forEach((text, index) => {
      const found = mentionsIn(text, index + this.offset, this.names, toks.turnTo(text.text));
      mentions.push(...found);
      byParagraph.set(index + this.offset, found);
    });
    this.found = { mentions, byParagraph };
    return this.found;
  }
}

/**
 * Every capitalised run of a text, left to right, as where each starts and how many tokens it holds:
 * [start0, length0, start1, length1, …]. Each is given to `read` while the tokens around it are at hand, as
 * toks[0, length). Runs start only at capitals, so the text is tokenised only around them: most of a
 * paragraph is small words no run reads. `toks` is the view to read with, already turned to the text.
 */
export function capitalisedRuns(
  text: string,
  read: (toks: TokenView, end: number) => void,
  toks: NearbyTokens = new NearbyTokens(text),
): number[] {
  const runs: number[] = [];
  for (let at = nextCapitalToken(text, 0); at !== -1; ) {
    toks.moveTo(at);
    const end = capitalisedRun(toks, 0);
    runs.push(at, end);
    read(toks, end);
    at = nextCapitalToken(text, toks.end(end - 1));
  }
  return runs;
}

/** The mentions in paragraphs from `first` to `last`, in order. */
export function mentionsWithin(cast: Cast, first: number, last: number): Mention[] {
  const out: Mention[] = [];
  for (let p = Math.max(-1, first); p <= last; p++) out.push(...(cast.byParagraph.get(p) ?? []));
  return out;
}

function addEntity(names: Directory, toks: TokenView, i: number, j: number): void {
  // Most runs are one word opening a sentence: only a known organisation or one after a noun such as
  // "carmaker" makes an entity of it, and that is told without building the word lists below.
  if (j - i === 1) {
    const word = clean(toks.word(i) as string);
    if (word === "The") return;
    if (!KNOWN_ORGANISATIONS.has(word) && !organisationNounBefore(toks, i)) return;
  }
  let words = cleanWords(toks, i, j);
  while (words.length > 1 && LEADING_WORDS.has(words[0] as string)) words = words.slice(1);
  const organisation = organisationName(words, toks, i);
  if (organisation) {
    names.add({
      kind: "organisation",
      name: organisation,
      title: null,
      tokens: organisation.split(" "),
      descriptors: new Set(descriptorsBefore(toks, i)),
      age: null,
      gender: null,
    });
    return;
  }
  // One word is never a person's full name (the title split below could only shorten it).
  if (words.length < 2) return;
  const { title, name, owner } = splitTitle(words);
  if (name.length < 2 || name.length > 5) return;
  if (name.some((word) => NOT_NAMES.has(word) || startsDigit(word) || isCapitalsOrInitials(word))) return;
  // "Lagos Lions" is a team, "Jordan Vance" a person: a place's name starts a person's only as a given name.
  if ((knownPlace(name[0] as string) && !isGivenName(name[0] as string)) || knownPlace(name.join(" ")))
    return;
  if (name.some((w) => ORGANISATION_HEADS.has(w) || (TITLE_WORDS.has(w) && !isGivenName(w)))) return;
  const descriptors = [
    ...title,
    ...owner,
    ...descriptorsBefore(toks, i),
    ...appositionAfter(toks, j),
    ...appositionBefore(toks, i, j),
  ].map((w) => withoutTrailingPoint(w.toLowerCase()));
  const joined = name.join(" ");
  // A person named again keeps the title, age and gender first found: only what is still unknown is read.
  const known = names.named(joined);
  const fullTitle =
    title.length > 0 && known?.title == null ? [...titleBefore(toks, i), ...owner, ...title] : [];
  names.add({
    kind: "person",
    name: joined,
    title: fullTitle.length > 0 ? fullTitle.join(" ") : null,
    tokens: name,
    descriptors: new Set(descriptors),
    age: known?.age != null ? null : ageAfter(toks, j),
    gender: known?.gender != null ? null : genderOf(name, descriptors),
  });
}

/** Is the token before toks[i] a noun such as "carmaker" that says an organisation's name follows? */
function organisationNounBefore(toks: TokenView, i: number): boolean {
  // Every noun of the list is ASCII letters: when the text before the run, past its spaces, ends otherwise in
  // ASCII (a stop, a comma, a quotation mark), the word before is no noun and need not be found.
  const text = toks.text;
  let end = toks.start(i);
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  if (end === 0) return false;
  const last = text.charCodeAt(end - 1);
  if (last < 0x80 && !((ASCII_CLASSES[last] as number) & (LETTER | SPACE))) return false;
  // ASCII letters back to whitespace are one token, the word before: read without tokenising back to it.
  let from = end;
  while (from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  if (from < end && (from === 0 || unitClass(text, from - 1) & SPACE))
    return ORGANISATION_NOUNS.has(text.slice(from, end).toLowerCase());
  const word = toks.word(i - 1);
  if (word === undefined) return false;
  const first = word.charCodeAt(0);
  // A comma or a full stop needs no lookup.
  if (first < 0x80 && !((ASCII_CLASSES[first] as number) & LETTER)) return false;
  return ORGANISATION_NOUNS.has(word.toLowerCase());
}

const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * The part of a title before an "of": "Bank of England Governor", "Minister of Mines and Energy". The run
 * finder stops at lowercase words, so they are read back here.
 */
function titleBefore(toks: TokenView, i: number): string[] {
  const of = toks.word(i - 1) === "and" && toks.word(i - 3) === "of" ? i - 3 : i - 1;
  if (toks.word(of) !== "of" || !toks.capitalisedAt(of - 1)) return [];
  let k = of - 1;
  while (toks.has(k - 1) && toks.capitalisedAt(k - 1) && !endsName(toks.word(k - 1) as string)) k--;
  while (k < of && LEADING_WORDS.has(toks.word(k) as string)) k++;
  return toks.text.slice(toks.start(k), toks.start(i)).trim().split(/\s+/);
}

/** "China's Foreign Ministry", "Kaito Motors", "the Kremlin", "NASA" after "space agency": the name, or null. */
function organisationName(words: string[], toks: TokenView, i: number): string | null {
  const last = words[words.length - 1] ?? "";
  const bare = words[0] === "The" ? words.slice(1) : words;
  if (bare.length === 0) return null;
  if (words.length >= 2 && ORGANISATION_HEADS.has(last)) return bare.join(" ");
  // "Ministry of Economic Affairs", but not "Bank of England Governor Helen Marsh".
  const of = words.indexOf("of");
  if (
    of > 0 &&
    ORGANISATION_HEADS.has(words[of - 1] as string) &&
    !words.slice(of).some((w) => TITLE_WORDS.has(w))
  )
    return bare.join(" ");
  if (words.length === 1 && KNOWN_ORGANISATIONS.has(last)) return last;
  if (words.length === 2 && words.join(" ") === "White House") return "White House";
  const before = toks.word(i - 1)?.toLowerCase() ?? "";
  if (ORGANISATION_NOUNS.has(before) && !isGivenName(words[0] as string)) return bare.join(" ");
  return null;
}

/** Lowercase role words just before a name: "Former heavyweight champion", "Lions coach", "Swedish fifth seed". */
function descriptorsBefore(toks: TokenView, i: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; toks.has(k) && out.length < 4; k--) {
    const word = toks.word(k) as string;
    if (!startsLetter(word) || FUNCTION_WORDS.has(word.toLowerCase()) || endsApostropheS(word)) break;
    if (isCapitalised(word) && !isTitleWord(word) && !isNationality(word)) break;
    if (SPEECH_VERBS.has(word) || JUDGING_VERBS.has(word)) break;
    out.unshift(word.toLowerCase());
  }
  return out;
}

const DEMONYM_STEMS = new Set(Object.values(DEMONYMS));

/** "Swedish", "Dutch", "Russian": a capitalised word that describes where someone is from. */
function isNationality(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    DEMONYM_STEMS.has(lower) ||
    (NOT_NAMES.has(word) && /(?:an|ese|ish|ch|i)$/.test(lower)) ||
    /(?:ish|ese)$/.test(lower)
  );
}

/** "Laura Chen, a spokeswoman for Halvorsen Pharma," / "Clare Bowden, chief executive of …": the role words. */
function appositionAfter(toks: TokenView, j: number): string[] {
  if (toks.word(j) !== ",") return [];
  const out: string[] = [];
  for (let k = j + 1; toks.has(k) && out.length < 5; k++) {
    const word = toks.word(k) as string;
    if (k === j + 1 && ARTICLES.has(word)) continue;
    if (startsLower(word) && !PREPOSITIONS.has(word) && !FUNCTION_WORDS.has(word)) {
      out.push(word);
      continue;
    }
    // An apposition is closed: "Laura Chen, a spokeswoman for …", "Pieter Claes, a dairy farmer,".
    return APPOSITION_ENDS.has(word) ? out : [];
  }
  return out;
}

/** "the council's director, Sandra Oyelaran," / "her former coach, Bill Sorensen": the role words. */
function appositionBefore(toks: TokenView, i: number, j: number): string[] {
  if (toks.word(i - 1) !== "," || !CLAUSE_STOPS.has(toks.word(j) ?? ".")) return [];
  const out: string[] = [];
  for (let k = i - 2; toks.has(k) && out.length < 4; k--) {
    const word = toks.word(k) as string;
    if (!startsLower(word) || FUNCTION_WORDS.has(word) || endsApostropheS(word)) break;
    out.unshift(word);
  }
  return out;
}

/** "Moreau, 38," gives an age. */
function ageAfter(toks: TokenView, j: number): number | null {
  // `/^, (\d{1,3}),/` after the name.
  const text = toks.text;
  const at = toks.end(j - 1);
  if (text.charCodeAt(at) !== 0x2c || text.charCodeAt(at + 1) !== 0x20) return null;
  let end = at + 2;
  while (end < at + 5 && startsDigit(text.charAt(end))) end++;
  return end > at + 2 && text.charCodeAt(end) === 0x2c ? Number(text.slice(at + 2, end)) : null;
}

/** Gendered roles long enough to end a compound: "congresswoman" in "ex-congresswoman". */
const LONG_ROLES = Object.entries(GENDERED_ROLES).filter(([role]) => role.length > 5);
/** LONG_ROLES by their last character, in the same order: a word can end only with those ending as it does. */
const LONG_ROLES_BY_LAST = new Map<number, [string, Gender][]>();
for (const entry of LONG_ROLES) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  LONG_ROLES_BY_LAST.set(last, [...(LONG_ROLES_BY_LAST.get(last) ?? []), entry]);
}

function genderOf(name: string[], descriptors: string[]): Gender | null {
  for (const word of descriptors) {
    const gender = GENDERED_ROLES[word];
    if (gender) return gender;
    const endingAlike = LONG_ROLES_BY_LAST.get(word.charCodeAt(word.length - 1));
    const suffix = endingAlike?.find(([role]) => word.endsWith(role));
    if (suffix) return suffix[1];
  }
  return genderOfGivenName(name[0] as string);
}

/** The pronoun used right after a name, when nothing else tells: "Lang defended his record". */
export function genderAfter(text: string, end: number): Gender | null {
  const after = text.slice(end, end + 70);
  const found = pronounAhead(after);
  if (!found || holdsCapitalisedWord(after.slice(0, found.at))) return null;
  return found.gender;
}

/** Pronouns in the order they are tried, with the gender each tells. */
const PRONOUNS: readonly [string, Gender][] = [
  ["he", "m"],
  ["his", "m"],
  ["him", "m"],
  ["she", "f"],
  ["her", "f"],
];
const PRONOUN_STOPS = new Set([...'.!?"“”'].map((mark) => mark.charCodeAt(0)));

/**
 * `/^[^.!?"“”]{0,60}?\b(he|his|him|she|her)\b/`: the first pronoun standing as a word within sixty characters,
 * before any stop or double quotation mark; where it starts, and its gender.
 */
function pronounAhead(text: string): { at: number; gender: Gender } | null {
  const last = Math.min(60, text.length - 1);
  for (let k = 0; k <= last; k++) {
    const code = text.charCodeAt(k);
    // Every pronoun starts with an h or an s: only there are they tried.
    if ((code === 0x68 || code === 0x73) && !isWordUnit(text, k - 1)) {
      for (const [pronoun, gender] of PRONOUNS)
        if (text.startsWith(pronoun, k) && !isWordUnit(text, k + pronoun.length)) return { at: k, gender };
    }
    if (PRONOUN_STOPS.has(code)) return null;
  }
  return null;
}

/** `\b`'s word character (ASCII letters, digits and the underscore) at `i`; false past either end. */
function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  return code < 0x80 && (((ASCII_CLASSES[code] as number) & (LETTER | DIGIT)) !== 0 || code === 0x5f);
}

/** `\b` at `i`: a word character on one side only. */
const wordBoundary = (text: string, i: number) => isWordUnit(text, i - 1) !== isWordUnit(text, i);

/**
 * `/\b\p{Lu}\p{Ll}+\b/u`: a capital and small letters after it, between word boundaries (which, as in any
 * pattern, know only ASCII letters as word characters).
 */
function holdsCapitalisedWord(text: string): boolean {
  for (let p = 0; p < text.length; ) {
    const code = codePointAt(text, p);
    const next = p + (code > 0xffff ? 2 : 1);
    if (classOf(code) & UPPER && wordBoundary(text, p)) {
      let e = next;
      while (e < text.length) {
        const small = codePointAt(text, e);
        if (!(classOf(small) & LOWER)) break;
        e += small > 0xffff ? 2 : 1;
        if (wordBoundary(text, e)) return true;
      }
    }
    p = next;
  }
  return false;
}

/** Every mention of a known entity in one text, with whether it is the subject of its sentence. */
function mentionsIn(
  { text, runs }: ReadText,
  paragraph: number,
  names: Directory,
  toks: NearbyTokens,
): Mention[] {
  const out: Mention[] = [];
  // Found only once an entity is: many paragraphs name nobody the cast holds.
  let sentences: Sentence[] = [];
  let s = 0;
  let subjectTaken = -1;
  for (let r = 0; r < runs.length; r += 2) {
    toks.moveTo(runs[r] as number);
    // The run is toks[i, j): the view stands at its first word.
    const i = 0;
    const j = runs[r + 1] as number;
    const entity = runEntity(names, toks, i, j);
    if (entity) {
      if (sentences.length === 0) sentences = sentenceSpans(text);
      const start = toks.start(i);
      while (s < sentences.length - 1 && start >= (sentences[s] as Sentence).end) s++;
      let k = i - 1;
      while (toks.has(k) && ARTICLES.has(toks.word(k) as string)) k--;
      const subject = subjectTaken !== s && !PREPOSITIONS.has(toks.word(k) ?? "");
      subjectTaken = s;
      out.push({ entity, paragraph, start, subject, sentenceStart: (sentences[s] as Sentence).start });
      if (entity.kind === "person") {
        entity.age ??= ageAfter(toks, j);
        entity.gender ??= genderAfter(text, toks.end(j - 1));
        for (const word of [...appositionAfter(toks, j), ...appositionBefore(toks, i, j)])
          entity.descriptors.add(word.toLowerCase());
      }
    }
  }
  return out;
}

const MAX_RUN_WORDS = 12;

/** `entityNamed` for the run toks[i, j), its memo looked up before any array is made of it. */
function runEntity(names: Directory, toks: TokenView, i: number, j: number): Entity | null {
  if (j - i > MAX_RUN_WORDS) return null;
  let key = clean(toks.word(i) as string);
  for (let k = i + 1; k < j; k++) key += ` ${clean(toks.word(k) as string)}`;
  const known = names.memo.get(key);
  if (known !== undefined) return known;
  const found = lookUp(names, cleanWords(toks, i, j));
  names.memo.set(key, found);
  return found;
}

/** The entity a capitalised run names, in full or in short, or null. */
export function entityNamed(names: Directory, words: string[]): Entity | null {
  // No name runs to a dozen capitalised words: a run that long is a list or text in capitals, and trying
  // each of its tails would cost the square of its length.
  if (words.length > MAX_RUN_WORDS) return null;
  // Stories name the same few people over and over: the answer for the same words is looked up once.
  const key = words.join(" ");
  const known = names.memo.get(key);
  if (known !== undefined) return known;
  const found = lookUp(names, words);
  names.memo.set(key, found);
  return found;
}

/**
 * Words of which every name `entityNamed(names, words)` looks up holds one: the last word, which the whole
 * name, the name without its leading word and every tail of it end with; and the last word kept as a name
 * word, which the name after the title ends with.
 */
export function namingWords(words: string[]): string[] {
  const last = words[words.length - 1];
  if (last === undefined) return [];
  const rest = nameWords(words);
  const kept = rest[rest.length - 1] as string;
  return kept === last ? [last] : [last, kept];
}

/** The words that may be a name's, titles kept; all of them when none may. */
function nameWords(words: string[]): string[] {
  const rest = words.filter((w) => !NOT_NAMES.has(w) || isTitleWord(w));
  return rest.length === 0 ? words : rest;
}

/** `entityNamed` without its memo. */
function lookUp(names: Directory, words: string[]): Entity | null {
  const rest = nameWords(words);
  const joined = words.join(" ");
  const bare = LEADING_WORDS.has(words[0] as string) ? words.slice(1).join(" ") : joined;
  const exact = names.named(joined) ?? names.named(bare) ?? names.ownedAs(bare);
  if (exact) return exact;
  // "Russia's Defence Ministry" when the story named "Defence Ministry"; "the Russian Foreign Ministry".
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(" ");
    const found = names.named(tail);
    if (found?.kind === "organisation") return found;
  }
  const { name } = splitTitle(rest);
  const core = name.length > 0 ? name : rest;
  const person = names.named(core.join(" "));
  if (person?.kind === "person") return person;
  if (core.length !== 1) return null;
  return shortName(names, core[0] as string);
}

/** "Putin" -> the person whose last name it is, else whose name holds it ("Kim" -> "Kim Jong Un", "Liu"). */
export function shortName(names: Directory, word: string): Entity | null {
  const byLast = names.withLast(word).filter((e) => e.kind === "person");
  if (byLast.length > 0) return byLast[byLast.length - 1] ?? null;
  const byAny = names.withToken(word);
  const people = byAny.filter((e) => e.kind === "person");
  if (people.length > 0) return people[people.length - 1] ?? null;
  const orgs = byAny.filter((e) => e.kind === "organisation");
  return orgs.length === 1 ? (orgs[0] as Entity) : null;
}

/** How far back, in paragraphs, a description ("the minister") looks for whom it describes. */
const DESCRIPTION_REACH = 40;

const GENERIC_ROLES = new Set(["leader", "head", "official", "chief", "strongman", "ruler", "boss"]);
const HEAD_TITLES = new Set(
  "president prime chancellor king queen leader premier emir chairman chairwoman chief executive head director governor mayor secretary-general"
    .split(" ")
    .filter(Boolean),
);

/**
 * "the Russian leader", "the 38-year-old", "the Swede", "the ministry", "the company": the entity the
 * description fits. Among several that fit, the one named last before `before`; a wrong speaker is worse than
 * none, so a description nobody fits gives null.
 */
export function resolveDescription(
  cast: Cast,
  description: string[],
  before: { paragraph: number; start: number },
): Entity | null {
  const words = description.map((w) => w.toLowerCase()).filter((w) => !DESCRIPTION_DETERMINERS.has(w));
  const ofAt = words.indexOf("of");
  const head = ofAt > 0 ? words.slice(0, ofAt) : words;
  if (head.length === 0) return null;
  const role = head[head.length - 1] as string;
  const qualifiers = head.slice(0, -1).map((w) => (endsApostropheS(w) ? w.slice(0, -2) : w));
  const nearby = new Set(
    mentionsWithin(cast, before.paragraph - DESCRIPTION_REACH, before.paragraph + 2).map((m) => m.entity),
  );
  const fits = [...nearby].filter((entity) => roleFits(entity, role));
  const qualified = fits.filter((entity) => qualifiers.every((q) => qualifierFits(entity, q)));
  const pool = qualified.length > 0 ? qualified : fits.length === 1 ? fits : [];
  return lastNamed(cast, pool, before);
}

/** `/^(\d{1,3})-year-old$/`: the age a role such as "38-year-old" gives, or null. */
function yearsOld(role: string): number | null {
  const digits = role.length - "-year-old".length;
  if (digits < 1 || digits > 3 || !role.endsWith("-year-old")) return null;
  for (let k = 0; k < digits; k++) if (!startsDigit(role.charAt(k))) return null;
  return Number(role.slice(0, digits));
}

function roleFits(entity: Entity, role: string): boolean {
  const age = yearsOld(role);
  if (age !== null) return entity.age === age;
  const demonym = DEMONYMS[role];
  if (demonym) return entity.kind === "person" && [...entity.descriptors].some((d) => sameStem(d, demonym));
  if (entity.descriptors.has(role)) return true;
  if (entity.tokens.some((t) => t.toLowerCase() === role)) return true;
  if (entity.kind === "organisation") {
    if (role === "company" || role === "firm" || role === "group") {
      return [...entity.descriptors, ...entity.tokens].some(
        (w) => BUSINESS_NOUNS.has(w) || BUSINESS_NOUNS.has(w.toLowerCase()),
      );
    }
    return false;
  }
  // A title is words joined with single spaces (tokens hold no whitespace).
  if (entity.title?.toLowerCase().split(" ").includes(role)) return true;
  if (GENERIC_ROLES.has(role)) return [...entity.descriptors].some((d) => HEAD_TITLES.has(d));
  return false;
}

function qualifierFits(entity: Entity, qualifier: string): boolean {
  if (ANY_QUALIFIER.has(qualifier)) return true;
  return [...entity.descriptors, ...entity.tokens.map((t) => t.toLowerCase())].some((d) =>
    sameStem(d, qualifier),
  );
}

/** Of the entities given, the one named last before a point in the story (else the first named after it). */
export function lastNamed(
  cast: Cast,
  pool: readonly Entity[],
  before: { paragraph: number; start: number },
): Entity | null {
  if (pool.length === 0) return null;
  if (pool.length === 1) return pool[0] as Entity;
  const earlier = mentionsWithin(cast, before.paragraph - DESCRIPTION_REACH, before.paragraph).filter(
    (m) => pool.includes(m.entity) && (m.paragraph < before.paragraph || m.start < before.start),
  );
  return earlier[earlier.length - 1]?.entity ?? (pool[0] as Entity);
}

/** "Russian" and "Russia", "Swedish" and "swedish", "North Korean" and "North Korea": the same stem. */
export function sameStem(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const n = Math.min(x.length, y.length);
  return n >= 4 && x.slice(0, Math.max(4, n - 1)) === y.slice(0, Math.max(4, n - 1));
}
