import { excerpt, text } from "../fields.js";
import { defineRule } from "../types.js";

/** A direct quote nobody said is of little use to a reader checking who said what. */
export default defineRule({
  id: "quote-speaker",
  description: "every direct quote has a speaker",
  severity: "warning",
  scope: "record",
  defaults: {},
  optionsSchema: { type: "object", additionalProperties: false },
  check(record, { report }) {
    const quotes: unknown = record.quotes;
    if (!Array.isArray(quotes)) return;
    quotes.forEach((quote: unknown, i) => {
      if (quote === null || typeof quote !== "object") return;
      const q = quote as Record<string, unknown>;
      if (q.kind !== "direct" || (text(q.speaker) ?? "").trim() !== "") return;
      report(`direct quote ${i + 1} ${excerpt(text(q.text) ?? "")} has no speaker`, {
        path: ["quotes", i, "speaker"],
      });
    });
  },
});
