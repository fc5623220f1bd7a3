/**
 * Output safety: whatever syntax the input's text holds, it comes out as text (never as YAML, Markdown or
 * HTML structure) and reads back unchanged; and nothing in the input can choose where a file is written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readRecords, serialise } from "../../src/formats/index.js";
import { parseDispatch } from "../../src/parse.js";
import { run } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

/** Headlines and quotations full of what YAML, Markdown and HTML would take for structure. */
const SYNTAX = [
  "Markets fall --- Breaking: stocks slide",
  "Key: value # not a comment",
  "# Not a heading | not a table",
  "> Not a quote, `not code`",
  "<script>alert('x')</script> and <b>bold</b>",
  "--- \n... `x` *y* _z_ [link](http://x) ~~struck~~",
  "- a list? | a: b | c",
  "&anchor *alias !tag %YAML {flow: map} [flow, seq]",
  "Vote is yes | no | null | ~ | 1:20 or true",
];

describe("headlines and quotes holding YAML, Markdown or HTML round-trip unchanged", () => {
  for (const syntax of SYNTAX) {
    it(JSON.stringify(syntax), () => {
      const headline = syntax.replace(/\s*\n\s*/g, " ").replace(/^[\s|:–—-]+|[\s|:–—-]+$/g, "");
      const quoted = syntax.replace(/\s*\n\s*/g, " ").replace(/"/g, "'");
      const input = `${headline}\nGENEVA (Reuters) - Officials met on Monday. "${quoted}," the minister said.\n`;
      const [record] = parseDispatch(input).records;
      expect(record?.headline).toBe(headline);
      expect(record?.quotes.map((quote) => quote.text)).toContain(quoted.replace(/,$/, ""));
      for (const format of ["json", "ndjson", "yaml", "md"] as const) {
        const text = serialise([record as never], format, { pretty: true });
        expect(readRecords(text), format).toEqual([record]);
      }
      // A YAML reader that knows nothing of this tool sees the same strings.
      expect(parseYaml(serialise([record as never], "yaml")).headline).toBe(headline);
    });
  }
});

describe("nothing from the input chooses a file name", () => {
  it("writes only the -o file, whatever paths and names the text holds", async () => {
    const dir = scratchDir("safety");
    const names = [
      "../escaped.json",
      "/tmp/escaped-absolute.json",
      "out.md",
      "$(touch pwned)",
      "`touch pwned`",
    ];
    const input = join(dir, "input.txt");
    writeFileSync(
      input,
      `${names.join(" ")}\nGENEVA (Reuters) - ${names.map((name) => `"${name}," he said.`).join(" ")}\n`,
    );
    const before = readdirSync(dirname(dir));
    const cwdBefore = readdirSync(process.cwd());
    for (const format of ["json", "yaml", "md", "ndjson", "ninjs"]) {
      const out = join(dir, `result.${format}`);
      const { code, stderr } = await run(["parse", input, "--format", format, "-o", out]);
      expect(code, stderr).toBe(0);
      expect(readFileSync(out, "utf8")).toContain("escaped");
    }
    expect(readdirSync(dir).sort()).toEqual([
      "input.txt",
      "result.json",
      "result.md",
      "result.ndjson",
      "result.ninjs",
      "result.yaml",
    ]);
    expect(
      readdirSync(dirname(dir)).filter((name) => !before.includes(name) && !name.startsWith("dispatch-")),
    ).toEqual([]);
    expect(readdirSync(process.cwd())).toEqual(cwdBefore);
    expect(existsSync("/tmp/escaped-absolute.json")).toBe(false);
    expect(existsSync(join(dirname(dir), "escaped.json"))).toBe(false);
  });
});
