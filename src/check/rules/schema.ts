import { defineRule } from "../types.js";

/** The published JSON Schema, checked by Ajv: what every other tool reading the archive relies on. */
export default defineRule({
  id: "schema",
  description: "the record follows the published JSON Schema (schema/dispatch.schema.json)",
  severity: "error",
  scope: "record",
  defaults: {},
  optionsSchema: { type: "object", additionalProperties: false },
  check(_record, { validation, report }) {
    for (const error of validation.errors) {
      const path = pointerPath(error.path);
      report(`${error.path === "" ? "the record" : error.path}: ${error.message}`, { path });
    }
  },
});

/** "/quotes/0/kind" -> ["quotes", 0, "kind"], unescaping ~1 and ~0 as JSON Pointer says. */
function pointerPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((part) => (/^(?:0|[1-9]\d{0,8})$/.test(part) ? Number(part) : part));
}
