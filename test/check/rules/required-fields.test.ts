import { describe, expect, it } from "vitest";
import { dispatch, runRule } from "../helpers.js";

describe("required-fields", () => {
  it("reports null, empty and missing fields of the default list", () => {
    const record = dispatch({ headline: null, dateline: null, body: [] });
    delete (record as Partial<typeof record>).source;
    expect(runRule("required-fields", record)).toEqual([
      { message: "headline is null", at: { path: ["headline"] } },
      { message: "dateline is null", at: { path: ["dateline"] } },
      { message: "source is missing", at: { path: ["source"] } },
      { message: "body is empty", at: { path: ["body"] } },
    ]);
  });

  it("takes its list from the options, nested fields included", () => {
    const record = dispatch({ byline: null, dateline: { text: "BUDAPEST (Reuters)", place: null } });
    expect(
      runRule("required-fields", record, { fields: ["byline", "dateline.place"] }).map((f) => f.message),
    ).toEqual(["byline is null", "dateline.place is null"]);
    expect(runRule("required-fields", dispatch({ headline: "  " }), { fields: ["headline"] })).toHaveLength(
      1,
    );
  });
});
