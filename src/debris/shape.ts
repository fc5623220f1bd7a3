/**
 * What a line must look like before a debris pattern can match it: the characters a pattern anchored at the
 * line's start may find first, those a pattern anchored at its end may find last, and how long the line may be
 * when the pattern is anchored at both. Read from the pattern's own source, so a rule never has to say it
 * twice, and only ever to skip lines the pattern cannot match: whatever this reader does not follow
 * (back-references, the m and v flags, caseless characters beyond ASCII under the u flag…) it answers with "any
 * character, any length", and the pattern itself is run.
 *
 * Most lines of a story are long sentences that start with a capital and end with a full stop; most rules
 * start with a fixed word, end with a fixed mark or fit a short line. A few array lookups instead of a
 * pattern run, for most rules on most lines.
 */

import { holdsSurrogate } from "../chars.js";
import { STORED_SHAPES } from "./shapes.data.js";

export interface Shape {
  /**
   * For each ASCII character, whether a match may start with it, as bits (code c is bit c % 32 of word c / 32);
   * null when any character may.
   */
  first: Uint32Array | null;
  /** Whether a match may start with a character beyond ASCII (when `first` is not null). */
  firstBeyondAscii: boolean;
  /** The same for the line's last character, for patterns anchored at the end. */
  last: Uint32Array | null;
  lastBeyondAscii: boolean;
  /** The longest line (in UTF-16 units) the pattern can match whole; Infinity when unbounded or unknown. */
  longest: number;
  /**
   * The same in characters, a surrogate pair counting one: what a line of plain ASCII, one unit a character,
   * may not be longer than. Under the u flag a class such as \p{L} may take two units, which `longest` must
   * allow for, and most lines have no such character.
   */
  longestChars: number;
}

const ANY: Shape = {
  first: null,
  firstBeyondAscii: true,
  last: null,
  lastBeyondAscii: true,
  longest: Number.POSITIVE_INFINITY,
  longestChars: Number.POSITIVE_INFINITY,
};

const shapes = new WeakMap<RegExp, Shape>();

/**
 * The shape of the lines a pattern can match, worked out once per pattern (its source and flags never change).
 * The built-in rules' shapes are stored, worked out ahead by `npm run shapes`: reading some fifty patterns
 * would be most of the first page's cost. A pattern is known by its whole source and flags, so a stored shape
 * is never used for a pattern it was not read from; a pattern without one is read here.
 */
export function shapeOf(pattern: RegExp): Shape {
  let shape = shapes.get(pattern);
  if (!shape) {
    const stored = storedShapes().get(shapeKey(pattern));
    shape = stored ? shapeFromData(stored) : readShape(pattern);
    shapes.set(pattern, shape);
  }
  return shape;
}

let stored: Map<string, ShapeData> | null = null;

function storedShapes(): Map<string, ShapeData> {
  stored ??= new Map(STORED_SHAPES);
  return stored;
}

/** What a stored shape is filed under: the pattern as written, flags and all. */
export function shapeKey(pattern: RegExp): string {
  return `/${pattern.source}/${pattern.flags}`;
}

/**
 * A shape as plain data: the first and last tables as 32 hex digits (ASCII codes 0-127 as bits, lowest code
 * last) or null, whether characters beyond ASCII fit, and the longest line in units and in characters (null
 * for no limit).
 */
export type ShapeData = readonly [
  string | null,
  boolean,
  string | null,
  boolean,
  number | null,
  number | null,
];

export function shapeToData(shape: Shape): ShapeData {
  const bound = (n: number) => (Number.isFinite(n) ? n : null);
  return [
    hexOf(shape.first),
    shape.firstBeyondAscii,
    hexOf(shape.last),
    shape.lastBeyondAscii,
    bound(shape.longest),
    bound(shape.longestChars),
  ];
}

export function shapeFromData([
  first,
  firstBeyondAscii,
  last,
  lastBeyondAscii,
  longest,
  longestChars,
]: ShapeData): Shape {
  return {
    first: tableOf(first),
    firstBeyondAscii,
    last: tableOf(last),
    lastBeyondAscii,
    longest: longest ?? Number.POSITIVE_INFINITY,
    longestChars: longestChars ?? Number.POSITIVE_INFINITY,
  };
}

function hexOf(table: Uint32Array | null): string | null {
  if (table === null) return null;
  let hex = "";
  for (let word = 3; word >= 0; word--) hex += (table[word] as number).toString(16).padStart(8, "0");
  return hex;
}

/**
 * Eight hex digits a word, the last eight holding codes 0-31: four numbers read, where a table of a byte per
 * character took a loop over 128 bits for each of some sixty tables, which on a cold start cost milliseconds.
 */
function tableOf(hex: string | null): Uint32Array | null {
  if (hex === null) return null;
  const table = new Uint32Array(4);
  for (let word = 0; word < 4; word++)
    table[word] = Number.parseInt(hex.slice(32 - 8 * (word + 1), 32 - 8 * word), 16);
  return table;
}

/**
 * Can the pattern match this text (a line) at all, by its shape? Empty text is left to the pattern. `flat`
 * tells what fitsLength would otherwise ask.
 */
export function fitsShape(shape: Shape, text: string, flat = false): boolean {
  return fitsLength(shape, text, flat) && (text.length === 0 || fitsEdges(shape, text));
}

/**
 * Is the text (a line) no longer than the pattern can match whole? Between the bound in units and the bound in
 * characters, a line is too long when its characters are its units: when it holds no surrogate pair. `flat`
 * says it is known to hold none (a page without one has none in any of its lines), so it is not searched.
 */
export function fitsLength(shape: Shape, text: string, flat = false): boolean {
  if (text.length > shape.longest) return false;
  return !(text.length > shape.longestChars && (flat || !holdsSurrogate(text)));
}

/** May the pattern start with the text's first character and end with its last? The text is not empty. */
export function fitsEdges(shape: Shape, text: string): boolean {
  return (
    fitsEdge(shape.first, shape.firstBeyondAscii, text.charCodeAt(0)) &&
    fitsEdge(shape.last, shape.lastBeyondAscii, text.charCodeAt(text.length - 1))
  );
}

function fitsEdge(table: Uint32Array | null, beyondAscii: boolean, code: number): boolean {
  if (table === null) return true;
  return code < 0x80 ? (((table[code >>> 5] as number) >>> (code & 31)) & 1) === 1 : beyondAscii;
}

/** Characters a piece of pattern may start or end with: ASCII by code, `beyond` for any other, `any` when unknown. */
interface Edge {
  /**
   * The ASCII characters as bits, 32 codes to a word (b0 holds codes 0-31…): plain numbers, cheap to make and
   * to join, which the reader does for every atom of every pattern on the first page a process reads.
   */
  b0: number;
  b1: number;
  b2: number;
  b3: number;
  beyond: boolean;
  any: boolean;
}

/** What the reader knows of a piece of pattern. */
interface Node {
  first: Edge;
  last: Edge;
  /** Can it match nothing at all? (Then what is next to it may come first, or last.) */
  empty: boolean;
  /** Longest match in UTF-16 units. */
  longest: number;
  /** Longest match in characters (code points under the u flag, units without it). */
  chars: number;
  /** Zero-width assertion ^ or $, which the caller needs to recognise at the ends of the pattern. */
  anchor?: "^" | "$";
}

class GiveUp extends Error {}

/** The shape read from the pattern's source, never stored: for `npm run shapes` and its test. */
export function readShape(pattern: RegExp): Shape {
  if (/[myv]/.test(pattern.flags)) return ANY;
  try {
    return new Reader(pattern.source, pattern.flags).shape();
  } catch (error) {
    if (error instanceof GiveUp) return ANY;
    throw error;
  }
}

class Reader {
  private at = 0;
  private readonly unicode: boolean;
  private readonly caseless: boolean;
  /**
   * Whether case folding may pair a character beyond ASCII with an ASCII one (the Kelvin sign with k, the long
   * s with s): only under the u flag. Without it, a caseless pattern never matches an ASCII character with
   * one beyond ASCII, either way.
   */
  private readonly foldsAcross: boolean;

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.unicode = flags.includes("u");
    this.caseless = flags.includes("i");
    this.foldsAcross = this.caseless && this.unicode;
  }

  shape(): Shape {
    const alternatives = this.alternatives();
    if (this.at !== this.source.length || alternatives.length !== 1) return ANY;
    const terms = alternatives[0] as Node[];
    const starts = terms[0]?.anchor === "^";
    const ends = terms[terms.length - 1]?.anchor === "$";
    const first = starts ? this.table(edgeOf(terms.slice(1), false)) : null;
    const last = ends ? this.table(edgeOf(terms.slice(0, -1), true)) : null;
    return {
      first: first?.table ?? null,
      firstBeyondAscii: first?.beyond ?? true,
      last: last?.table ?? null,
      lastBeyondAscii: last?.beyond ?? true,
      longest: starts && ends ? terms.reduce((sum, term) => sum + term.longest, 0) : Number.POSITIVE_INFINITY,
      longestChars:
        starts && ends ? terms.reduce((sum, term) => sum + term.chars, 0) : Number.POSITIVE_INFINITY,
    };
  }

  /** An edge as a lookup table of ASCII characters, or null when any character may stand there. */
  private table(edge: Edge): { table: Uint32Array; beyond: boolean } | null {
    if (edge.any) return null;
    const table = Uint32Array.of(edge.b0, edge.b1, edge.b2, edge.b3);
    if (this.caseless) {
      // Letters match either case; under the u flag a character beyond ASCII ("K" for Kelvin) may stand for one.
      // A-Z are bits 1-26 of word 2, a-z the same bits of word 3.
      const letters = ((table[2] as number) | (table[3] as number)) & 0x07fffffe;
      table[2] = (table[2] as number) | letters;
      table[3] = (table[3] as number) | letters;
    }
    return { table, beyond: edge.beyond || this.foldsAcross };
  }

  /** Alternatives up to a closing bracket or the end, each a list of terms. */
  private alternatives(): Node[][] {
    const out: Node[][] = [[]];
    while (this.at < this.source.length && this.peek() !== ")") {
      if (this.peek() === "|") {
        this.at++;
        out.push([]);
        continue;
      }
      (out[out.length - 1] as Node[]).push(this.literalRun() ?? this.term());
    }
    return out;
  }

  /**
   * A run of plain ASCII characters, none quantified ("Photograph", "courtesy of "), read as one node: what
   * the run may start and end with and its length are all a sequence of its characters would say, and most
   * of a rule's source is words. Null when fewer than two such characters come next.
   */
  private literalRun(): Node | null {
    const start = this.at;
    let end = start;
    while (
      end < this.source.length &&
      isPlain(this.source.charCodeAt(end)) &&
      !isQuantifier(this.source.charCodeAt(end + 1))
    )
      end++;
    if (end - start < 2) return null;
    this.at = end;
    return {
      first: asciiLiteral(this.source.charCodeAt(start)).first,
      last: asciiLiteral(this.source.charCodeAt(end - 1)).last,
      empty: false,
      longest: end - start,
      chars: end - start,
    };
  }

  private term(): Node {
    const atom = this.atom();
    const [min, max] = this.quantifier();
    if (atom.anchor && (min !== 1 || max !== 1)) throw new GiveUp();
    if (min === 1 && max === 1) return atom; // nodes are never changed once made, so one may be shared
    return {
      first: atom.first,
      last: atom.last,
      empty: atom.empty || min === 0,
      longest: max === 0 || atom.longest === 0 ? 0 : atom.longest * max,
      chars: max === 0 || atom.chars === 0 ? 0 : atom.chars * max,
    };
  }

  private quantifier(): [number, number] {
    const ch = this.peek();
    let bounds: [number, number] = [1, 1];
    if (ch === "*" || ch === "+" || ch === "?") {
      this.at++;
      bounds = ch === "?" ? [0, 1] : [ch === "*" ? 0 : 1, Number.POSITIVE_INFINITY];
    } else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new GiveUp();
      this.at += m[0].length;
      const min = Number(m[1]);
      bounds = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY];
    } else return bounds;
    if (this.peek() === "?") this.at++; // lazy: the same bounds
    return bounds;
  }

  private atom(): Node {
    const ch = this.next();
    if (ch === "^" || ch === "$") return { ...nothing(), anchor: ch };
    if (ch === "(") return this.group();
    if (ch === "[") return this.characterClass();
    if (ch === ".") return wide(anything(), this.unicode);
    if (ch === "\\") return this.escape();
    if (ch === ")" || ch === "|" || ch === "*" || ch === "+" || ch === "?" || ch === "{") throw new GiveUp();
    return this.literal(ch);
  }

  private group(): Node {
    let lookaround = false;
    if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === "<" ? 3 : 2;
    } else if (this.source.startsWith("?<", this.at)) {
      const close = this.source.indexOf(">", this.at);
      if (close === -1) throw new GiveUp();
      this.at = close + 1;
    } else if (this.peek() === "?") throw new GiveUp();
    const alternatives = this.alternatives();
    if (this.next() !== ")") throw new GiveUp();
    // A lookaround matches nothing itself: what is next to it still decides the first or last character.
    if (lookaround) return nothing();
    const nodes = alternatives.map((terms) => {
      if (terms.some((term) => term.anchor)) throw new GiveUp();
      const first = edgeOf(terms, false);
      return {
        first,
        last: edgeOf(terms, true),
        empty: terms.every((term) => term.empty),
        longest: terms.reduce((sum, term) => sum + term.longest, 0),
        chars: terms.reduce((sum, term) => sum + term.chars, 0),
      };
    });
    return {
      first: union(nodes.map((node) => node.first)),
      last: union(nodes.map((node) => node.last)),
      empty: nodes.some((node) => node.empty),
      longest: Math.max(...nodes.map((node) => node.longest)),
      chars: Math.max(...nodes.map((node) => node.chars)),
    };
  }

  private escape(): Node {
    const ch = this.next();
    if (ch === "b" || ch === "B") return nothing();
    if (ch === "d") return set("0123456789");
    if (ch === "w") return set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    if (ch === "s") return set(" \t\n\v\f\r", true);
    if (ch === "D" || ch === "W" || ch === "S") return wide(anything(), this.unicode);
    if (ch === "p" || ch === "P") return this.property(ch);
    if (/[1-9k]/.test(ch)) throw new GiveUp(); // back-references
    return this.literal(this.escapedCharacter(ch));
  }

  /** The character an escape other than a class stands for: "\n", "\u00e9", "\(". */
  private escapedCharacter(ch: string): string {
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", "0": "\0" };
    if (simple[ch] !== undefined) return simple[ch] as string;
    const rest = this.source.slice(this.at);
    const hex =
      ch === "x"
        ? /^[0-9a-fA-F]{2}/.exec(rest)
        : ch === "u"
          ? (this.unicode ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/ : /^[0-9a-fA-F]{4}/).exec(rest)
          : null;
    if (hex) {
      this.at += hex[0].length;
      return String.fromCodePoint(Number.parseInt(hex[0].replace(/[{}]/g, ""), 16));
    }
    if (/[A-Za-z0-9]/.test(ch)) throw new GiveUp(); // \cX and escapes this reader does not know
    return ch;
  }

  /** \p{Lu}, \p{Ll}, \p{L}: letters, which in ASCII are A-Z and a-z; any other property is any character. */
  private property(ch: string): Node {
    const m = /^\{([A-Za-z_=]+)\}/.exec(this.source.slice(this.at));
    if (!m || !this.unicode) throw new GiveUp();
    this.at += m[0].length;
    const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const lower = upper.toLowerCase();
    const letters: Record<string, string> = { Lu: upper, Ll: lower, L: upper + lower };
    const known = letters[m[1] as string];
    if (ch === "P" || known === undefined) return wide(anything(), true);
    return wide(set(known, true), true);
  }

  private characterClass(): Node {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const members: Node[] = [];
    while (this.peek() !== "]") {
      if (this.at >= this.source.length) throw new GiveUp();
      const low = this.classMember();
      if (this.peek() === "-" && this.source[this.at + 1] !== "]") {
        this.at++;
        const high = this.classMember();
        if (typeof low !== "string" || typeof high !== "string") throw new GiveUp();
        // A caseless range beyond ASCII may hold a character that folds onto an ASCII letter.
        const beyond = (high.codePointAt(0) as number) >= 0x80;
        members.push(this.foldsAcross && beyond ? wide(anything(), this.unicode) : range(low, high));
      } else members.push(typeof low === "string" ? this.literal(low) : low);
    }
    this.at++;
    if (negated) return wide(anything(), this.unicode);
    const edge = union(members.map((member) => member.first));
    const astral = this.unicode && members.some((member) => member.longest > 1);
    return { first: edge, last: edge, empty: false, longest: astral ? 2 : 1, chars: 1 };
  }

  /** One member of a class: a character, or a class of its own (\s, \d, \p{L}). */
  private classMember(): string | Node {
    const ch = this.next();
    if (ch !== "\\") return this.unicode ? this.astralTail(ch) : ch;
    const escaped = this.peek();
    if (escaped === "b") {
      this.at++;
      return "\b";
    }
    if (/[dwsDWSpP]/.test(escaped)) return this.escape();
    this.at++;
    return this.escapedCharacter(escaped);
  }

  private literal(ch: string): Node {
    // A character from the source may be half a surrogate pair; one from an escape ("\u{1F600}") is whole.
    const text = this.unicode && ch.length === 1 ? this.astralTail(ch) : ch;
    const code = text.codePointAt(0) as number;
    if (code < 0x80) return asciiLiteral(code);
    // A character beyond ASCII that a caseless pattern could fold onto an ASCII one: not followed.
    if (this.foldsAcross) return wide(anything(), this.unicode);
    return { ...set("", true), longest: text.length, chars: 1 };
  }

  /** Completes a surrogate pair read one unit at a time. */
  private astralTail(ch: string): string {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.source.length) return ch + this.next();
    return ch;
  }

  private peek(): string {
    return this.source[this.at] ?? "";
  }

  private next(): string {
    if (this.at >= this.source.length) throw new GiveUp();
    return this.source[this.at++] as string;
  }
}

/**
 * The characters a run of terms may start with (or end with, read from the end): each term's, up to and
 * including the first that cannot match nothing.
 */
function edgeOf(terms: Node[], fromEnd: boolean): Edge {
  const edges: Edge[] = [];
  for (let k = 0; k < terms.length; k++) {
    const term = terms[fromEnd ? terms.length - 1 - k : k] as Node;
    // Nothing comes before the start or after the end: what is empty up to an anchor matches only "".
    if (term.anchor) return union(edges);
    edges.push(fromEnd ? term.last : term.first);
    if (!term.empty) return union(edges);
  }
  // All of it may match nothing: then whatever is next to it may stand first (or last).
  return union([...edges, anything().first]);
}

function union(edges: Edge[]): Edge {
  const out: Edge = { b0: 0, b1: 0, b2: 0, b3: 0, beyond: false, any: false };
  for (const edge of edges) {
    out.b0 |= edge.b0;
    out.b1 |= edge.b1;
    out.b2 |= edge.b2;
    out.b3 |= edge.b3;
    out.beyond ||= edge.beyond;
    out.any ||= edge.any;
  }
  return out;
}

/** One character of these (ASCII), or of anything beyond ASCII when `beyond`. */
function set(chars: string, beyond = false): Node {
  const edge: Edge = { b0: 0, b1: 0, b2: 0, b3: 0, beyond, any: false };
  for (let k = 0; k < chars.length; k++) {
    const code = chars.charCodeAt(k);
    const bit = 1 << (code & 31);
    if (code < 0x20) edge.b0 |= bit;
    else if (code < 0x40) edge.b1 |= bit;
    else if (code < 0x60) edge.b2 |= bit;
    else edge.b3 |= bit;
  }
  return { first: edge, last: edge, empty: false, longest: 1, chars: 1 };
}

/** An ASCII character that stands for itself in a pattern's source. */
function isPlain(code: number): boolean {
  return code < 0x80 && !SPECIAL.has(code);
}

const SPECIAL = new Set([..."\\^$.|?*+()[]{}"].map((ch) => ch.charCodeAt(0)));

function isQuantifier(code: number): boolean {
  return code === 0x2a || code === 0x2b || code === 0x3f || code === 0x7b; // * + ? {
}

/** The node of each ASCII literal character, made once: most of a pattern's source is literal words. */
const ASCII_LITERALS: Node[] = [];

function asciiLiteral(code: number): Node {
  let node = ASCII_LITERALS[code];
  if (node === undefined) {
    node = set(String.fromCharCode(code));
    ASCII_LITERALS[code] = node;
  }
  return node;
}

function anything(): Node {
  const edge: Edge = { b0: 0, b1: 0, b2: 0, b3: 0, beyond: true, any: true };
  return { first: edge, last: edge, empty: false, longest: 1, chars: 1 };
}

function nothing(): Node {
  return { ...set(""), empty: true, longest: 0, chars: 0 };
}

/** A class that may match a character beyond the BMP takes two units under the u flag, but is one character. */
function wide(node: Node, unicode: boolean): Node {
  return { ...node, longest: unicode ? 2 : 1, chars: 1 };
}

function range(low: string, high: string): Node {
  const from = low.codePointAt(0) as number;
  const to = high.codePointAt(0) as number;
  if (to < from) throw new GiveUp();
  let chars = "";
  for (let code = from; code <= Math.min(to, 0x7f); code++) chars += String.fromCharCode(code);
  return { ...set(chars, to >= 0x80), longest: to > 0xffff ? 2 : 1, chars: 1 };
}
