import { describe, expect, it } from "vitest";
import { dispatch, runRule } from "../helpers.js";

const pattern = "{date}-{agency}-{slug}";

describe("filename-pattern", () => {
  it("accepts a name built from the record's own date and agency", () => {
    expect(
      runRule("filename-pattern", dispatch(), { pattern }, "archive/2024-03-12-reuters-danube-floods.json"),
    ).toEqual([]);
    expect(runRule("filename-pattern", dispatch(), { pattern: "{year}-{*}" }, "x/2024-anything.md")).toEqual(
      [],
    );
  });

  it("says what name it expected", () => {
    const found = runRule(
      "filename-pattern",
      dispatch(),
      { pattern },
      "archive/2024-03-13-reuters-danube-floods.json",
    );
    expect(found).toEqual([
      {
        message:
          'file name "2024-03-13-reuters-danube-floods.json" does not follow the pattern "{date}-{agency}-{slug}" (expected 2024-03-12-reuters-<slug>)',
      },
    ]);
  });

  it("wants a slug of lower-case words joined by single hyphens", () => {
    for (const name of [
      "2024-03-12-reuters-Danube.json",
      "2024-03-12-reuters-danube--floods.json",
      "2024-03-12-reuters-.json",
    ])
      expect(runRule("filename-pattern", dispatch(), { pattern }, name), name).toHaveLength(1);
  });
});
