import { excerpt } from "../fields.js";
import { type ArchiveEntry, defineRule } from "../types.js";
import { entryName, filesWithSeveral } from "./near-duplicate-story.js";

/** The same body twice in the archive, found by hashing each body once: never by comparing pairs. */
export default defineRule({
  id: "duplicate-story",
  description: "no story's body appears twice in the archive (also under a different headline)",
  severity: "error",
  scope: "archive",
  defaults: {},
  optionsSchema: { type: "object", additionalProperties: false },
  finish(entries, _options, report) {
    const first = new Map<string, ArchiveEntry>();
    const several = filesWithSeveral(entries);
    for (const entry of entries) {
      const original = first.get(entry.fingerprint.body);
      if (!original) {
        first.set(entry.fingerprint.body, entry);
        continue;
      }
      const headline = original.fingerprint.headline;
      const renamed =
        headline !== entry.fingerprint.headline
          ? `, under another headline (${headline === null ? "none" : excerpt(headline)})`
          : "";
      report(entry, `the same story as ${entryName(original, several)}${renamed}`, { path: ["body"] });
    }
  },
});
