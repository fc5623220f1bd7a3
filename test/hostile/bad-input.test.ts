import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFiles } from "../../src/cli/io.js";
import { readRecords, serialise } from "../../src/formats/index.js";
import { run } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";
import { BAD_INPUTS, type BadInput } from "./bad-inputs.js";

function permissionDenied(): typeof nodeFiles {
  return {
    ...nodeFiles,
    readFile: async (path) => {
      throw Object.assign(new Error(`EACCES: open '${path}'`), { code: "EACCES" });
    },
  };
}

async function attempt(bad: BadInput) {
  const dir = scratchDir("bad");
  const file = join(dir, "input.txt");
  if (bad.bytes) writeFileSync(file, bad.bytes());
  const argv = (bad.argv ?? ["parse", "{dir}/input.txt"]).map((arg) => arg.replace("{dir}", dir));
  const named = argv.slice(1).find((arg) => arg.startsWith(dir)) ?? "<stdin>";
  const files = bad.files ? permissionDenied() : undefined;
  return { named, ...(await run(argv, { stdin: bad.stdin, files })) };
}

describe("every bad input tried, and what the user sees", () => {
  for (const bad of BAD_INPUTS) {
    it(bad.input, async () => {
      const { code, stdout, stderr, named } = await attempt(bad);
      expect(code, stderr).toBe(bad.code);
      expect(stderr).not.toMatch(/\n\s+at /); // never a stack trace
      if (bad.error) {
        const lines = stderr.trimEnd().split("\n");
        expect(lines).toHaveLength(1);
        expect(lines[0]?.startsWith(`${named}: error: `), lines[0]).toBe(true);
        expect(lines[0]?.slice(`${named}: error: `.length)).toMatch(bad.error);
        expect(stdout).toBe("");
        return;
      }
      expect(stderr).not.toMatch(/: error: /);
      if (bad.notes) expect(stderr).toMatch(bad.notes);
      const record = JSON.parse(stdout);
      bad.check?.(record);
      for (const format of bad.formats ?? (["json", "ndjson", "yaml", "md"] as const)) {
        expect(readRecords(serialise([record], format, { pretty: true })), format).toEqual([record]);
      }
    });
  }
});

describe("the README's table of bad inputs", () => {
  it("lists every case above, in order, as the test runs it", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.split("### What happens with bad input")[1]?.split("\n## ")[0] ?? "";
    const rows = section
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| input") && !line.startsWith("| ---"))
      .map((line) =>
        line
          .slice(2, -2)
          .split(" | ")
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(BAD_INPUTS.map((bad) => [bad.input, bad.outcome]));
  });
});
