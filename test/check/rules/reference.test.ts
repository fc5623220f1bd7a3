import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/check/rules/index.js";
import { fixtureCases, parseFixture } from "../../helpers/fixtures.js";
import { dispatch, runRule, story } from "../helpers.js";

describe("the record rules on clean stories", () => {
  for (const rule of RULES.filter((r) => r.scope === "record" && r.severity !== "off")) {
    it(`${rule.id} accepts the reference story and a short clean dispatch`, () => {
      expect(runRule(rule.id, story())).toEqual([]);
      expect(runRule(rule.id, dispatch())).toEqual([]);
    });
  }

  // What the parser writes must pass the rules that check its consistency, whatever the story lacks.
  it("schema, quote-in-body and no-debris accept every record the parser makes of the fixtures", () => {
    const problems: string[] = [];
    for (const name of fixtureCases()) {
      for (const record of parseFixture(name, false)) {
        for (const id of ["schema", "quote-in-body", "no-debris"]) {
          for (const found of runRule(id, record)) problems.push(`${name}: ${id}: ${found.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

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
