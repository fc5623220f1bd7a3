import { describe, expect, it } from "vitest";
import { fingerprint } from "../../../src/check/fingerprint.js";
import duplicateStory from "../../../src/check/rules/duplicate-story.js";
import type { ArchiveRule } from "../../../src/check/types.js";
import { dispatch, story } from "../helpers.js";
import { entry, finish } from "./archive.js";

const dup = duplicateStory as ArchiveRule;

describe("duplicate-story", () => {
  it("finds the same body twice, under another headline too, naming the first", () => {
    const renamed = { ...story(), headline: "Kim and Putin meet in Beijing" };
    const found = finish(dup, [
      entry("a.json", story()),
      entry("b.md", story()),
      entry("c.yaml", renamed),
      entry("d.json", dispatch()),
    ]);
    expect(found).toEqual([
      { file: "b.md", message: "the same story as a.json" },
      {
        file: "c.yaml",
        message:
          'the same story as a.json, under another headline ("Putin meets Kim, praises North Korean troops in Russia")',
      },
    ]);
  });

  it("names the record within a file that holds several", () => {
    const found = finish(dup, [
      entry("all.ndjson", dispatch(), 0),
      entry("all.ndjson", story(), 1),
      entry("b.json", story()),
    ]);
    expect(found).toEqual([{ file: "b.json", message: "the same story as all.ndjson (record 2)" }]);
  });

  it("counts white space differences as the same text", () => {
    const spaced = story();
    spaced.body[0] = `${spaced.body[0]}  `.replace(" on ", "  on ");
    expect(fingerprint(spaced)?.body).toBe(fingerprint(story())?.body);
  });
});
