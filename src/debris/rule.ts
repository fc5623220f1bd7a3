/**
 * A debris rule is data: an id a user can see in `--keep-removed` output, what it strips, and how.
 * Patterns must run in linear time: every repetition is bounded or over a class that cannot overlap
 * with what follows it, and no rule nests quantifiers.
 */
export type DebrisScope =
  /** The whole (trimmed) line matches the pattern: the line goes. */
  | "line"
  /** Every match inside a line goes; the rest of the line stays. Patterns carry the `g` flag. */
  | "inline"
  /** A heading line that matches opens a block (a list of links); the block runs to the next blank line. */
  | "block";

export type KeptAs = "copyright" | "credits" | "captions";

export interface DebrisRule {
  id: string;
  description: string;
  scope: DebrisScope;
  pattern: RegExp;
  /** Removed text that is still worth having goes to this field of the record, not only to `removed`. */
  keepAs?: KeptAs;
  /**
   * `trailer` rules only fire after the story has begun, for lines that would be fatal to match at the top
   * ("Advertisement" as a one-word headline is unlikely, a lone "-0-" end mark before the story is not).
   */
  where?: "anywhere" | "trailer";
}
