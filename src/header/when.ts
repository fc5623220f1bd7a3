import type { Diagnostic } from "../record.js";
import { isRealDate, type PartialDate, toIso, weekdayIndex, weekdayOf } from "./dates.js";

export interface DateFinding {
  date: string | null;
  diagnostics: Diagnostic[];
}

/**
 * The story's date from what the header says. The dateline's day and month win; a page date supplies the
 * year (a dateline of Dec 31 on a page of Jan 1 belongs to the year before). An ambiguous page date
 * ("03/09/2025") counts only through the reading whose day and month the dateline gives. Nothing is
 * guessed: with no year anywhere, the date stays null and a warning says why.
 */
export function resolveDate(
  datelineDate: PartialDate | null,
  pageDate: PartialDate | null,
  lede: string,
  line: number | null,
  readings: readonly PartialDate[] = [],
): DateFinding {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, message: string) =>
    diagnostics.push({ code, message, severity: "warning", line, column: null });
  if (pageDate?.year == null && datelineDate) {
    const agreeing = readings.find((r) => r.month === datelineDate.month && r.day === datelineDate.day);
    if (agreeing) pageDate = agreeing;
  } else if (!pageDate && !datelineDate && readings.length > 1) {
    warn("date-ambiguous", "the page date could be read as day/month or month/day; date left null");
    return { date: null, diagnostics };
  }
  let full: { year: number; month: number; day: number } | null = null;
  if (datelineDate?.year != null) full = { ...datelineDate, year: datelineDate.year };
  else if (datelineDate && pageDate?.year != null) {
    let year = pageDate.year;
    if (datelineDate.month === 12 && pageDate.month === 1) year--;
    else if (datelineDate.month === 1 && pageDate.month === 12) year++;
    full = { year, month: datelineDate.month, day: datelineDate.day };
    if (datelineDate.month !== pageDate.month || datelineDate.day !== pageDate.day) {
      warn(
        "date-disagrees",
        `the dateline says ${toIso(full)} but the page date is ${toIso({ ...pageDate, year: pageDate.year })}; the dateline wins`,
      );
    }
  } else if (datelineDate) {
    warn("date-no-year", "the dateline gives a day and month but nothing gives the year; date left null");
  } else if (pageDate?.year != null) full = { ...pageDate, year: pageDate.year };
  if (full && !isRealDate(full)) {
    warn("date-invalid", `${toIso(full)} is not a real calendar date; date left null`);
    full = null;
  }
  if (!full) {
    if (diagnostics.length === 0)
      warn("date-missing", "no date found in the dateline or page; date left null");
    return { date: null, diagnostics };
  }
  checkWeekday(full, lede, warn);
  return { date: toIso(full), diagnostics };
}

/** "… on Wednesday thanked …": the weekday the lede names should be the dateline's. */
function checkWeekday(
  date: { year: number; month: number; day: number },
  lede: string,
  warn: (code: string, message: string) => void,
): void {
  const m = /\b(?:on|On|late|early|last)\s(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(
    lede,
  );
  if (!m?.[1]) return;
  const named = weekdayIndex(m[1]);
  const actual = weekdayOf(date);
  if (named !== -1 && m[1].toLowerCase() !== actual) {
    warn(
      "date-weekday",
      `the lede says ${m[1]} but ${toIso(date)} was a ${actual.charAt(0).toUpperCase()}${actual.slice(1)}`,
    );
  }
}
