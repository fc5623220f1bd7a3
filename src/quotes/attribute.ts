import { SPACE, startsLower, unitClass } from "../chars.js";
import type { Quote } from "../record.js";
import type { QuoteSpan } from "./find.js";
import {
  afterSpaces,
  beforeSpaces,
  clauseStopAt,
  endsApostropheS,
  endsWithLoneCapital,
  isAcronym,
  isCamelCase,
  isPlainWord,
  withoutStop,
} from "./letters.js";
import { KNOWN_ORGANISATIONS, LEADING_WORDS, NOT_NAMES, ORGANISATION_HEADS } from "./names.js";
import {
  type Cast,
  capitalisedRun,
  type Entity,
  entityNamed,
  findCast,
  isCapitalised,
  isTitleWord,
  type Mention,
  MentionsNotRead,
  mentionsWithin,
  namedCast,
  namingWords,
  resolveDescription,
  sentenceSpans,
  type Token,
  TokenTable,
  tokens,
} from "./people.js";
import {
  AUXILIARIES,
  BETWEEN,
  COLLECTIVE_SPEAKERS,
  type Gender,
  JUDGING_VERBS,
  PERSONAL_PRONOUNS,
  SPEECH_VERBS,
  STOP_AFTER_SPEAKER,
  THING_PRONOUNS,
  verbPhrase,
} from "./verbs.js";

/** A set of the words of a space-separated list. */
const oneOf = (list: string) => new Set(list.split(" "));

/**
 * Word lists the attribution rules ask about, looked up rather than matched with patterns: a pattern costs a
 * compile on first use. Lowercased lookups are for lists without a "k", so the Kelvin sign, the one character
 * beyond ASCII that lowercases into ASCII, cannot match where the case-insensitive pattern did not.
 */
const CLAUSE_PUNCTUATION = oneOf(", . ; : ! ? ( )");
const PHRASE_BREAKS = oneOf(", . ; :");
const SENTENCE_BREAKS = oneOf(". ! ? ; :");
/** Titles whose full stop ends no sentence: "Sen. Ruiz said". */
const TITLE_ABBREVIATIONS = ["Sen", "Rep", "Gov", "Gen", "Dr", "Mr", "Mrs", "Ms", "St"];
const CAPITAL_ARTICLES = oneOf("The A An");
const LEADING_ARTICLES = oneOf("The A An Le La Der Die Das");
const ARTICLES = oneOf("the a an");
const DETERMINER_WORDS = oneOf("the a an its his her their");
const CLAUSE_LINKS = oneOf("who which that and but of");
const RELATIVE_PRONOUNS = oneOf("who which that");
const PLACE_PREPOSITIONS = oneOf("with in at to from of for by on de du des la le");
const DESCRIPTION_ENDS = oneOf("of for in on at from with who which that de du des");
/** Particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman". */
const NAME_JOINERS = oneOf("de van von al el bin da di du le la");

/** A point in the body. */
interface Position {
  paragraph: number;
  start: number;
}

/** Who spoke, as far as the story tells. */
interface Speaker {
  entity: Entity | null;
  /** A name the story gives without saying more of it ("NASA", "police"). */
  literal: string | null;
  asWritten: string | null;
}

/** An attribution: the words naming the speaker, the verb, and where it sits. */
interface Attribution {
  phrase: Token[];
  verb: string;
  at: Position;
  /** The text the tokens index into, for the speaker's words as written. */
  text: string;
  /** Read right after a quote or a verb, not at a sentence's start: a lone capitalised word there is a name. */
  placed?: boolean;
}

interface Said {
  speaker: Speaker;
  /** Where the quotation ends: an unattributed quote after it may be the same speaker's. */
  end: Position;
}

/** How far a speaker carries, in paragraphs, for a pronoun with nobody nearer. */
const PRONOUN_REACH = 3;

/** Credits each quotation to a speaker, resolving short names, pronouns and descriptions. */
export function attributeQuotes(
  spans: QuoteSpan[],
  paragraphs: readonly string[],
  headline: string | null,
): Quote[] {
  const story: Story = { paragraphs, sentences: new Map() };
  // The attributions are read before anyone is looked up, so the cast is built only as far as they need.
  const found = spans.map((span) => (span.nested ? null : attributionOf(span, story)));
  const readings = found.map((f) => (f ? readPhrase(f) : null));
  // Everyone the story names, read only when a quotation needs a speaker: a story without quotes costs nothing.
  let cast: Cast | null = null;
  try {
    return creditSpeakers(spans, readings, story, () => {
      cast ??= castFor(spans, readings, paragraphs, headline);
      return cast;
    });
  } catch (error) {
    // castFor leaves mentions out only when no reading asks for them; were one ever to, the whole cast answers
    // rather than the parse failing.
    if (!(error instanceof MentionsNotRead)) throw error;
    const whole = findCast(paragraphs, headline);
    return creditSpeakers(spans, readings, story, () => whole);
  }
}

/** Each quotation with its speaker, in order: an unattributed one may continue the speaker before it. */
function creditSpeakers(
  spans: readonly QuoteSpan[],
  readings: readonly (Reading | null)[],
  story: Story,
  castOf: () => Cast,
): Quote[] {
  const quotes: Quote[] = [];
  let last: Said | null = null;
  spans.forEach((span, k) => {
    if (span.nested) {
      // Someone quoted by the speaker: who said it is the speaker's story, not ours to guess.
      quotes.push(toQuote(span, null, null));
      return;
    }
    const reading = readings[k] ?? null;
    let speaker: Speaker | null = null;
    if (reading) speaker = resolve(reading, castOf(), last, story);
    else if (span.kind === "direct") speaker = continuation(span, castOf(), last);
    if (speaker && (speaker.entity || speaker.literal)) {
      last = { speaker, end: { paragraph: span.endParagraph, start: span.end } };
    }
    quotes.push(toQuote(span, speaker, reading?.found ?? null));
  });
  return quotes;
}

function attributionOf(span: QuoteSpan, story: Story): Attribution | null {
  return span.kind === "direct" ? directAttribution(span, story) : partialAttribution(span, story);
}

/**
 * The whole cast when a pronoun, a description or an unattributed quote will read its mentions; else only the
 * directory, as far as the names the attributions give: most stories name every speaker.
 */
function castFor(
  spans: readonly QuoteSpan[],
  readings: readonly (Reading | null)[],
  paragraphs: readonly string[],
  headline: string | null,
): Cast {
  const unattributed = spans.some((span, k) => !span.nested && span.kind === "direct" && !readings[k]);
  if (unattributed || readings.some((reading) => reading?.needsMentions))
    return findCast(paragraphs, headline);
  const words = new Set<string>();
  for (const reading of readings) for (const word of namingWords(reading?.name ?? [])) words.add(word);
  // Each word is looked for through every paragraph: past a few, reading every name once costs less, and a
  // story of thousands of speakers stays linear. A small word in a name ("of", "de") is in most paragraphs.
  if (words.size > MAX_NAME_WORDS || [...words].some((word) => !isCapitalised(word)))
    return findCast(paragraphs, headline);
  return namedCast(paragraphs, headline, words);
}

/** The most name words the cast is read for one by one. */
const MAX_NAME_WORDS = 8;

function toQuote(span: QuoteSpan, speaker: Speaker | null, found: Attribution | null): Quote {
  const entity = speaker?.entity ?? null;
  return {
    text: span.text,
    kind: span.kind,
    speaker: entity?.name ?? speaker?.literal ?? null,
    speakerAsWritten: found ? (speaker?.asWritten ?? null) : null,
    speakerTitle: entity?.title ?? null,
    verb: found?.verb ?? null,
    paragraph: span.paragraph,
    start: span.start,
    endParagraph: span.endParagraph,
    end: span.end,
  };
}

/** `"…," Putin said`, `"…," said Putin`, `Putin said: "…"`, `"…," the Russian leader said`. */
function directAttribution(span: QuoteSpan, story: Story): Attribution | null {
  const closing = story.paragraphs[span.closeParagraph] as string;
  const after = clauseAfter(closing, span.closeEnd);
  // `"…," he said` and `"…?" she asked` lead into an attribution; `"…." He` starts a new sentence.
  const leadsOn = endsLeadingOn(closing, span.closeEnd - 1) || afterSpaces(after.text, 0) === ",";
  const fromAfter = leadsOn
    ? attributionAfter(tokens(after.text), after.text, { paragraph: span.closeParagraph, start: after.start })
    : null;
  if (fromAfter) return fromAfter;
  const before = clauseBefore(story, span.paragraph, span.openAt);
  const lead = beforeSpaces(before.text, before.text.length);
  if (lead !== ":" && lead !== ",") return null;
  const toks = tokens(before.text);
  return lastVerbSubject(toks, before.text, SPEECH_VERBS, { paragraph: span.paragraph, start: before.start });
}

/**
 * Do the quoted words before `end` (closing marks and spaces aside) end with a comma, "?", "!" or a dash?
 * Read back from the mark rather than by a pattern over the whole paragraph before it.
 */
function endsLeadingOn(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && (isClosingMark(text.charCodeAt(k)) || unitClass(text, k) & SPACE)) k--;
  if (k < 0) return false;
  const code = text.charCodeAt(k);
  // , ? ! — – -
  return (
    code === 0x2c || code === 0x3f || code === 0x21 || code === 0x2014 || code === 0x2013 || code === 0x2d
  );
}

/** " ' ” ’ » «: the marks a quotation may close with. */
function isClosingMark(code: number): boolean {
  return (
    code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0xab
  );
}

/** A phrase quoted in narration belongs to the subject of the verb of saying or judging before it, or to an attribution after. */
function partialAttribution(span: QuoteSpan, story: Story): Attribution | null {
  const paragraph = story.paragraphs[span.paragraph] as string;
  const sentence = sentenceAround(story, span.paragraph, span.openAt);
  const from = Math.max(sentence.start, span.openAt - MAX_CLAUSE_CHARS);
  const before = paragraph.slice(from, span.openAt);
  const at = { paragraph: span.paragraph, start: from };
  const found = lastVerbSubject(tokens(before), before, JUDGING_VERBS, at);
  if (found) return found;
  if (span.endParagraph !== span.paragraph) return null;
  const tail = paragraph.slice(span.closeEnd, Math.min(sentence.end, span.closeEnd + MAX_CLAUSE_CHARS));
  // `/^[^,]{0,60},/`: a comma within sixty characters.
  const comma = tail.indexOf(",");
  if (comma === -1 || comma > 60) return null;
  const rest = tail.slice(comma + 1);
  return attributionAfter(tokens(rest), rest, {
    paragraph: span.paragraph,
    start: span.closeEnd + comma + 1,
  });
}

/** The paragraphs, with each one's sentences found once however many quotes it holds. */
interface Story {
  paragraphs: readonly string[];
  sentences: Map<number, { start: number; end: number }[]>;
}

/** No attribution reaches further from its quote than this. */
const MAX_CLAUSE_CHARS = 250;

function sentenceAround(story: Story, p: number, offset: number): { start: number; end: number } {
  const paragraph = story.paragraphs[p] as string;
  let sentences = story.sentences.get(p);
  if (!sentences) {
    sentences = sentenceSpans(paragraph);
    story.sentences.set(p, sentences);
  }
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset < (sentences[mid] as { end: number }).end) hi = mid;
    else lo = mid + 1;
  }
  return sentences[lo] ?? { start: 0, end: paragraph.length };
}

/** The clause after a closing mark, up to the end of its sentence or the next quotation. */
function clauseAfter(paragraph: string, from: number): { text: string; start: number } {
  // Read no further than 240 characters on, as if the paragraph ended there.
  const end = Math.min(paragraph.length, from + 240);
  const stop = clauseStopAt(paragraph, from, end);
  const cut = paragraph.slice(from, stop === -1 ? end : stop);
  // "U.S. District Judge" and "Sen." do not end the clause.
  if (
    stop !== -1 &&
    paragraph.charCodeAt(stop) === 0x2e &&
    (endsWithLoneCapital(cut) || endsWithTitle(cut))
  ) {
    const further = clauseStopAt(paragraph, stop + 1, end);
    return { text: paragraph.slice(from, further === -1 ? end : further), start: from };
  }
  return { text: cut, start: from };
}

/** Does the text end with one of TITLE_ABBREVIATIONS? Each ends with a small letter two or three after a capital. */
function endsWithTitle(text: string): boolean {
  const n = text.length;
  if (!isAsciiCapital(text.charCodeAt(n - 2)) && !isAsciiCapital(text.charCodeAt(n - 3))) return false;
  for (const title of TITLE_ABBREVIATIONS) if (text.endsWith(title)) return true;
  return false;
}

const isAsciiCapital = (code: number) => code >= 0x41 && code <= 0x5a;

/** The clause before an opening mark, back to the start of its sentence or the last quotation. */
function clauseBefore(story: Story, p: number, openAt: number): { text: string; start: number } {
  const paragraph = story.paragraphs[p] as string;
  const sentence = sentenceAround(story, p, Math.max(0, openAt - 1));
  let start = Math.max(sentence.start, openAt - 300);
  const within = paragraph.slice(start, openAt);
  const lastMark = Math.max(...['"', "”", "»", "«", "“"].map((m) => within.lastIndexOf(m)));
  if (lastMark !== -1) start += lastMark + 1;
  return { text: paragraph.slice(start, openAt), start };
}

/**
 * Reads `, SPEAKER VERB …` or `, VERB SPEAKER …` from the tokens after a closing mark, with an apposition
 * allowed on either side: `Laura Chen, a spokeswoman for …, said`, `asked her former coach, Bill Sorensen`.
 */
function attributionAfter(all: Token[], text: string, at: Position): Attribution | null {
  let toks = all;
  while (toks[0]?.text === ",") toks = toks.slice(1);
  const v = firstVerb(toks, 14);
  if (v === -1) return null;
  if (v === 0 || (v === 1 && AUXILIARIES.has((toks[0] as Token).text))) return verbFirst(toks, v, text, at);
  const before = (toks[v - 1] as Token).text;
  const frenchInversion = before.startsWith("a-t-") ? /^a-t-(il|elle)$/.exec(before) : null;
  if (frenchInversion && v === 1)
    return {
      phrase: [{ ...(toks[0] as Token), text: frenchInversion[1] as string }],
      verb: (toks[v] as Token).text,
      at,
      text,
    };
  let subject = toks.slice(0, v);
  while (subject.length > 0 && (BETWEEN.has(lastText(subject)) || AUXILIARIES.has(lastText(subject))))
    subject = subject.slice(0, -1);
  if (subject.some((t) => SENTENCE_BREAKS.has(t.text))) return null;
  const comma = subject.findIndex((t) => t.text === ",");
  if (comma !== -1)
    subject = appositionName(subject.slice(0, comma), subject.slice(comma + 1)) ?? subject.slice(0, comma);
  if (subject.length === 0 || subject.length > 8) return null;
  return {
    phrase: subject,
    verb: verbPhrase((toks[v] as Token).text, following(toks, v)),
    at,
    text,
    placed: true,
  };
}

/** Index of the first verb of saying among toks[0..last], or -1: the tokens after it are not looked at. */
function firstVerb(toks: Token[], last: number): number {
  const end = Math.min(toks.length, last + 1);
  for (let k = 0; k < end; k++) if (isVerbAt(toks, k)) return k;
  return -1;
}

function isVerbAt(toks: Token[], k: number): boolean {
  const word = (toks[k] as Token).text;
  if (!SPEECH_VERBS.has(word)) return false;
  if (word === "according") return toks[k + 1]?.text === "to";
  return true;
}

const lastText = (toks: Token[]) => (toks[toks.length - 1] as Token).text;
const following = (toks: Token[], v: number) => toks.slice(v + 1, v + 5).map((t) => t.text);

/** `said Putin`, `said Russian President Vladimir Putin`, `according to the ministry`, `a déclaré Claire Fontaine`. */
function verbFirst(toks: Token[], v: number, text: string, at: Position): Attribution | null {
  const verb = (toks[v] as Token).text;
  let k = v + 1;
  if (verb === "according" && toks[k]?.text === "to") k++;
  const phrase: Token[] = [];
  for (; k < toks.length && phrase.length < 8; k++) {
    const word = toks[k] as Token;
    if (CLAUSE_PUNCTUATION.has(word.text)) break;
    if (phrase.length > 0 && STOP_AFTER_SPEAKER.has(word.text) && !isCapitalised(word.text)) break;
    if (phrase.length > 0 && startsDigit(word.text)) break;
    // "lead author Dr. Priya Natarajan of the University of Michigan": the name ends before "of".
    if (
      (word.text === "of" || word.text === "from") &&
      phrase.some((t) => isCapitalised(t.text) && !CAPITAL_ARTICLES.has(t.text))
    )
      break;
    phrase.push(word);
  }
  if (phrase.length === 0) return null;
  const apposition = toks[k]?.text === "," ? appositionName(phrase, toks.slice(k + 1)) : null;
  return { phrase: apposition ?? phrase, verb: verbPhrase(verb, following(toks, v)), at, text, placed: true };
}

/** `/^\d/`: an ASCII digit first. */
function startsDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

/** A description followed by a name in apposition: the name is the better handle on the speaker. */
function appositionName(description: Token[], rest: Token[]): Token[] | null {
  if (
    description.length === 0 ||
    description.some((t) => isCapitalised(t.text) && !CAPITAL_ARTICLES.has(t.text))
  )
    return null;
  const first = rest[0];
  if (!first || !isCapitalised(first.text)) return null;
  let j = 0;
  while (j < rest.length && isCapitalised((rest[j] as Token).text)) j++;
  return rest.slice(0, j);
}

/**
 * The subject of the last of `verbs` in the tokens: `Marsh said:`, `Vance later wrote on X:`, `she added:`,
 * `the Kremlin said it hoped were`. A participle (`saying`, `warning`) takes the sentence's own subject.
 */
function lastVerbSubject(toks: Token[], text: string, verbs: Set<string>, at: Position): Attribution | null {
  for (let v = toks.length - 1; v >= 0; v--) {
    const word = (toks[v] as Token).text;
    if (!verbs.has(word) || (word === "according" && toks[v + 1]?.text !== "to")) continue;
    if (word === "according") return verbFirst(toks, v, text, at);
    const verb = verbPhrase(word, following(toks, v));
    if (word.endsWith("ing")) {
      const subject = sentenceSubject(toks.slice(0, v), text);
      return subject ? { phrase: subject, verb, at, text } : null;
    }
    let k = v - 1;
    while (
      k >= 0 &&
      (BETWEEN.has((toks[k] as Token).text) ||
        AUXILIARIES.has((toks[k] as Token).text) ||
        isTimeWord(toks, k))
    )
      k--;
    // "Nadia Haddad, who lost her job, posted": across a clause, the verb's subject is the sentence's.
    // "Lindqvist, 24, was broken and called …": a second verb of the sentence shares its subject.
    const acrossClause = toks[k]?.text === "," || toks[k]?.text === "and";
    const phrase = phraseEndingAt(toks, k) ?? (acrossClause ? sentenceSubject(toks.slice(0, v), text) : null);
    return phrase ? { phrase, verb, at, text } : null;
  }
  return null;
}

/** Words of time that may stand between a subject and its verb: "Putin on Thursday said". */
const TIME_WORDS = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday lundi mardi mercredi jeudi vendredi samedi dimanche week month year night earlier today yesterday".split(
    " ",
  ),
);
/** What "on", "last" or "this" may lead into: "on Monday", "last week". */
const TIME_AFTER_LEAD = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year night".split(" "),
);
const TIME_LEADS = new Set(["on", "last", "this"]);

/** "on Thursday", "last week", "jeudi": time words between a subject and its verb. */
function isTimeWord(toks: Token[], k: number): boolean {
  const word = (toks[k] as Token).text;
  if (TIME_WORDS.has(word)) return true;
  return TIME_LEADS.has(word) && TIME_AFTER_LEAD.has(toks[k + 1]?.text ?? "");
}

/** Walks back from k over a pronoun, a capitalised run with its article, or a short description. */
function phraseEndingAt(toks: Token[], k: number): Token[] | null {
  if (k < 0) return null;
  const last = toks[k] as Token;
  const lower = last.text.toLowerCase();
  if (isPersonalPronoun(lower) || THING_PRONOUNS.has(lower)) return [last];
  if (isCapitalised(last.text)) {
    let i = k;
    for (;;) {
      if (i === 0) break;
      const previous = toks[i - 1] as Token;
      if (isCapitalised(previous.text) && previous.end + 1 === (toks[i] as Token).start) i--;
      // "Bank of England Governor Helen Marsh": a title may hold "of".
      else if (i >= 2 && previous.text === "of" && isCapitalised((toks[i - 2] as Token).text)) i -= 2;
      else break;
    }
    if (i > 0 && isArticle((toks[i - 1] as Token).text)) i--;
    return toks.slice(i, k + 1);
  }
  if (COLLECTIVE_SPEAKERS.has(last.text)) return [last];
  for (let i = k; i >= Math.max(0, k - 5); i--) {
    const word = (toks[i] as Token).text;
    // The patterns are tried only on words short enough to match them: most words are longer.
    if ((word.length <= 5 && DETERMINER_WORDS.has(word.toLowerCase())) || endsApostropheS(word))
      return withHeadNoun(toks, i, k);
    if (word.length <= 5 && (PHRASE_BREAKS.has(word) || (i < k && CLAUSE_LINKS.has(word)))) break;
  }
  return null;
}

/** `/^(?:the|a|an)$/i` */
function isArticle(word: string): boolean {
  return word.length <= 3 && ARTICLES.has(word.toLowerCase());
}

/** "the head of Britain's biggest ports group": the description starts at its head noun, before "of". */
function withHeadNoun(toks: Token[], i: number, k: number): Token[] {
  if (i === 0 || (toks[i - 1] as Token).text !== "of") return toks.slice(i, k + 1);
  for (let h = i - 2; h >= Math.max(0, i - 5); h--) {
    if (isArticle((toks[h] as Token).text)) return toks.slice(h, k + 1);
    if (!startsLower((toks[h] as Token).text)) break;
  }
  return toks.slice(i, k + 1);
}

/** The sentence's own subject: its first name or pronoun, or an opening description ("The UN envoy"). */
function sentenceSubject(toks: Token[], text: string): Token[] | null {
  const first = toks[0];
  if (!first) return null;
  if (isPersonalPronoun(first.text.toLowerCase())) return [first];
  if (DETERMINERS.has(first.text) && !namesOrganisation(toks, text)) return openingDescription(toks);
  let table: TokenTable | null = null;
  for (let i = 0; i < toks.length; i++) {
    const word = (toks[i] as Token).text;
    if (!isCapitalised(word)) continue;
    table ??= TokenTable.of(toks, text);
    const j = capitalisedRun(table, i);
    const prev = i > 0 ? (toks[i - 1] as Token).text : undefined;
    const words = toks.slice(i, j).map((t) => withoutStop(t.text));
    const titleOnly = words.every(
      (w) =>
        isTitleWord(w) ||
        LEADING_WORDS.has(w) ||
        (NOT_NAMES.has(w) && !KNOWN_ORGANISATIONS.has(w) && !ORGANISATION_HEADS.has(w)),
    );
    if ((prev && PLACE_PREPOSITIONS.has(prev.toLowerCase())) || titleOnly) {
      i = j - 1;
      continue;
    }
    // "A Home Office spokesman said": the role belongs to how the story wrote the speaker.
    const role = ROLE_NOUNS.has(toks[j]?.text ?? "") ? 1 : 0;
    return toks.slice(i, j + role);
  }
  return null;
}

/** "The Kremlin", "The Defense Ministry": a determiner before an organisation's name, not a description. */
function namesOrganisation(toks: Token[], text: string): boolean {
  if (!isCapitalised(toks[1]?.text ?? "")) return false;
  const j = capitalisedRun(TokenTable.of(toks, text), 1);
  const words = toks.slice(1, j).map((t) => withoutStop(t.text));
  if (words.some((w) => ORGANISATION_HEADS.has(w) || KNOWN_ORGANISATIONS.has(w))) return true;
  return (
    !startsLower(toks[j]?.text ?? "") ||
    SPEECH_VERBS.has(toks[j]?.text ?? "") ||
    JUDGING_VERBS.has(toks[j]?.text ?? "")
  );
}

const ROLE_NOUNS = oneOf(
  "spokesman spokeswoman spokesperson official officials source sources representative",
);

const DETERMINERS = oneOf("The A An Its His Her Their Le La Les L' Der Die Das Son Sa");

/** "The UN envoy for the Sahel", "Its president, Mark Delaney,": the description, or the name set beside it. */
function openingDescription(toks: Token[]): Token[] {
  let j = 1;
  while (
    j < toks.length &&
    j < 8 &&
    isPlainWord((toks[j] as Token).text) &&
    !DESCRIPTION_ENDS.has((toks[j] as Token).text) &&
    !SPEECH_VERBS.has((toks[j] as Token).text) &&
    !JUDGING_VERBS.has((toks[j] as Token).text)
  )
    j++;
  for (let c = j; c < Math.min(toks.length, j + 8); c++) {
    if ((toks[c] as Token).text !== ",") continue;
    let e = c + 1;
    // ", former finance minister Andrés Salazar,": role words may come before the name.
    while (e < c + 5 && startsLower(toks[e]?.text ?? "") && !RELATIVE_PRONOUNS.has(toks[e]?.text ?? "")) e++;
    const nameStart = e;
    while (
      e < toks.length &&
      (isCapitalised((toks[e] as Token).text) || NAME_JOINERS.has((toks[e] as Token).text))
    )
      e++;
    if (e > nameStart && toks[e]?.text === ",") return toks.slice(nameStart, e);
    break;
  }
  return toks.slice(0, j);
}

/** What an attribution's words are, read before the cast is: how to resolve them, and what of the cast that needs. */
interface Reading {
  found: Attribution;
  kind: "pronoun" | "thing" | "collective" | "named" | "described" | "nobody";
  /** The phrase's words without their stops, and the first lowercased. */
  words: string[];
  first: string;
  /** For a named speaker: the capitalised run, and its words as the directory is asked about them. */
  run: Token[];
  name: string[];
  /** Opens as a description ("the Russian leader", "Korea's"): a name the cast lacks is then read as one. */
  described: boolean;
  /** Resolving reads where the cast is mentioned, not only its names. */
  needsMentions: boolean;
}

function readPhrase(found: Attribution): Reading {
  const phrase = found.phrase;
  const words = phrase.map((t) => withoutStop(t.text));
  const first = (words[0] ?? "").toLowerCase();
  const reading: Reading = {
    found,
    kind: "nobody",
    words,
    first,
    run: [],
    name: [],
    described: false,
    needsMentions: false,
  };
  if (words.length === 1 && isPersonalPronoun(first)) {
    reading.kind = "pronoun";
    reading.needsMentions = true;
  } else if (words.length === 1 && THING_PRONOUNS.has(first)) {
    reading.kind = "thing";
    reading.needsMentions = first === "it";
  } else if (words.length === 1 && COLLECTIVE_SPEAKERS.has(words[0] as string)) {
    reading.kind = "collective";
  } else {
    reading.described = DESCRIPTION_LEADS.has(first) || endsApostropheS(words[0] ?? "");
    const runStart = lastRunStart(phrase);
    if (runStart !== -1) {
      reading.kind = "named";
      reading.run = nameRun(phrase.slice(runStart));
      reading.name = reading.run.map((t) => withoutStop(t.text));
    } else if (reading.described) reading.kind = "described";
    // A description is read against the cast's mentions, and so is a name the cast lacks when it describes.
    reading.needsMentions = reading.described;
  }
  return reading;
}

/** The attribution's words to a speaker: an entity of the cast, a name the story gives, or nobody. */
function resolve(reading: Reading, cast: Cast, last: Said | null, story: Story): Speaker {
  const { found, words, first } = reading;
  const asWritten = asWrittenOf(found);
  const at = { paragraph: found.at.paragraph, start: found.at.start + (found.phrase[0] as Token).start };
  switch (reading.kind) {
    case "pronoun":
      return {
        entity: pronounReferent(cast, at, PERSONAL_PRONOUNS[first] ?? null, last),
        literal: null,
        asWritten,
      };
    case "thing":
      return {
        entity: first === "it" ? organisationReferent(cast, story, at) : null,
        literal: null,
        asWritten,
      };
    case "collective":
      return { entity: null, literal: words[0] as string, asWritten };
    case "named": {
      const named = entityNamed(cast.names, reading.name);
      if (named) return { entity: named, literal: null, asWritten };
      // "the Russian leader", "the Swede": capitalised words that describe rather than name.
      const entity = reading.described ? resolveDescription(cast, words, at) : null;
      if (entity) return { entity, literal: null, asWritten };
      // "a White House official", "a SkyLink spokeswoman": someone speaking for the organisation named.
      return { entity: null, literal: literalName(reading.run, found.placed === true), asWritten };
    }
    case "described":
      return { entity: resolveDescription(cast, words, at), literal: null, asWritten };
    default:
      return { entity: null, literal: null, asWritten };
  }
}

/** Words that open a description rather than a name: "the Russian leader", "his spokesman". */
const DESCRIPTION_LEADS = new Set("the a an le la der die das son sa ses her his its their".split(" "));

/** The start of the last capitalised run in the phrase (the article aside), or -1. */
function lastRunStart(phrase: Token[]): number {
  let start = -1;
  for (let k = 0; k < phrase.length; k++) {
    const word = (phrase[k] as Token).text;
    if (!isCapitalised(word) || (k === 0 && LEADING_ARTICLES.has(word))) continue;
    const joined =
      k >= 2 &&
      start !== -1 &&
      (phrase[k - 1] as Token).text === "of" &&
      isCapitalised((phrase[k - 2] as Token).text);
    if (joined) continue;
    if (
      k === 0 ||
      !isCapitalised((phrase[k - 1] as Token).text) ||
      (k === 1 && CAPITAL_ARTICLES.has((phrase[0] as Token).text))
    )
      start = k;
  }
  return start;
}

/** The capitalised run at the start of the tokens, with particles and an inner "of": "Ministry of Economic Affairs". */
function nameRun(toks: Token[]): Token[] {
  let j = 0;
  while (j < toks.length) {
    const word = (toks[j] as Token).text;
    const joins = (NAME_JOINERS.has(word) || word === "of") && isCapitalised(toks[j + 1]?.text ?? "");
    if (!isCapitalised(word) && !(j > 0 && joins)) break;
    j++;
  }
  return toks.slice(0, j);
}

/** A name the cast does not hold, kept only when it reads as a name: "NASA", "DigitalEurope", "Smith" after "said". */
function literalName(run: Token[], placed: boolean): string | null {
  const words = run.map((t) => withoutStop(t.text)).filter((w) => !CAPITAL_ARTICLES.has(w));
  if (words.length === 0) return null;
  if (words.length === 1) {
    const word = words[0] as string;
    const acronym = isAcronym(word);
    const camel = isCamelCase(word);
    // `"…," said Smith` names Smith; "Critics said" at a sentence's start names nobody.
    const lone = placed && !NOT_NAMES.has(word) && !LEADING_WORDS.has(word) && !isTitleWord(word);
    return acronym || camel || lone ? word : null;
  }
  return words.join(" ");
}

function asWrittenOf(found: Attribution): string {
  const first = found.phrase[0] as Token;
  const last = found.phrase[found.phrase.length - 1] as Token;
  const text = found.text.slice(first.start, last.end);
  return text.startsWith("a-t-") ? (first.text as string) : withoutStop(text);
}

function before(a: Position, b: Position): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);
}

function compatible(entity: Entity, gender: Gender | null): boolean {
  return entity.kind === "person" && (gender === null || entity.gender === null || entity.gender === gender);
}

/**
 * "he", "she": the person this paragraph is about (its subject before the quote), else the last speaker,
 * else the last person named as a subject. A person whose gender is known and fits beats one whose is not.
 */
function pronounReferent(cast: Cast, at: Position, gender: Gender | null, last: Said | null): Entity | null {
  const earlier = mentionsWithin(cast, at.paragraph - PRONOUN_REACH - 1, at.paragraph).filter(
    (m) => m.paragraph >= 0 && before({ paragraph: m.paragraph, start: m.start }, at),
  );
  const sinceLast = last
    ? earlier.filter((m) => !before({ paragraph: m.paragraph, start: m.start }, last.end))
    : earlier;
  const here = pick(
    sinceLast.filter((m) => m.paragraph === at.paragraph && m.subject),
    gender,
  );
  if (here) return here;
  const lastPerson = last?.speaker.entity;
  if (
    lastPerson &&
    last &&
    compatible(lastPerson, gender) &&
    at.paragraph - last.end.paragraph <= PRONOUN_REACH
  ) {
    const newcomer = pick(
      sinceLast.filter((m) => m.subject && m.entity !== lastPerson),
      gender,
      true,
    );
    if (!newcomer) return lastPerson;
  }
  return (
    pick(
      earlier.filter((m) => m.subject),
      gender,
    ) ?? pick(earlier, gender)
  );
}

/** The last mention of a person fitting the gender; a known fit beats an unknown one. */
function pick(mentions: Mention[], gender: Gender | null, knownOnly = false): Entity | null {
  const fits = mentions.filter((m) => compatible(m.entity, gender));
  const known = fits.filter((m) => gender !== null && m.entity.gender === gender);
  if (known.length > 0) return (known[known.length - 1] as Mention).entity;
  if (knownOnly) return null;
  return fits.length > 0 ? (fits[fits.length - 1] as Mention).entity : null;
}

/**
 * "it": the organisation a sentence of this paragraph is about ("The carmaker said …. "…," it added"), else
 * the last organisation named as a subject.
 */
function organisationReferent(cast: Cast, story: Story, at: Position): Entity | null {
  const paragraph = story.paragraphs[at.paragraph] as string;
  const sentence = sentenceAround(story, at.paragraph, at.start);
  if (sentence.start > 0) {
    const previous = sentenceAround(story, at.paragraph, sentence.start - 1);
    const text = paragraph.slice(previous.start, Math.min(sentence.start, previous.start + MAX_CLAUSE_CHARS));
    const toks = tokens(text);
    if (DETERMINERS.has(toks[0]?.text ?? "") && !namesOrganisation(toks, text)) {
      const words = openingDescription(toks).map((t) => t.text);
      const entity = resolveDescription(cast, words, at);
      if (entity?.kind === "organisation") return entity;
    }
  }
  return lastOrganisation(cast, at);
}

function lastOrganisation(cast: Cast, at: Position): Entity | null {
  const earlier = mentionsWithin(cast, at.paragraph - PRONOUN_REACH - 1, at.paragraph).filter(
    (m) =>
      m.entity.kind === "organisation" &&
      m.paragraph >= 0 &&
      before({ paragraph: m.paragraph, start: m.start }, at),
  );
  const subjects = earlier.filter((m) => m.subject);
  const chosen = subjects[subjects.length - 1] ?? earlier[earlier.length - 1];
  return chosen?.entity ?? null;
}

/**
 * An unattributed quote: the wire convention gives it to the last speaker when it follows in the same or
 * the next paragraph. When someone else is introduced in between as the subject of a sentence, it is theirs.
 */
function continuation(span: QuoteSpan, cast: Cast, last: Said | null): Speaker | null {
  const at = { paragraph: span.paragraph, start: span.openAt };
  const from = last?.end ?? { paragraph: at.paragraph - 1, start: 0 };
  const between = mentionsWithin(cast, from.paragraph, at.paragraph).filter(
    (m) =>
      m.paragraph >= 0 &&
      before(from, { paragraph: m.paragraph, start: m.start }) &&
      before({ paragraph: m.paragraph, start: m.start }, at),
  );
  const ownSentence = (m: Mention) => before(from, { paragraph: m.paragraph, start: m.sentenceStart + 1 });
  const newcomer = [...between]
    .reverse()
    .find(
      (m) =>
        m.subject && ownSentence(m) && m.entity !== last?.speaker.entity && at.paragraph - m.paragraph <= 1,
    );
  if (newcomer) return { entity: newcomer.entity, literal: null, asWritten: null };
  if (!last || at.paragraph - last.end.paragraph > 1) return null;
  const someoneElse = between.some((m) => m.entity !== last.speaker.entity && m.entity.kind === "person");
  return someoneElse ? null : last.speaker;
}

/** Own keys only: `in` would also find "constructor" and the other names every object inherits. */
const PRONOUN_WORDS = new Set(Object.keys(PERSONAL_PRONOUNS));

function isPersonalPronoun(word: string): boolean {
  return PRONOUN_WORDS.has(word);
}
