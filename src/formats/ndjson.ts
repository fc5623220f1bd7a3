/** NDJSON (JSON Lines): one compact record a line, every line ending in "\n". */
import type { Dispatch } from "../record.js";
import { parseJson } from "./json.js";
import { asOwnRecord, at } from "./shared.js";

export function toNdjson(records: readonly Dispatch[]): string {
  // JSON.stringify escapes every line break inside strings, so a record is always exactly one line.
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

/** This tool's NDJSON back to records; blank lines are skipped. Errors name the line. */
export function fromNdjson(text: string): Dispatch[] {
  const records: Dispatch[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    records.push(asOwnRecord(parseJson(line, index), `${at(index + 1)}the line `));
  });
  return records;
}
