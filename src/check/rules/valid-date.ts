import { isRealDate, readDate } from "../../header/dates.js";
import { objectAt, remembered, text } from "../fields.js";
import { defineRule } from "../types.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A story's date: a real day of the calendar, not after today, the day its dateline gives. */
export default defineRule({
  id: "valid-date",
  description: "date is a real calendar date, not in the future, and agrees with the dateline",
  severity: "error",
  scope: "record",
  defaults: {},
  optionsSchema: { type: "object", additionalProperties: false },
  check(record, { today, report }) {
    const date = text(record.date);
    if (date === null) return; // a missing date is required-fields' business
    const at = { path: ["date"] };
    const m = ISO.exec(date);
    if (!m) return; // the schema's pattern says so already
    const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (!isRealDate(day)) {
      report(`date ${date} is not a real calendar date`, at);
      return;
    }
    if (date > today) report(`date ${date} is in the future (today is ${today})`, at);
    const datelineText = text(objectAt(record, "dateline")?.text);
    const said = datelineText === null ? null : datelineDate(datelineText);
    if (said === null) return;
    const sameDay = said.month === day.month && said.day === day.day;
    if (!sameDay || (said.year !== null && said.year !== day.year)) {
      const written = (datelineText ?? "").slice(said.start, said.start + said.length);
      report(`date ${date} disagrees with the dateline, which says "${written}"`, {
        path: ["dateline", "text"],
        offset: said.start,
      });
    }
  },
});

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A date starts a word: not after a letter or digit (a look at the code for ASCII, the pattern beyond). */
function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** The first date written in a dateline ("Beijing, Sept 3 (AFP)"), tried at each word; null if none. */
const datelineDate = remembered(firstDate);

function firstDate(
  dateline: string,
): { year: number | null; month: number; day: number; start: number; length: number } | null {
  for (let start = 0; start < dateline.length; start++) {
    if (start > 0 && isLetterOrDigit(dateline.charCodeAt(start - 1))) continue;
    const found = readDate(dateline.slice(start, start + 40));
    if (found) return { ...found.date, start, length: found.length };
  }
  return null;
}
