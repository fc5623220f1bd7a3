import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rightsHolder } from "../../src/debris/copyright.js";
import { DEBRIS_RULES, type DebrisRule, stripDebris } from "../../src/debris/index.js";
import { normalise } from "../../src/normalise.js";
import { fixtureCases, fixtureInput } from "../helpers/fixtures.js";
import { storyOf } from "./story-of.js";

describe("debris rules", () => {
  it("every rule has an id, a description and a linear-safe pattern shape", () => {
    for (const rule of DEBRIS_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      if (rule.scope === "inline") expect(rule.pattern.flags).toContain("g");
      // Unbounded repetition inside a repeated group is how regular expressions go exponential.
      expect(rule.pattern.source).not.toMatch(/\([^)]*[*+]\)[*+]/);
    }
  });

  it("removes image placeholders, table pipes and copyright lines, recording each by rule and line", () => {
    const { lines, removed, kept } = stripDebris(
      "![]() |\n![photo](https://x/y.jpg) |\nStory text here. |\n|\nAll rights reserved. Copyright Agence France-Presse.",
    );
    expect(lines.map((l) => l.text.trim()).filter(Boolean)).toEqual(["Story text here."]);
    expect(removed.map((r) => [r.rule, r.line])).toEqual([
      ["image-placeholder", 1],
      ["table-pipe", 1],
      ["image-placeholder", 2],
      ["table-pipe", 2],
      ["table-pipe", 3],
      ["table-pipe", 4],
      ["copyright-notice", 5],
    ]);
    expect(kept.copyright).toEqual(["All rights reserved. Copyright Agence France-Presse."]);
  });

  it("reports columns as they are in the input line", () => {
    const { removed } = stripDebris("Text ![](a) more ![](b)");
    expect(removed.map((r) => r.column)).toEqual([6, 18]);
  });

  it("leaves story text that merely looks like debris", () => {
    const story = [
      'The sign read "Left | Right" in both languages.',
      "Copyright lawyers said the ruling would be appealed, and the case could take years to resolve in court.",
      "Related talks are expected next week.",
      "Watch: the minister said the plan was sound.",
      "Comments from the minister drew criticism.",
    ];
    expect(storyOf(story.join("\n"))).toEqual(story);
  });

  it("strips end marks only once the story has begun", () => {
    expect(storyOf("The story ends here.\nEnditem")).toEqual(["The story ends here."]);
    expect(storyOf("The story ends here. Enditem")).toEqual(["The story ends here."]);
  });
});

describe("rightsHolder", () => {
  it("names the holder a notice gives", () => {
    expect(rightsHolder("All rights reserved. Copyright Agence France-Presse. Sections of…")).toBe(
      "Agence France-Presse",
    );
    expect(rightsHolder("© 2025 AFP")).toBe("AFP");
    expect(rightsHolder("Copyright 2024 Space Media Network. All rights reserved.")).toBe(
      "Space Media Network",
    );
    expect(rightsHolder("All rights reserved.")).toBeNull();
  });
});

describe("the literals a rule needs", () => {
  it("never hide a match: every fixture line a pattern matches holds one of them", () => {
    const lines = fixtureCases().flatMap((name) =>
      normalise(fixtureInput(name).toString("utf8"))
        .split("\n")
        .flatMap((line) => [line, line.trim()]),
    );
    for (const rule of DEBRIS_RULES.filter((r) => r.needs !== undefined)) {
      for (const line of lines) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(line)) continue;
        expect(
          rule.needs?.some((literal) => line.includes(literal)),
          `${rule.id} ${rule.pattern}: ${line}`,
        ).toBe(true);
      }
    }
  });

  it("are found on the page wherever they are: a literal led by a space is looked for by what follows it", () => {
    const rule = (needs?: string[]): DebrisRule => ({
      id: "photo-by",
      description: "a photo credit line",
      scope: "line",
      pattern: /^Photo by \p{Lu}\p{L}{0,20}$/u,
      ...(needs ? { needs } : {}),
    });
    const withNeeds = [rule([" by ", " b"])];
    const without = [rule()];
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("Photo", " by ", "by ", "Abby ", " ", "by", "Kim", "\n", "Photo by Kim\n", "  by"),
          {
            maxLength: 14,
          },
        ),
        (pieces) => {
          const page = pieces.join("");
          expect(stripDebris(page, withNeeds)).toEqual(stripDebris(page, without));
        },
      ),
      { numRuns: 400 },
    );
  });
});
