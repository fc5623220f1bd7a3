import { describe, expect, it } from "vitest";
import { dispatch, runRule } from "../helpers.js";

describe("valid-date", () => {
  it("accepts a real past date that the dateline agrees with", () => {
    expect(runRule("valid-date", dispatch())).toEqual([]);
    expect(runRule("valid-date", dispatch({ date: null }))).toEqual([]);
  });

  it("rejects a day the calendar does not have", () => {
    const found = runRule(
      "valid-date",
      dispatch({ date: "2023-02-29", dateline: { text: "BUDAPEST (Reuters)", place: "Budapest" } }),
    );
    expect(found).toEqual([
      { message: "date 2023-02-29 is not a real calendar date", at: { path: ["date"] } },
    ]);
  });

  it("rejects a date after today", () => {
    const found = runRule(
      "valid-date",
      dispatch({ date: "2026-03-12", dateline: { text: "BUDAPEST (Reuters)", place: "Budapest" } }),
    );
    expect(found.map((f) => f.message)).toEqual(["date 2026-03-12 is in the future (today is 2026-01-01)"]);
  });

  it("points at the dateline's date when the two disagree", () => {
    const found = runRule("valid-date", dispatch({ date: "2024-03-13" }));
    expect(found).toEqual([
      {
        message: 'date 2024-03-13 disagrees with the dateline, which says "March 12"',
        at: { path: ["dateline", "text"], offset: 10 },
      },
    ]);
    const dated = dispatch({
      dateline: { text: "Genève, 12 mars 2023 (AFP)", place: "Genève" },
      date: "2024-03-12",
    });
    expect(runRule("valid-date", dated).map((f) => f.message)).toEqual([
      'date 2024-03-12 disagrees with the dateline, which says "12 mars 2023"',
    ]);
  });
});
