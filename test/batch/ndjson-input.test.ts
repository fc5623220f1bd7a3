import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse as parseYaml } from "yaml";
import { run } from "../helpers/cli.js";
import { scratch, story } from "./stories.js";

const line = (path: string | null, text: string) =>
  `${JSON.stringify(path === null ? { text } : { path, text })}\n`;

describe("dispatch parse --input-format ndjson", () => {
  it("turns one {path, text} line into one record line, in order", async () => {
    const input = [0, 1, 2].map((i) => line(`wire/${i}.txt`, story(i))).join("");
    const { code, stdout, stderr } = await run(["parse", "--input-format", "ndjson"], { stdin: input });
    expect(code, stderr).toBe(0);
    const records = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => r.origin.path)).toEqual(["wire/0.txt", "wire/1.txt", "wire/2.txt"]);
    expect(records[1].headline).toBe("Talks on water rights resume, round 1");
  });

  it("reports a bad line by its number and goes on; exit 1", async () => {
    const input = `${line("a.txt", story(1))}{not json\n${JSON.stringify({ path: "x" })}\n${line(null, "")}\n${line("b.txt", story(2))}`;
    const { code, stdout, stderr } = await run(["parse", "--input-format", "ndjson", "-q"], { stdin: input });
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toHaveLength(2);
    expect(stderr).toContain("<stdin>:2: error: not valid JSON");
    expect(stderr).toContain('<stdin>:3: error: no "text" string on this line');
    expect(stderr).toContain("<stdin>:4: error: input is empty");
  });

  it("reads files too, and streams YAML or Markdown that read back as the same records", async () => {
    const dir = scratch();
    const file = join(dir, "lines.ndjson");
    writeFileSync(file, [1, 2].map((i) => line(`${i}.txt`, story(i))).join(""));
    const json = await run(["parse", "--input-format", "ndjson", file]);
    const yaml = await run(["parse", "--input-format", "ndjson", file, "--format", "yaml"]);
    expect(parseAllDocuments(yaml.stdout).map((doc) => doc.toJS().headline)).toEqual([
      "Talks on water rights resume, round 1",
      "Talks on water rights resume, round 2",
    ]);
    const md = join(dir, "out.md");
    expect((await run(["parse", "--input-format", "ndjson", file, "-o", md])).code).toBe(0);
    const back = await run(["parse", md, "--format", "ndjson"]);
    expect(back.stdout).toBe(json.stdout.replaceAll('"origin":{"path":"1.txt"', '"origin":{"path":"1.txt"'));
    expect(parseYaml(readFileSync(md, "utf8").split("\n---\n")[0]?.slice(4) ?? "").headline).toBe(
      "Talks on water rights resume, round 1",
    );
  });
});
