import type { Quote } from "../record.js";
import type { QuoteSpan } from "./find.js";
import {
  capitalisedRun,
  findPeople,
  isCapitalised,
  type Person,
  resolveDescription,
  resolveShortName,
  splitTitle,
  type Token,
  tokens,
} from "./people.js";

/** Verbs that introduce speech. Data: the verb is reported as written. */
const SPEECH_VERBS = new Set(
  `said says say added adds told tells wrote writes asked asks stated states explained explains insisted insists
  warned warns noted notes continued declared replied replies stressed stresses urged urges argued argues admitted
  acknowledged recalled recalls tweeted posted announced announces commented remarked concluded cautioned claimed
  claims suggested complained conceded vowed promised predicted observed quipped joked shouted responded maintained
  according reported reports confirmed confirms denied emphasised emphasized underlined added`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of saying or judging that credit a partial quote to their subject: "accused … of 'conspiring'". */
const JUDGING_VERBS = new Set(
  `said says saying called calling described describing praised praising accused accusing warned warning urged
  urging hailed hailing denounced denouncing condemned condemning slammed dismissed dismissing termed branded
  insisted insisting vowed vowing thanked told telling dubbed labelled labeled criticised criticized blasted
  lauded promised pledged stressed stressing added adding claimed claiming wrote writing`
    .split(/\s+/)
    .filter(Boolean),
);

const PRONOUNS = new Set(["he", "she", "they", "He", "She", "They"]);
/** Words that may sit between a subject and its verb: "Putin also praised", "Trump earlier accused". */
const BETWEEN = new Set(
  `also earlier later then again has had have once repeatedly previously further had
  still last week on Monday Tuesday Wednesday Thursday Friday Saturday Sunday this month year`.split(/\s+/),
);
const STOP_AFTER_SPEAKER = new Set([
  ",",
  ".",
  ";",
  "who",
  "in",
  "at",
  "on",
  "during",
  "after",
  "before",
  "when",
  "as",
]);

interface Speaker {
  asWritten: string;
  person: Person | null;
  /** An organisation or unresolved name, used as the speaker when no person fits. */
  fallback: string | null;
}

/** Credits each quotation to a speaker, resolving short names, pronouns and descriptions. */
export function attributeQuotes(
  spans: QuoteSpan[],
  paragraphs: readonly string[],
  headline: string | null,
): Quote[] {
  const people = findPeople(paragraphs, headline);
  const partials = new PartialAttribution(paragraphs);
  const quotes: Quote[] = [];
  let lastSpeaker: Speaker | null = null;
  let lastParagraph = -10;
  for (const span of spans) {
    let verb: string | null = null;
    let speaker: Speaker | null = null;
    const found = span.kind === "direct" ? directAttribution(span, paragraphs) : partials.of(span);
    if (found) {
      verb = found.verb;
      speaker = resolve(found.phrase, people, lastSpeaker);
    } else if (span.kind === "direct" && lastSpeaker && span.paragraph - lastParagraph <= 1) {
      // The wire convention: an unattributed quote right after an attributed one is the same speaker's.
      speaker = lastSpeaker;
    }
    if (speaker && (speaker.person || speaker.fallback)) {
      lastSpeaker = speaker;
      lastParagraph = span.endParagraph;
    }
    quotes.push(toQuote(span, speaker, verb, found !== null));
  }
  return quotes;
}

function toQuote(
  span: QuoteSpan,
  speaker: Speaker | null,
  verb: string | null,
  attributedHere: boolean,
): Quote {
  const name = speaker?.person?.name ?? speaker?.fallback ?? null;
  return {
    text: span.text,
    kind: span.kind,
    speaker: name,
    speakerAsWritten: attributedHere ? (speaker?.asWritten ?? null) : null,
    speakerTitle: speaker?.person?.title ?? null,
    verb,
    paragraph: span.paragraph,
    start: span.start,
    endParagraph: span.endParagraph,
    end: span.end,
  };
}

interface Found {
  phrase: Token[];
  verb: string;
}

/** `"…," Putin said`, `"…," said Putin`, `Putin said: "…"`, `"…," the Russian leader said`. */
function directAttribution(span: QuoteSpan, paragraphs: readonly string[]): Found | null {
  const paragraph = paragraphs[span.endParagraph] as string;
  const after = clauseAfter(paragraph, span.closeEnd);
  const fromAfter = speakerVerb(tokens(after));
  if (fromAfter) return fromAfter;
  const opening = paragraphs[span.paragraph] as string;
  const before = clauseBefore(opening, span.openAt);
  if (/[:,]\s*$/.test(before)) return subjectOfLastVerb(tokens(before), SPEECH_VERBS);
  return null;
}

/**
 * A partial quote belongs to the subject of the nearest verb of saying or judging before it, in its
 * sentence (looking back no further than SENTENCE_CHARS).
 *
 * Each paragraph is read once, however many quotes it holds: its tokens, where its sentences end and where
 * its verbs are; a quote then finds its sentence and last verb by binary search, and quotes that share both
 * share the answer. Reading the sentence before every quote afresh made a paragraph dense with quote marks
 * many times slower to read than plain text.
 */
class PartialAttribution {
  private paragraph = -1;
  private toks: Token[] = [];
  /** Offsets of ". ", "? " and "! " in the paragraph, in order. */
  private stops: number[] = [];
  /** Indexes into toks of the verbs of saying or judging, in order. */
  private verbs: number[] = [];
  private readonly found = new Map<string, Found | null>();
  constructor(private readonly paragraphs: readonly string[]) {}

  of(span: QuoteSpan): Found | null {
    this.read(span.paragraph);
    const windowStart = Math.max(0, span.openAt - SENTENCE_CHARS);
    const stop = this.stops[lastBelow(this.stops, span.openAt - 1)];
    const from = stop !== undefined && stop >= windowStart ? stop + 2 : windowStart;
    const first = firstIndex(this.toks.length, (k) => (this.toks[k] as Token).start >= from);
    const end = firstIndex(this.toks.length, (k) => (this.toks[k] as Token).end > span.openAt);
    const verb = this.verbs[lastBelow(this.verbs, end)];
    if (verb === undefined || verb < first) return null;
    const key = `${first} ${verb}`;
    if (!this.found.has(key))
      this.found.set(key, subjectOfLastVerb(this.toks.slice(first, verb + 1), JUDGING_VERBS));
    return this.found.get(key) ?? null;
  }

  private read(p: number): void {
    if (p === this.paragraph) return; // quotes come in paragraph order: one paragraph is kept at a time
    const text = this.paragraphs[p] ?? "";
    this.paragraph = p;
    this.toks = tokens(text);
    this.stops = [];
    for (let i = 0; i + 1 < text.length; i++) {
      if (text[i + 1] === " " && (text[i] === "." || text[i] === "?" || text[i] === "!")) this.stops.push(i);
    }
    this.verbs = [];
    this.toks.forEach((token, k) => {
      if (JUDGING_VERBS.has(token.text)) this.verbs.push(k);
    });
    this.found.clear();
  }
}

const SENTENCE_CHARS = 400;

/** The first index in [0, length) that passes a test which, once passed, stays passed; length if none does. */
function firstIndex(length: number, passes: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (passes(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The index of the last value below `limit` in ascending values (-1 if none: reads as undefined). */
function lastBelow(values: number[], limit: number): number {
  return firstIndex(values.length, (k) => (values[k] as number) >= limit) - 1;
}

function clauseAfter(paragraph: string, from: number): string {
  const rest = paragraph.slice(from, from + 200);
  const stop = rest.search(/[.!?;]\s|[.!?;]$|["“”«]/);
  return stop === -1 ? rest : rest.slice(0, stop);
}

function clauseBefore(paragraph: string, openAt: number): string {
  const before = paragraph.slice(Math.max(0, openAt - 200), openAt);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('" '), before.lastIndexOf("” "));
  return stop === -1 ? before : before.slice(stop + 2);
}

/** Reads `, SPEAKER VERB` or `, VERB SPEAKER` from the tokens after a closing quote mark. */
function speakerVerb(toks: Token[]): Found | null {
  const words = toks.filter((t) => t.text !== ",");
  const v = words.findIndex((t, k) => k <= 7 && SPEECH_VERBS.has(t.text));
  if (v === -1) return null;
  const verb = words[v] as Token;
  if (v > 0) {
    const phrase = words.slice(0, v).filter((t) => !BETWEEN.has(t.text));
    return phrase.length > 0 && phrase.length <= 7 ? { phrase, verb: verbPhrase(words, v) } : null;
  }
  // "said Putin", "said Russian President Vladimir Putin", "according to the ministry".
  let k = v + 1;
  if (verb.text === "according" && words[k]?.text === "to") k++;
  const phrase: Token[] = [];
  for (; k < words.length && phrase.length < 7; k++) {
    const word = words[k] as Token;
    if (STOP_AFTER_SPEAKER.has(word.text) || /^[.;:!?]$/.test(word.text)) break;
    phrase.push(word);
  }
  return phrase.length > 0 ? { phrase, verb: verbPhrase(words, v) } : null;
}

function verbPhrase(words: Token[], v: number): string {
  const verb = (words[v] as Token).text;
  const next = words[v + 1]?.text;
  if (verb === "according" && next === "to") return "according to";
  if ((verb === "told" || verb === "tells") && next === "reporters") return `${verb} reporters`;
  if ((verb === "said" || verb === "says") && next === "in" && words[v + 3]?.text === "statement")
    return `${verb} in a statement`;
  if ((verb === "wrote" || verb === "posted") && next === "on" && words[v + 2])
    return `${verb} on ${words[v + 2]?.text}`;
  return verb;
}

/** The subject of the last verb of `verbs` in the tokens: the name, pronoun or description before it. */
function subjectOfLastVerb(toks: Token[], verbs: Set<string>): Found | null {
  for (let v = toks.length - 1; v >= 0; v--) {
    const word = (toks[v] as Token).text;
    if (!verbs.has(word)) continue;
    if (word.endsWith("ing")) return sentenceSubject(toks, v);
    let k = v - 1;
    while (k >= 0 && BETWEEN.has((toks[k] as Token).text)) k--;
    const phrase = phraseEndingAt(toks, k);
    if (phrase) return { phrase, verb: word };
    return null;
  }
  return null;
}

/** The sentence's own subject, for a participle ("…, saying they fought 'heroically'"). */
function sentenceSubject(toks: Token[], before: number): Found | null {
  for (let i = 0; i < before; i++) {
    const word = (toks[i] as Token).text;
    if (PRONOUNS.has(word)) return { phrase: [toks[i] as Token], verb: (toks[before] as Token).text };
    if (!isCapitalised(word)) continue;
    const prev = toks[i - 1]?.text;
    if (prev && /^(?:with|in|at|to|from|of|for|by|on)$/.test(prev)) continue;
    const j = capitalisedRun(toks, i);
    if (j - i >= 1 && !/^(?:In|On|At|After|Before|When|While|As|The|A|An)$/.test(word)) {
      return { phrase: toks.slice(i, j), verb: (toks[before] as Token).text };
    }
    i = j - 1;
  }
  return null;
}

/** Walks back from k over a capitalised run, a pronoun, or a short "the …" description. */
function phraseEndingAt(toks: Token[], k: number): Token[] | null {
  if (k < 0) return null;
  const last = toks[k] as Token;
  if (PRONOUNS.has(last.text) || last.text === "it") return [last];
  if (isCapitalised(last.text)) {
    let i = k;
    while (
      i > 0 &&
      isCapitalised((toks[i - 1] as Token).text) &&
      (toks[i - 1] as Token).end + 1 === (toks[i] as Token).start
    )
      i--;
    // "the Kremlin said": the article belongs to how the story wrote the speaker.
    if (i > 0 && /^the$/i.test((toks[i - 1] as Token).text)) i--;
    return toks.slice(i, k + 1);
  }
  for (let i = k; i >= Math.max(0, k - 5); i--) {
    if (/^the$/i.test((toks[i] as Token).text)) return toks.slice(i, k + 1);
    if (/^[,.;:]$/.test((toks[i] as Token).text)) break;
  }
  return null;
}

function resolve(phrase: Token[], people: readonly Person[], lastSpeaker: Speaker | null): Speaker {
  const asWritten = phrase
    .map((t) => t.text)
    .join(" ")
    .replace(/\s+([,.])/g, "$1");
  const words = phrase.map((t) => t.text.replace(/[.,]$/, ""));
  const first = words[0] ?? "";
  if (words.length === 1 && PRONOUNS.has(first)) {
    return { asWritten, person: lastSpeaker?.person ?? lastMentioned(people), fallback: null };
  }
  if (/^the$/i.test(first)) {
    const person = resolveDescription(people, words.join(" "));
    if (person) return { asWritten, person, fallback: null };
    // "the Kremlin", "the Pentagon": a named institution speaks for itself.
    const rest = words.slice(1);
    const named = rest.length > 0 && rest.every(isCapitalised) ? rest.join(" ") : null;
    return { asWritten, person: null, fallback: named };
  }
  if (words.every((word) => isCapitalised(word))) {
    const { name } = splitTitle(words);
    const person = resolveShortName(people, name.length > 0 ? name : words);
    return { asWritten, person, fallback: person ? null : words.join(" ") };
  }
  return { asWritten, person: null, fallback: null };
}

function lastMentioned(people: readonly Person[]): Person | null {
  return people[people.length - 1] ?? null;
}
