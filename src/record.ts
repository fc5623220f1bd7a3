/**
 * The Dispatch record: the contract other tools rely on.
 * Mirrored by schema/dispatch.schema.json; a change here is a change there, and a bump of SCHEMA_VERSION.
 */

export const SCHEMA_VERSION = "1.0";

export type Severity = "error" | "warning" | "info";

/** A problem or remark about the input, as data. Lines and columns are 1-based, in the input as given. */
export interface Diagnostic {
  code: string;
  message: string;
  severity: Severity;
  line: number | null;
  column: number | null;
}

export interface Dateline {
  /** Exactly as written: "Beijing, Sept 3 (AFP)". */
  text: string;
  /** The place, capitalised normally: "Beijing", "San Jose, Costa Rica". */
  place: string | null;
}

export interface Source {
  /** The agency's short code: "AFP", "Reuters", "AP". */
  code: string;
  /** The agency's full name: "Agence France-Presse". */
  name: string;
}

export type QuoteKind = "direct" | "partial";

export interface Quote {
  /**
   * The quoted words without the quote marks (and without the attribution's comma). A quote over several
   * paragraphs is joined with single spaces; one broken by its attribution ("We will win," he said, "and
   * soon.") is joined with " … ", and start/end then span both parts and the attribution between them.
   */
  text: string;
  kind: QuoteKind;
  /** The speaker resolved to the fullest name the story gives ("Vladimir Putin"), or null. */
  speaker: string | null;
  /** The words the story used for the speaker at this quote ("he", "the Russian leader", "Putin"). */
  speakerAsWritten: string | null;
  /** The speaker's title as the story gives it ("Russian President"), or null. */
  speakerTitle: string | null;
  /** The speech verb of the attribution ("said", "added", "told reporters"), or null. */
  verb: string | null;
  /** 0-based index into body of the paragraph where the quote opens. */
  paragraph: number;
  /** 0-based offset, in UTF-16 code units, of the quote's first character within that paragraph. */
  start: number;
  /** 0-based index into body of the paragraph where the quote closes. */
  endParagraph: number;
  /** Offset just past the quote's last character, in body[endParagraph]. */
  end: number;
}

export interface Origin {
  /** The file the record was parsed from; null for standard input or library use without a path. */
  path: string | null;
  /** Size of the input in bytes. */
  bytes: number;
  /** SHA-256 of the input bytes, lowercase hex. */
  sha256: string;
  /** The character encoding the input was decoded from ("utf-8", "utf-16le", "windows-1252"…). */
  encoding: string;
}

/** A piece of the input that was stripped as debris, for auditing (`--keep-removed`). */
export interface Removal {
  /** The id of the debris rule that removed it ("image-placeholder", "copyright-notice"…). */
  rule: string;
  text: string;
  line: number;
  column: number;
}

export interface Dispatch {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Stable id: derived from the story's content, identical across re-runs and formats. */
  id: string;
  headline: string | null;
  byline: string | null;
  dateline: Dateline | null;
  source: Source | null;
  /** ISO date YYYY-MM-DD, or null when the text does not tell. */
  date: string | null;
  /** BCP 47 primary language subtag ("en", "fr", "de"…), or null when unsure. */
  language: string | null;
  /** The story's paragraphs: each one line, never empty, no whitespace at either end. */
  body: string[];
  quotes: Quote[];
  /** The rights holder named in a copyright notice: "Agence France-Presse". */
  copyright: string | null;
  /** Sign-offs such as "Reporting by …; Editing by …", kept out of the body. */
  credits: string[];
  /** Photo captions and credits, kept out of the body. */
  captions: string[];
  origin: Origin;
  diagnostics: Diagnostic[];
  /** Present only when asked for (`keepRemoved`): what was stripped, and by which rule. */
  removed?: Removal[];
}
