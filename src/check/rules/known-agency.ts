import { AGENCIES, type Agency } from "../../header/agencies.js";
import { findDateline } from "../../header/dateline.js";
import { objectAt, remembered, text } from "../fields.js";
import { defineRule } from "../types.js";

const BY_CODE = new Map<string, Agency>(AGENCIES.map((agency) => [agency.code, agency]));
const markedAgency = remembered((dateline) => findDateline(dateline)?.agency ?? null);

/**
 * The source is an agency of the registry (src/header/agencies.ts), named as the registry names it, and
 * the one the dateline's marker names. An archive holding other sources lists their codes in `extra`.
 */
export default defineRule<{ extra: string[] }>({
  id: "known-agency",
  description: "source is a known agency, with its registry name, and the agency the dateline names",
  severity: "error",
  scope: "record",
  defaults: { extra: [] },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { extra: { type: "array", items: { type: "string", minLength: 1 } } },
  },
  check(record, { options, report }) {
    const source = objectAt(record, "source");
    const code = text(source?.code);
    if (source === null || code === null) return; // a missing source is required-fields' business
    const agency = BY_CODE.get(code);
    if (!agency) {
      if (!options.extra.includes(code)) {
        const near = [...BY_CODE.keys()].find((known) => known.toLowerCase() === code.toLowerCase());
        const hint = near
          ? ` (did you mean "${near}"?)`
          : " (add it to known-agency's extra list if it is one)";
        report(`source "${code}" is not a known agency${hint}`, { path: ["source", "code"] });
      }
      return;
    }
    const name = text(source.name);
    if (name !== null && name !== agency.name) {
      report(`source ${code} is named "${name}"; the registry calls it "${agency.name}"`, {
        path: ["source", "name"],
      });
    }
    const datelineText = text(objectAt(record, "dateline")?.text);
    const marked = datelineText === null ? null : markedAgency(datelineText);
    if (marked && marked.code !== agency.code) {
      report(`the dateline names ${marked.code} but the source is ${agency.code}`, {
        path: ["dateline", "text"],
      });
    }
  },
});
