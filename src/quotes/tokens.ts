import {
  APOSTROPHE,
  ASCII_CLASSES,
  classAt,
  classOf,
  codePointAt,
  DIGIT,
  LETTER,
  LOWER,
  MARK,
  SPACE,
  UPPER,
} from "../chars.js";

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** What may follow a token's first character: a capitalised word keeps full stops ("U.S.", "Sen."), others digits. */
const NAME_TAIL = LETTER | MARK | APOSTROPHE;
const WORD_TAIL = LETTER | MARK | DIGIT | APOSTROPHE;

/**
 * The words and punctuation of a text, as `/[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}\d][\p{L}\p{M}\d'’-]*|[^\s\p{L}\d]/gu`
 * would find them: a capitalised word, a small word or number, or one other character. Scanned by hand with
 * a table of character classes, as the regex with its match arrays was the costliest part of reading a
 * story's people.
 */
export function tokens(text: string): Token[] {
  const list: Token[] = [];
  for (let i = 0; nextToken(text, i, found); i = found.end)
    list.push({ text: text.slice(found.start, found.end), start: found.start, end: found.end });
  return list;
}

/**
 * Tokens read by their index, the way a story's people are read: a few words either side of a capitalised run.
 * Past either end `has` is false, `word` undefined and `capitalisedAt` false.
 */
export interface TokenView {
  readonly text: string;
  has(k: number): boolean;
  /** The k-th token's text, or undefined past either end. */
  word(k: number): string | undefined;
  start(k: number): number;
  end(k: number): number;
  /** `isCapitalised(word(k))`, read from the text without cutting the word. */
  capitalisedAt(k: number): boolean;
}

/** Is the token starting at `at` capitalised? */
function capitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return (classAt(text, at) & UPPER) !== 0;
}

/**
 * All the tokens of a text (or a stretch of them already cut) as offsets, each word sliced from the text
 * only when first read.
 */
export class TokenTable implements TokenView {
  /** Start and end of each token, in turn. */
  private readonly bounds: number[] = [];
  private words: (string | undefined)[] = [];
  length = 0;

  constructor(readonly text: string) {}

  /** The table of tokens already cut, from a stretch of them (their offsets index into `text`). */
  static of(toks: readonly Token[], text: string): TokenTable {
    const table = new TokenTable(text);
    for (const tok of toks) table.push(tok.start, tok.end);
    table.words = toks.map((tok) => tok.text);
    return table;
  }

  /** Every token of the text. */
  static whole(text: string): TokenTable {
    const table = new TokenTable(text);
    for (let i = 0; nextToken(text, i, found); i = found.end) table.push(found.start, found.end);
    return table;
  }

  push(start: number, end: number): void {
    this.bounds.push(start, end);
    this.length++;
  }

  has(k: number): boolean {
    return k >= 0 && k < this.length;
  }

  word(k: number): string | undefined {
    if (k < 0 || k >= this.length) return undefined;
    let word = this.words[k];
    if (word === undefined) {
      word = this.text.slice(this.bounds[2 * k] as number, this.bounds[2 * k + 1] as number);
      this.words[k] = word;
    }
    return word;
  }

  start(k: number): number {
    return this.bounds[2 * k] as number;
  }

  end(k: number): number {
    return this.bounds[2 * k + 1] as number;
  }

  capitalisedAt(k: number): boolean {
    return k >= 0 && k < this.length && capitalAt(this.text, this.bounds[2 * k] as number);
  }

  /** The index of the token that starts at `start` (a token's start), by halving. */
  indexOf(start: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.bounds[2 * mid] as number) < start) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * How far back the words before a run are looked for by scanning: a token never spans whitespace, so the
 * scan starts at the whitespace before them. Text with no whitespace for longer than this is tokenised whole.
 */
const MAX_LOOK_BACK = 256;

/**
 * The tokens around one place in a text, found outward from it as they are asked for: token 0 starts at the
 * place (`moveTo`), token -1 is the one before it, and so on. A story's people are read from a few words
 * around each capitalised run, so most of a paragraph is never tokenised; one view serves every run of a
 * paragraph in turn, so reading a run leaves nothing behind.
 */
export class NearbyTokens implements TokenView {
  /** Start and end of tokens 0, 1, 2…: the first `ahead` pairs hold those found. */
  private readonly aheadBounds: number[] = [];
  /** Start and end of tokens -1, -2…: the first `behind` pairs hold those found. */
  private readonly behindBounds: number[] = [];
  private ahead = 0;
  private behind = 0;
  private aheadDone = false;
  private behindDone = false;
  /** The whole text's tokens, for text without whitespace near enough to start a scan from. */
  private whole: TokenTable | null = null;

  constructor(public text: string) {}

  /** The view turned to another text, as if made afresh: one view reads a story's paragraphs in turn. */
  turnTo(text: string): this {
    this.text = text;
    this.whole = null;
    this.ahead = 0;
    this.behind = 0;
    return this;
  }

  /** Makes the token that starts at `anchor` token 0. */
  moveTo(anchor: number): void {
    this.ahead = 0;
    this.behind = 0;
    this.aheadDone = false;
    this.behindDone = anchor === 0;
    this.findAhead(anchor);
  }

  has(k: number): boolean {
    if (k >= 0) {
      while (k >= this.ahead && !this.aheadDone)
        this.findAhead(this.aheadBounds[2 * this.ahead - 1] as number);
      return k < this.ahead;
    }
    while (-k > this.behind && !this.behindDone) this.findBehind();
    return -k <= this.behind;
  }

  /** The k-th token's text, cut afresh each time: most are read once. */
  word(k: number): string | undefined {
    return this.has(k) ? this.text.slice(this.start(k), this.end(k)) : undefined;
  }

  start(k: number): number {
    // Tokens already found (the run's own, mostly) are read straight from their list.
    if (k >= 0 && k < this.ahead) return this.aheadBounds[2 * k] as number;
    this.has(k);
    return (k >= 0 ? this.aheadBounds[2 * k] : this.behindBounds[-2 * k - 2]) as number;
  }

  end(k: number): number {
    if (k >= 0 && k < this.ahead) return this.aheadBounds[2 * k + 1] as number;
    this.has(k);
    return (k >= 0 ? this.aheadBounds[2 * k + 1] : this.behindBounds[-2 * k - 1]) as number;
  }

  capitalisedAt(k: number): boolean {
    return this.has(k) && capitalAt(this.text, this.start(k));
  }

  /** The next token at or after `from`, the end of the last found. */
  private findAhead(from: number): void {
    if (!nextToken(this.text, from, found)) {
      this.aheadDone = true;
      return;
    }
    this.aheadBounds[2 * this.ahead] = found.start;
    this.aheadBounds[2 * this.ahead + 1] = found.end;
    this.ahead++;
  }

  /**
   * The tokens before the farthest one found: scanned from the whitespace before them, as a token never spans
   * whitespace; read from the whole text's table when no whitespace is near.
   */
  private findBehind(): void {
    const text = this.text;
    const to = this.start(-this.behind);
    const limit = Math.max(0, to - MAX_LOOK_BACK);
    let from = to;
    for (;;) {
      const chunkEnd = from;
      while (from > limit && unitClass(text, from - 1) & SPACE) from--;
      while (from > limit && !(unitClass(text, from - 1) & SPACE)) from--;
      if (from > 0 && !(unitClass(text, from - 1) & SPACE)) {
        this.fromWhole(to);
        return;
      }
      let length = 0;
      for (let i = from; nextToken(text, i, found) && found.start < chunkEnd; i = found.end) {
        chunk[length++] = found.start;
        chunk[length++] = found.end;
      }
      // The chunk's tokens, nearest first.
      for (let c = length - 2; c >= 0; c -= 2) this.addBehind(chunk[c] as number, chunk[c + 1] as number);
      if (from === 0) this.behindDone = true;
      if (length > 0 || from === 0) return;
      if (from <= limit) {
        this.fromWhole(to);
        return;
      }
    }
  }

  /** The token before `to` from the whole text's table. */
  private fromWhole(to: number): void {
    this.whole ??= TokenTable.whole(this.text);
    const k = this.whole.indexOf(to) - 1;
    if (k < 0) this.behindDone = true;
    else this.addBehind(this.whole.start(k), this.whole.end(k));
  }

  private addBehind(start: number, end: number): void {
    this.behindBounds[2 * this.behind] = start;
    this.behindBounds[2 * this.behind + 1] = end;
    this.behind++;
  }
}

/** The tokens of one chunk, as `findBehind` scans them: one list for every scan, of which it uses the start. */
const chunk: number[] = [];

/** Classes of the one UTF-16 unit at `i`: whitespace is never half a surrogate pair. */
function unitClass(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 0x80 ? (ASCII_CLASSES[code] as number) : classOf(code);
}

/** What an ASCII character starts: nothing (a space), a capitalised word, a small word or number, or itself alone. */
const SKIP = 0;
const NAME_WORD = 1;
const SMALL_WORD = 2;
const LONE = 3;
const ASCII_START = Uint8Array.from({ length: 0x80 }, (_, code) => {
  const bits = classOf(code);
  if (bits & SPACE) return SKIP;
  if (bits & UPPER) return NAME_WORD;
  return bits & (LOWER | DIGIT) ? SMALL_WORD : LONE;
});
/** Which words an ASCII character goes on: a capitalised word (bit 1), a small word (bit 2). */
const ASCII_GOES_ON = Uint8Array.from(
  { length: 0x80 },
  (_, code) =>
    (classOf(code) & NAME_TAIL || code === 0x2d || code === 0x2e ? NAME_WORD : 0) |
    (classOf(code) & WORD_TAIL || code === 0x2d ? SMALL_WORD : 0),
);

/** Where `nextToken` puts the token it finds: one shared pair, so a scan allocates nothing per token. */
const found = { start: 0, end: 0 };

/**
 * The first token at or after `from`, which must be where a scan from the text's start could stand: the start
 * or end of a token, or just after whitespace. False when no token is left.
 */
function nextToken(text: string, from: number, out: { start: number; end: number }): boolean {
  const n = text.length;
  let i = from;
  while (i < n) {
    const code = text.charCodeAt(i);
    let end = i + 1;
    if (code < 0x80) {
      const kind = ASCII_START[code] as number;
      if (kind === SKIP) {
        i = end;
        continue;
      }
      if (kind !== LONE) end = asciiWordEnd(text, end, kind);
    } else {
      end = otherTokenEnd(text, i);
      if (end < 0) {
        i = -end;
        continue;
      }
    }
    out.start = i;
    out.end = end;
    return true;
  }
  return false;
}

/**
 * Where the capitalised tokens of a text start, left to right, each found from `from` on: the offset of the
 * next token at or after `from` that starts with a capital letter, or -1. Capitals are looked for with a
 * pattern, and only the few not after whitespace have the words before them scanned, to see whether they
 * start a token or sit inside one ("McDonald", "x-Ray").
 */
export function nextCapitalToken(text: string, from: number): number {
  let floor = from;
  CAPITAL_OR_OTHER.lastIndex = from;
  while (CAPITAL_OR_OTHER.test(text)) {
    const at = CAPITAL_OR_OTHER.lastIndex - 1;
    if (text.charCodeAt(at) >= 0x80 && !(classOf(codePointAt(text, at)) & UPPER)) continue;
    if (at === floor || unitClass(text, at - 1) & SPACE) return at;
    // Scan from the whitespace before (or from `floor`, where a scan may stand) to see what holds the capital.
    let chunk = at;
    while (chunk > floor && !(unitClass(text, chunk - 1) & SPACE)) chunk--;
    let i = chunk;
    while (nextToken(text, i, found) && found.end <= at) i = found.end;
    if (found.start === at) return at;
    floor = found.end;
    CAPITAL_OR_OTHER.lastIndex = floor;
  }
  return -1;
}

/**
 * Where the last token of text[from, to) starts, or -1 if it holds none: `from` must be where a scan may stand,
 * and `to` the end of the text or whitespace, so that the token ends at `to`.
 */
export function lastTokenStart(text: string, from: number, to: number): number {
  let start = -1;
  for (let i = from; nextToken(text, i, found) && found.start < to; i = found.end) start = found.start;
  return start;
}

/** A capital, or any character beyond ASCII, which may be one. */
const CAPITAL_OR_OTHER = /[A-Z\u0080-\uffff]/g;

/** Where a word of `kind` goes on to, through ASCII here and through `wordEnd` past it. */
function asciiWordEnd(text: string, from: number, kind: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= 0x80)
      return kind === NAME_WORD ? wordEnd(text, i, NAME_TAIL, true) : wordEnd(text, i, WORD_TAIL, false);
    if (!((ASCII_GOES_ON[code] as number) & kind)) break;
    i++;
  }
  return i;
}

/** The end of the token a character beyond ASCII starts at `i`; minus where scanning goes on if it starts none. */
function otherTokenEnd(text: string, i: number): number {
  const code = codePointAt(text, i);
  const bits = classOf(code);
  const end = i + (code > 0xffff ? 2 : 1);
  if (bits & SPACE) return -end;
  if (bits & UPPER) return wordEnd(text, end, NAME_TAIL, true);
  if (bits & (LOWER | DIGIT)) return wordEnd(text, end, WORD_TAIL, false);
  // A letter of no case (CJK, Arabic…) starts no token: the pattern passes over it.
  if (bits & LETTER) return -end;
  return end;
}

/** Where a token that may go on with characters of `tail` (and full stops, when `dots`) ends. */
function wordEnd(text: string, from: number, tail: number, dots: boolean): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (!((ASCII_CLASSES[code] as number) & tail) && code !== 0x2d && !(dots && code === 0x2e)) break;
      i++;
      continue;
    }
    code = codePointAt(text, i);
    if (!(classOf(code) & tail)) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}
