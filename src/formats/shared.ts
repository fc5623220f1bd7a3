/** Helpers the format modules share: record key order, the own-record check, and MALFORMED errors. */
import { InputError } from "../errors.js";
import { type Dispatch, SCHEMA_VERSION } from "../record.js";

/** The fields of a Dispatch in the order the record type declares them, which every writer keeps. */
export const RECORD_KEYS: readonly (keyof Dispatch)[] = [
  "schemaVersion",
  "id",
  "headline",
  "byline",
  "dateline",
  "source",
  "date",
  "language",
  "body",
  "quotes",
  "copyright",
  "credits",
  "captions",
  "origin",
  "diagnostics",
  "removed",
];

/** The same fields in the declared order (fields the type does not know follow, as they came). */
export function inRecordOrder(value: Record<string, unknown>): Dispatch {
  const out: Record<string, unknown> = {};
  for (const key of RECORD_KEYS) if (Object.hasOwn(value, key)) out[key] = value[key];
  for (const key of Object.keys(value)) if (!Object.hasOwn(out, key)) out[key] = value[key];
  return out as unknown as Dispatch;
}

/** "line 3, column 7: " when the position is known. */
export function at(line: number | null | undefined, column?: number | null): string {
  if (!line) return "";
  return column ? `line ${line}, column ${column}: ` : `line ${line}: `;
}

export function malformed(message: string): InputError {
  return new InputError("MALFORMED", message);
}

const MAJOR = SCHEMA_VERSION.split(".")[0];

/**
 * A value read back from one of this tool's formats must at least be an object with a schemaVersion this
 * version can read. (Full validation against the schema is `validateRecord`'s job, not the reader's.)
 */
export function asOwnRecord(value: unknown, where: string): Dispatch {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw malformed(`${where}is not a dispatch record (expected an object with a schemaVersion)`);
  }
  const version = (value as Record<string, unknown>).schemaVersion;
  if (typeof version !== "string") {
    throw malformed(`${where}is not a dispatch record (no schemaVersion)`);
  }
  if (version.split(".")[0] !== MAJOR) {
    throw malformed(
      `${where}has schemaVersion "${version}", which this version cannot read (it reads ${MAJOR}.x)`,
    );
  }
  return value as Dispatch;
}

/** 1-based line and column of a UTF-16 offset into text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
