/**
 * The shapes `dispatch check` works with: rules, their settings, and the problems they report.
 * Problems are values; nothing here prints.
 */
import type { Dispatch } from "../record.js";
import type { Validation } from "../schema.js";

/** How much a rule matters: "off" turns it off. */
export type RuleSeverity = "error" | "warning" | "off";
export const RULE_SEVERITIES: readonly RuleSeverity[] = ["error", "warning", "off"];

export type ProblemSeverity = Exclude<RuleSeverity, "off">;

/**
 * Where in a record a problem lies: a path of keys and indexes into the record ("body", 3), and, for a
 * string there, the offset of the offending text in it. Turned into a line and column of the archive file.
 */
export interface Pointer {
  path: readonly (string | number)[];
  offset?: number;
}

/** One problem found in one file, ready to print. Lines and columns are 1-based; null when unknown. */
export interface Problem {
  file: string;
  rule: string;
  severity: ProblemSeverity;
  message: string;
  line: number | null;
  column: number | null;
}

/** A problem as a rule reports it, before it is placed in its file. */
export type Report = (message: string, at?: Pointer) => void;

export type RuleOptions = Record<string, unknown>;

export interface RuleContext<O extends RuleOptions> {
  /** The archive file the record was read from, as given. */
  file: string;
  options: O;
  /** Today's date (UTC), YYYY-MM-DD: the latest a story can be dated. */
  today: string;
  report: Report;
  /** The record checked against the JSON Schema, once for all rules. */
  validation: Validation;
}

interface RuleInfo<O extends RuleOptions> {
  id: string;
  description: string;
  severity: RuleSeverity;
  /** The options and their defaults. */
  defaults: O;
  /** JSON Schema of the options object in a config file. */
  optionsSchema: Record<string, unknown>;
  /** Options without a default that must be set before the rule can be turned on. */
  requires?: readonly (keyof O & string)[];
}

/** A rule that looks at one record at a time. */
export interface RecordRule<O extends RuleOptions = RuleOptions> extends RuleInfo<O> {
  scope: "record";
  check(record: Dispatch, context: RuleContext<O>): void;
}

/** What an archive-wide rule keeps of each record: small, cloneable between threads. */
export interface Fingerprint {
  /** Hash of the whole body text (runs of white space counted as one). */
  body: string;
  /** MinHash signature of the body's word shingles. */
  signature: Uint32Array;
  headline: string | null;
}

/** A record's place in the archive, for archive-wide rules. */
export interface ArchiveEntry {
  file: string;
  /** The record's position in its file, 0-based. */
  index: number;
  fingerprint: Fingerprint;
}

/** A problem an archive-wide rule reports against one entry. */
export type EntryReport = (entry: ArchiveEntry, message: string, at?: Pointer) => void;

/**
 * A rule over the whole archive (duplicates): each record gives a fingerprint as it is read, and the rule
 * looks at all of them once at the end, never comparing every pair.
 */
export interface ArchiveRule<O extends RuleOptions = RuleOptions> extends RuleInfo<O> {
  scope: "archive";
  finish(entries: readonly ArchiveEntry[], options: O, report: EntryReport): void;
}

export type Rule = RecordRule | ArchiveRule;

/** A rule's setting after the config is applied. */
export interface RuleSetting {
  severity: RuleSeverity;
  options: RuleOptions;
}

/** A rule as written for its own options type, stored in the one list of rules. */
export function defineRule<O extends RuleOptions>(rule: RecordRule<O> | ArchiveRule<O>): Rule {
  return rule as unknown as Rule;
}
