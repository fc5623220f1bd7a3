import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles, latestToday } from "../../src/check/run.js";
import { options, scratch, story, write } from "./helpers.js";

describe("checkFiles", () => {
  it("takes today as the last time zone sees it", () => {
    expect(latestToday(new Date("2025-09-03T09:59:00Z"))).toBe("2025-09-03");
    expect(latestToday(new Date("2025-09-03T10:00:00Z"))).toBe("2025-09-04");
  });

  it("runs the rules on what it can read of a record the schema rejects, without failing", async () => {
    const dir = scratch();
    const path = join(dir, "odd.json");
    const record = { ...story(), body: "one long string", quotes: null, dateline: "Beijing", source: 42 };
    writeFileSync(path, JSON.stringify(record));
    const { problems } = await checkFiles([path], options());
    const rules = new Set(problems.map((p) => p.rule));
    expect(rules.has("schema")).toBe(true);
    expect(rules.has("body-complete")).toBe(true); // a body that is not a list of paragraphs is empty to it
    expect(problems.every((p) => p.file === path && p.severity === "error")).toBe(true);
  });

  it("with quiet, runs no warning rules", async () => {
    const dir = scratch();
    const record = story();
    for (const quote of record.quotes) quote.speaker = null;
    const path = write(dir, "quotes.json", record);
    expect((await checkFiles([path], options())).problems.some((p) => p.rule === "quote-speaker")).toBe(true);
    expect((await checkFiles([path], options({ quiet: true }))).problems).toEqual([]);
  });

  it("reports a file with no records, and one that is not text", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "empty.json"), "[]\n");
    writeFileSync(join(dir, "image.json"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const { problems } = await checkFiles([join(dir, "empty.json"), join(dir, "image.json")], options());
    expect(problems.map((p) => [p.rule, p.message])).toEqual([
      ["malformed", "holds no records"],
      ["malformed", "input looks binary (it holds NUL or control bytes), not text"],
    ]);
  });
});
