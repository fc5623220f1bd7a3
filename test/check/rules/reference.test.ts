import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/check/rules/index.js";
import { dispatch, runRule, story } from "../helpers.js";

describe("the record rules on clean stories", () => {
  for (const rule of RULES.filter((r) => r.scope === "record" && r.severity !== "off")) {
    it(`${rule.id} accepts the reference story and a short clean dispatch`, () => {
      expect(runRule(rule.id, story())).toEqual([]);
      expect(runRule(rule.id, dispatch())).toEqual([]);
    });
  }

  it("every rule has an id, a description, a default severity and an options schema", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(["error", "warning", "off"]).toContain(rule.severity);
      expect(rule.optionsSchema).toMatchObject({ type: "object", additionalProperties: false });
    }
  });
});
