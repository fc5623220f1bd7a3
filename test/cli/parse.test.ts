import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { run } from "../helpers/cli.js";
import { FIXTURES, REFERENCE } from "../helpers/fixtures.js";
import { scratchDir } from "../helpers/scratch.js";

const reference = join(FIXTURES, REFERENCE, "input.txt");
const scratch = () => scratchDir("cli");

describe("dispatch parse", () => {
  it("prints the reference as JSON on stdout, nothing on stderr", async () => {
    const { code, stdout, stderr } = await run(["parse", reference]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const record = JSON.parse(stdout);
    expect(record.headline).toBe("Putin meets Kim, praises North Korean troops in Russia");
    expect(record.origin.path).toBe(reference);
  });

  it("reads standard input and writes YAML", async () => {
    const { code, stdout } = await run(["parse", "--format", "yaml"], { stdin: readFileSync(reference) });
    expect(code).toBe(0);
    const record = parseYaml(stdout);
    expect(record.dateline).toEqual({ text: "Beijing, Sept 3 (AFP)", place: "Beijing" });
    expect(record.origin.path).toBeNull();
  });

  it("is compact when piped, indented on a terminal or with --pretty", async () => {
    expect((await run(["parse", reference])).stdout.trim().split("\n")).toHaveLength(1);
    expect((await run(["parse", reference], { stdoutTTY: true })).stdout.split("\n").length).toBeGreaterThan(
      20,
    );
    expect((await run(["parse", "--pretty", reference])).stdout.split("\n").length).toBeGreaterThan(20);
  });

  it("writes several inputs to one file, the format taken from its extension", async () => {
    const dir = scratch();
    const other = join(dir, "b.txt");
    writeFileSync(
      other,
      "Talks resume\nGENEVA (Reuters) - Negotiators met again on Monday, officials said.\n",
    );
    const out = join(dir, "out.md");
    const { code, stdout } = await run(["parse", reference, other, "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const md = readFileSync(out, "utf8");
    expect(md.startsWith("---\n")).toBe(true);
    expect(md).toContain("# Putin meets Kim, praises North Korean troops in Russia");
    expect(md).toContain("# Talks resume");
  });

  it("reads its own outputs back to the same records", async () => {
    const dir = scratch();
    const first = JSON.parse((await run(["parse", reference])).stdout);
    for (const format of ["json", "ndjson", "yaml", "md"]) {
      const file = join(dir, `story.${format}`);
      expect((await run(["parse", reference, "-o", file])).code).toBe(0);
      const back = await run(["parse", file, "--format", "json"]);
      expect(back.code, back.stderr).toBe(0);
      expect(JSON.parse(back.stdout), format).toEqual(first);
    }
  });

  it("adds the debris audit with --keep-removed", async () => {
    const record = JSON.parse((await run(["parse", "--keep-removed", reference])).stdout);
    expect(record.removed.map((r: { rule: string }) => r.rule)).toContain("copyright-notice");
    expect(JSON.parse((await run(["parse", reference])).stdout).removed).toBeUndefined();
  });

  it("warns, without failing, when a story has no dateline or headline", async () => {
    const { code, stdout, stderr } = await run(["parse", "-"], {
      stdin: "Just one paragraph of text with no header at all.",
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).dateline).toBeNull();
    expect(stderr).toMatch(/^<stdin>: warning: no dateline found.*\[no-dateline\]$/m);
    expect((await run(["parse", "-q", "-"], { stdin: "Just one paragraph." })).stderr).toBe("");
  });

  it("names the file and exits 1 for missing, folder, empty and binary inputs, still doing the rest", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const inputs = [join(dir, "missing.txt"), dir, join(dir, "empty.txt"), join(dir, "image.png"), reference];
    const { code, stdout, stderr } = await run(["parse", ...inputs]);
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toEqual([
      `${inputs[0]}: error: no such file or folder`,
      `${dir}: error: is a folder, not a file`,
      `${inputs[2]}: error: input is empty (no text to parse)`,
      `${inputs[3]}: error: input looks binary (it holds NUL or control bytes), not text`,
    ]);
    expect(JSON.parse(stdout).headline).toMatch(/^Putin meets Kim/);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("writes nothing to -o when no input could be read", async () => {
    const dir = scratch();
    const out = join(dir, "out.json");
    const { code } = await run(["parse", join(dir, "missing.txt"), "-o", out]);
    expect(code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses inputs over --max-bytes", async () => {
    const { code, stderr } = await run(["parse", "--max-bytes", "1KB", reference]);
    expect(code).toBe(1);
    expect(stderr).toContain("over the limit of 1.0 KB");
  });

  it("exits 2 on usage errors: unknown flag, bad format, no input on a terminal", async () => {
    expect((await run(["parse", "--nope", reference])).code).toBe(2);
    const bad = await run(["parse", "--format", "docx", reference]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format "docx"');
    const tty = await run(["parse"], { stdinTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain("no input");
    expect((await run(["frobnicate"])).code).toBe(2);
  });

  it("prints help and version with exit 0", async () => {
    const help = await run(["parse", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--keep-removed");
    expect((await run(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("colours messages only when asked or on a terminal, honouring NO_COLOR", async () => {
    const input = { stdin: "Just one paragraph of text." };
    expect((await run(["parse", "-"], { ...input, stderrTTY: true })).stderr).toContain("\u001b[");
    expect(
      (await run(["parse", "-"], { ...input, stderrTTY: true, env: { NO_COLOR: "1" } })).stderr,
    ).not.toContain("\u001b[");
    expect((await run(["parse", "-"], { ...input, env: { FORCE_COLOR: "1" } })).stderr).toContain("\u001b[");
    expect(
      (await run(["parse", "--no-color", "-"], { ...input, env: { FORCE_COLOR: "1" } })).stderr,
    ).not.toContain("\u001b[");
    expect(
      (await run(["parse", "-"], { ...input, stderrTTY: true, env: { TERM: "dumb" } })).stderr,
    ).not.toContain("\u001b[");
  });
});

describe("dispatch schema", () => {
  it("prints the JSON Schema", async () => {
    const { code, stdout } = await run(["schema"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});
