import { describe, expect, it } from "vitest";
import { dispatch, runRule } from "../helpers.js";

describe("known-agency", () => {
  it("rejects an agency the registry does not know, with a hint for a miscased one", () => {
    expect(runRule("known-agency", dispatch({ source: { code: "REUTERS", name: "Reuters" } }))).toEqual([
      {
        message: 'source "REUTERS" is not a known agency (did you mean "Reuters"?)',
        at: { path: ["source", "code"] },
      },
    ]);
    const local = dispatch({
      source: { code: "NHK", name: "NHK" },
      dateline: { text: "TOKYO", place: "Tokyo" },
    });
    expect(runRule("known-agency", local)).toHaveLength(1);
    expect(runRule("known-agency", local, { extra: ["NHK"] })).toEqual([]);
  });

  it("wants the registry's name for the code", () => {
    const found = runRule("known-agency", dispatch({ source: { code: "Reuters", name: "Reuters News" } }));
    expect(found.map((f) => f.message)).toEqual([
      'source Reuters is named "Reuters News"; the registry calls it "Reuters"',
    ]);
  });

  it("wants the agency the dateline names", () => {
    const found = runRule(
      "known-agency",
      dispatch({ source: { code: "AFP", name: "Agence France-Presse" } }),
    );
    expect(found).toEqual([
      { message: "the dateline names Reuters but the source is AFP", at: { path: ["dateline", "text"] } },
    ]);
  });
});
