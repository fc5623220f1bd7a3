import { fingerprint } from "../../../src/check/fingerprint.js";
import type { ArchiveEntry, ArchiveRule, Fingerprint } from "../../../src/check/types.js";
import type { Dispatch } from "../../../src/record.js";

export function entry(file: string, record: Dispatch, index = 0): ArchiveEntry {
  return { file, index, fingerprint: fingerprint(record) as Fingerprint };
}

export function finish(rule: ArchiveRule, entries: ArchiveEntry[], options = rule.defaults) {
  const found: { file: string; message: string }[] = [];
  rule.finish(entries, options, (e, message) => found.push({ file: e.file, message }));
  return found;
}
