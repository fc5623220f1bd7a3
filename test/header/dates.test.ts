import { describe, expect, it } from "vitest";
import { isRealDate, readDate, toIso, weekdayOf } from "../../src/header/dates.js";
import { resolveDate } from "../../src/header/when.js";

describe("readDate", () => {
  it("reads month and weekday words as a caseless pattern would, word by word", () => {
    // The month word ends where a pattern's \b would end it: a letter beyond ASCII is no word character.
    expect(readDate("3 janvierà")).toEqual({ date: { year: null, month: 1, day: 3 }, length: 9 });
    expect(readDate("3 Septx")).toBeNull();
    expect(readDate("5 de mayo de 2024")).toEqual({ date: { year: 2024, month: 5, day: 5 }, length: 17 });
    expect(readDate("Mi., 3. Sept")).toEqual({ date: { year: null, month: 9, day: 3 }, length: 12 });
    // Weekdays fold case as under the u flag (the long s is an s); months as without it (it is not, nor is
    // the Kelvin sign a k).
    expect(readDate("ſunday, Sept. 3")).toEqual({ date: { year: null, month: 9, day: 3 }, length: 15 });
    expect(readDate("Sunday, ſept. 3")).toBeNull();
    expect(readDate("O\u212at. 3, 2025")).toBeNull();
  });

  it.each([
    ["Sept 3", null, 9, 3],
    ["Sept. 3", null, 9, 3],
    ["Sep 03, 2025", 2025, 9, 3],
    ["September 3, 2025", 2025, 9, 3],
    ["3 September 2025", 2025, 9, 3],
    ["3 sept 2025", 2025, 9, 3],
    ["3. März 2025", 2025, 3, 3],
    ["3 de septiembre de 2025", 2025, 9, 3],
    ["2025-09-03", 2025, 9, 3],
    ["2025-09-03T08:15:00+02:00", 2025, 9, 3],
    ["25/12/2024", 2024, 12, 25],
    ["12/25/2024", 2024, 12, 25],
  ])("reads %s", (text, year, month, day) => {
    expect(readDate(text)?.date).toEqual({ year, month, day });
  });

  it("never guesses an ambiguous or impossible date", () => {
    expect(readDate("09/03/2025")).toBeNull();
    expect(readDate("Feb 30, 2025")).toBeNull();
    expect(readDate("last year")).toBeNull();
  });

  it("knows real calendar dates and weekdays", () => {
    expect(isRealDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 2025, month: 2, day: 29 })).toBe(false);
    expect(weekdayOf({ year: 2025, month: 9, day: 3 })).toBe("wednesday");
    expect(toIso({ year: 2025, month: 9, day: 3 })).toBe("2025-09-03");
  });
});

describe("resolveDate", () => {
  it("takes the year from the page date", () => {
    expect(resolveDate({ year: null, month: 9, day: 3 }, { year: 2025, month: 9, day: 3 }, "", 1)).toEqual({
      date: "2025-09-03",
      diagnostics: [],
    });
  });

  it("puts a Dec 31 dateline on a Jan 1 page in the year before", () => {
    expect(
      resolveDate({ year: null, month: 12, day: 31 }, { year: 2025, month: 1, day: 1 }, "", 1).date,
    ).toBe("2024-12-31");
  });

  it("leaves the date null with a warning when no year is known", () => {
    const found = resolveDate({ year: null, month: 9, day: 3 }, null, "", 4);
    expect(found.date).toBeNull();
    expect(found.diagnostics.map((d) => d.code)).toEqual(["date-no-year"]);
  });

  it("warns when the lede's weekday disagrees with the date", () => {
    const ok = resolveDate({ year: 2025, month: 9, day: 3 }, null, "Putin on Wednesday thanked Kim", 1);
    expect(ok.diagnostics).toEqual([]);
    const off = resolveDate({ year: 2025, month: 9, day: 3 }, null, "Putin on Friday thanked Kim", 1);
    expect(off.diagnostics.map((d) => d.code)).toEqual(["date-weekday"]);
  });
});
