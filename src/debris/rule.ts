/**
 * A debris rule is data: an id a user can see in `--keep-removed` output, what it strips, and how.
 * Patterns must run in linear time: every repetition is bounded or over a class that cannot overlap
 * with what follows it, and no rule nests quantifiers. Where a shape is too loose for one such pattern,
 * the pattern is a cheap first test and `accept` a short hand-written check of the whole line.
 */
export type DebrisScope =
  /** The whole (trimmed) line matches the pattern: the line goes. */
  | "line"
  /** Every match inside a line goes; the rest of the line stays. Patterns carry the `g` flag. */
  | "inline"
  /**
   * A heading line that matches opens a block (a list of links, a contact list); the heading and the short
   * lines under it go, up to the next blank line or the first line that reads like a sentence.
   */
  | "block"
  /** `minRun` or more consecutive lines that each match go together (a navigation list); fewer stay. */
  | "run";

export type KeptAs = "copyright" | "credits" | "captions";

export interface DebrisRule {
  id: string;
  description: string;
  scope: DebrisScope;
  pattern: RegExp;
  /** A further check of the trimmed line (or inline match), for shapes one linear pattern cannot say. */
  accept?: (text: string) => boolean;
  /** Removed text that is still worth having goes to this field of the record, not only to `removed`. */
  keepAs?: KeptAs;
  /**
   * `trailer` rules only fire after the story has begun, for lines that would be fatal to match at the top
   * ("Advertisement" as a one-word headline is unlikely, a lone "-0-" end mark before the story is not).
   */
  where?: "anywhere" | "trailer";
  /** For `run` rules: how many consecutive matching lines make a run (default 3). */
  minRun?: number;
  /** For `run` rules: a check of the whole run (a list of site sections, not a list of names). */
  acceptRun?: (lines: string[]) => boolean;
  /**
   * Literal text (case as written) without one of which the pattern cannot match. A line that holds none of
   * them is passed over without running the pattern: most lines of a story are long sentences that no rule
   * fits, and a substring search is far cheaper than a pattern that scans the whole line. A speed-up only:
   * leaving it out changes nothing but the time taken.
   */
  needs?: readonly string[];
}

/** Does the rule match this trimmed line (or inline piece)? For callers outside the runner, such as checks. */
export function matches(rule: DebrisRule, text: string): boolean {
  rule.pattern.lastIndex = 0;
  const hit = rule.pattern.test(text);
  rule.pattern.lastIndex = 0;
  return hit && (rule.accept === undefined || rule.accept(text));
}
