import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles } from "../../src/check/run.js";
import type { Problem } from "../../src/check/types.js";
import type { Dispatch } from "../../src/record.js";
import { options, scratch, story, write } from "./helpers.js";

/** The reference story with a bad date and a table pipe left at the end of its third paragraph. */
function flawed(): Dispatch {
  const record = story();
  record.date = "2025-02-30";
  record.body[2] = `${record.body[2]} |`;
  return record;
}

/** 1-based line and column of the first occurrence of `needle` in the file (after `after`, if given). */
function positionOf(path: string, needle: string, after?: string): { line: number; column: number } {
  const text = readFileSync(path, "utf8");
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset === -1) throw new Error(`${needle} not in ${path}`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

const pick = (problems: Problem[], rule: string) => {
  const problem = problems.find((p) => p.rule === rule);
  return problem ? { line: problem.line, column: problem.column } : undefined;
};

describe("problems point at their line and column", () => {
  const pipe = `${story().body[2]} |`.length - 1;

  for (const name of ["story.json", "story.yaml", "story.md", "story.ndjson"]) {
    it(`in ${name.split(".")[1]}`, async () => {
      const dir = scratch();
      const records = name.endsWith(".ndjson") ? [story(), flawed()] : [flawed()];
      const path = write(dir, name, records);
      const { problems } = await checkFiles([path], options());
      const date = positionOf(path, "2025-02-30");
      // The value itself: after its opening quote if the format quotes it.
      const quoted = readFileSync(path, "utf8").includes('"2025-02-30"');
      expect(pick(problems, "valid-date")).toEqual({
        line: date.line,
        column: date.column - (quoted ? 1 : 0),
      });
      // In NDJSON the flawed record is the second line; the first holds the same paragraph.
      const paragraph = positionOf(path, (story().body[2] as string).slice(0, 30), "2025-02-30");
      expect(pick(problems, "no-debris")).toEqual({ line: paragraph.line, column: paragraph.column + pipe });
    });
  }

  it("in Markdown, below the dateline that leads the first paragraph", async () => {
    const record = story();
    record.body[0] = `![](https://img.test/a.jpg) ${record.body[0]}`;
    const path = write(scratch(), "lead.md", record);
    const { problems } = await checkFiles([path], options());
    expect(pick(problems, "no-debris")).toEqual(positionOf(path, "![]("));
  });

  it("in JSON, counting an escape as the one character it stands for", async () => {
    const record = story();
    record.body[1] = `"Quoted" \u00e9t\u00e9 ${record.body[1]} |`;
    const dir = scratch();
    const path = join(dir, "escaped.json");
    writeFileSync(path, JSON.stringify(record, null, 2).replace("été", "\\u00e9t\\u00e9"));
    const { problems } = await checkFiles([path], options());
    const line = readFileSync(path, "utf8").split("\n");
    const at = pick(problems, "no-debris");
    expect(line[(at?.line as number) - 1]?.[(at?.column as number) - 1]).toBe("|");
  });

  it("for a field that is missing, at the record that lacks it", async () => {
    const record = story() as unknown as Record<string, unknown>;
    delete record.headline;
    const path = write(scratch(), "several.json", [story(), record as unknown as Dispatch]);
    const { problems } = await checkFiles([path], options());
    const second = positionOf(path, "{", '"diagnostics"');
    expect(problems.filter((p) => p.rule === "schema").map((p) => p.line)).toEqual([second.line]);
  });

  it("for a file that does not read, at the syntax error", async () => {
    const dir = scratch();
    const path = join(dir, "broken.json");
    writeFileSync(path, '{\n  "schemaVersion": "1.0",\n  "id": oops\n}\n');
    const { problems } = await checkFiles([path], options());
    expect(problems).toEqual([
      {
        file: path,
        rule: "malformed",
        severity: "error",
        message: 'not valid JSON: unexpected "o"',
        line: 3,
        column: 9,
      },
    ]);
  });

  it("in a raw scrape, at the text the record came from", async () => {
    const dir = scratch();
    const path = join(dir, "scrape.txt");
    writeFileSync(
      path,
      "Port shut\nBUDAPEST, March 12 (Reuters) - Hungary closed its port on Tuesday as the river rose\n",
    );
    const { problems } = await checkFiles([path], options({ raw: true }));
    expect(problems.find((p) => p.rule === "body-complete")).toMatchObject({ line: 2 });
  });

  it("in a raw scrape, a quote's missing speaker at the quote", async () => {
    const dir = scratch();
    const path = join(dir, "quote.txt");
    writeFileSync(
      path,
      'Port shut\nBUDAPEST, March 12 (Reuters) - Hungary closed its largest Danube port on Tuesday.\n\n"We have never seen the river this high in March."\n',
    );
    const { problems } = await checkFiles([path], options({ raw: true }));
    expect(problems.find((p) => p.rule === "quote-speaker")).toMatchObject({ line: 4, column: 2 });
  });
});
