import { valueAt } from "../fields.js";
import { defineRule } from "../types.js";

/**
 * Fields an archive wants filled. The schema lets every field be null ("the scrape did not tell"); an
 * archive usually wants more, so the list is the archive's to choose.
 */
export default defineRule<{ fields: string[] }>({
  id: "required-fields",
  description: "the fields the archive requires are filled: not null, not empty (configurable list)",
  severity: "error",
  scope: "record",
  defaults: { fields: ["headline", "dateline", "source", "date", "body"] },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      fields: {
        type: "array",
        uniqueItems: true,
        items: {
          type: "string",
          pattern: "^[A-Za-z][A-Za-z0-9]{0,40}(?:\\.[A-Za-z][A-Za-z0-9]{0,40}){0,4}$",
        },
      },
    },
  },
  check(record, { options, report }) {
    for (const field of options.fields) {
      const path = field.split(".");
      const value = valueAt(record, path);
      if (isEmpty(value)) report(`${field} is ${describe(value)}`, { path });
    }
  },
});

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  return "empty";
}
