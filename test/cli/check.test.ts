import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { cli, dispatch, scratch, story, write } from "../check/helpers.js";
import { FIXTURES, REFERENCE } from "../helpers/fixtures.js";

/** An archive folder: two clean stories, in JSON and Markdown. */
function archive(): string {
  const root = scratch();
  mkdirSync(join(root, "archive", "2025"), { recursive: true });
  write(join(root, "archive", "2025"), "putin-kim.json", story());
  write(join(root, "archive"), "danube.md", dispatch());
  return root;
}

describe("dispatch check", () => {
  it("exits 0 on a clean archive, saying how many files it checked", async () => {
    const root = archive();
    const { code, stdout, stderr } = await cli(["check", "archive"], { cwd: root });
    expect(stderr).toBe("");
    expect(stdout).toBe("✔ 2 files checked: no problems\n");
    expect(code).toBe(0);
  });

  it("exits 1 with the problems under their files, errors and warnings counted", async () => {
    const root = archive();
    const bad = dispatch({ date: "2024-02-30", source: { code: "XYZ", name: "Unknown" } });
    bad.quotes = [
      {
        ...story().quotes[2],
        speaker: null,
        paragraph: 0,
        endParagraph: 0,
        start: 0,
        end: 6,
        text: "Hungar",
      } as never,
    ];
    write(join(root, "archive"), "bad.json", bad);
    const { code, stdout } = await cli(["check", "archive"], { cwd: root });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^archive\/bad\.json\n {2}\d+:\d+ +error +/m);
    expect(stdout).toMatch(/^ {2}\d+:\d+ +error +date 2024-02-30 is not a real calendar date +valid-date$/m);
    expect(stdout).toMatch(/error +source "XYZ" is not a known agency.* +known-agency$/m);
    expect(stdout).toMatch(/warning +direct quote 1 "Hungar" has no speaker +quote-speaker$/m);
    // bad.json copies danube.md's body: the later file in the listing is the copy.
    expect(stdout).toMatch(
      /^archive\/danube\.md\n {2}\d+:\d+ +error +the same story as archive\/bad\.json +duplicate-story$/m,
    );
    expect(stdout).toMatch(/^✖ 4 problems \(3 errors, 1 warning\) in 2 of 3 files$/m);
  });

  it("takes quoted glob patterns, and says when one matches nothing (exit 2)", async () => {
    const root = archive();
    const json = await cli(["check", "archive/**/*.{json,yaml}", "--reporter", "json"], { cwd: root });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).summary.files).toBe(1);
    const none = await cli(["check", "archive/**/*.yaml"], { cwd: root });
    expect(none).toMatchObject({ code: 2, stdout: "" });
    expect(none.stderr).toBe('dispatch check: no files match "archive/**/*.yaml"\n');
    const twice = await cli(
      ["check", "archive", "archive/2025/../2025/putin-kim.json", "--reporter", "json"],
      { cwd: root },
    );
    expect(JSON.parse(twice.stdout).summary).toMatchObject({ files: 2, errors: 0 });
    const missing = await cli(["check", "nowhere"], { cwd: root });
    expect(missing.stderr).toBe("dispatch check: nowhere: no such file or folder\n");
    expect(missing.code).toBe(2);
  });

  it("reports duplicates across the archive", async () => {
    const root = archive();
    write(join(root, "archive"), "again.yaml", { ...story(), headline: "Putin thanks Kim" });
    const { code, stdout } = await cli(["check", "archive", "--reporter", "github"], { cwd: root });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^::error file=archive\/again\.yaml,line=\d+,col=\d+,title=duplicate-story::the same story as archive\/2025\/putin-kim\.json, under another headline \("Putin meets Kim/m,
    );
  });

  it("marks a file that does not read as malformed, and carries on", async () => {
    const root = archive();
    writeFileSync(join(root, "archive", "broken.yaml"), "schemaVersion: '1.0'\nheadline: [unclosed\n");
    writeFileSync(join(root, "archive", "notes.md"), "# Notes\n\nNot a record.\n");
    const { code, stdout } = await cli(["check", "archive", "--reporter", "json"], { cwd: root });
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual(["archive/broken.yaml", "archive/notes.md"]);
    expect(files[0].problems[0]).toMatchObject({ rule: "malformed", line: 3 });
    expect(files[1].problems[0]).toMatchObject({
      rule: "malformed",
      message: expect.stringContaining('expected "---"'),
    });
  });

  it("fails on warnings only past --max-warnings, and --quiet leaves them out", async () => {
    const root = scratch();
    const record = story();
    for (const quote of record.quotes) if (quote.kind === "direct") quote.speaker = null;
    write(root, "quotes.json", record);
    const plain = await cli(["check", "quotes.json"], { cwd: root });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/warning +direct quote/);
    const strict = await cli(["check", "quotes.json", "--max-warnings", "0"], { cwd: root });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^dispatch check: \d+ warnings, more than --max-warnings allows \(0\)\n$/);
    const quiet = await cli(["check", "quotes.json", "--quiet", "--max-warnings", "0"], { cwd: root });
    expect(quiet).toMatchObject({ code: 0, stdout: "✔ 1 file checked: no problems\n" });
    expect((await cli(["check", "quotes.json", "--max-warnings", "lots"], { cwd: root })).code).toBe(2);
  });

  it("checks raw scrapes with --raw: complete records pass, incomplete ones fail", async () => {
    const root = scratch();
    const reference = join(FIXTURES, REFERENCE, "input.txt");
    expect((await cli(["check", "--raw", reference], { cwd: root })).code).toBe(0);
    writeFileSync(
      join(root, "teaser.txt"),
      "Port shut\nHungary closed its port on Tuesday as the river rose...\n",
    );
    const { code, stdout } = await cli(["check", "--raw", ".", "--reporter", "json"], { cwd: root });
    expect(code).toBe(1);
    const rules = JSON.parse(stdout).files[0].problems.map((p: { rule: string }) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(["required-fields", "body-complete"]));
  });

  it("reads the config found upward, or the one given, and refuses a bad one (exit 2)", async () => {
    const root = archive();
    writeFileSync(
      join(root, ".dispatchrc.yaml"),
      "rules:\n  filename-pattern: [error, { pattern: '{agency}-{slug}' }]\n",
    );
    const found = await cli(["check", "."], { cwd: join(root, "archive") });
    expect(found.code).toBe(1);
    expect(found.stdout).toMatch(
      /file name "danube\.md" does not follow the pattern "\{agency\}-\{slug\}" \(expected reuters-<slug>\)/,
    );
    writeFileSync(join(root, "lenient.json"), JSON.stringify({ rules: { "filename-pattern": "off" } }));
    expect(
      (await cli(["check", ".", "--config", "../lenient.json"], { cwd: join(root, "archive") })).code,
    ).toBe(0);
    writeFileSync(join(root, ".dispatchrc.yaml"), "rules:\n  no-debri: error\n");
    const bad = await cli(["check", "archive"], { cwd: root });
    expect(bad).toMatchObject({ code: 2, stdout: "" });
    expect(bad.stderr).toBe(
      'dispatch check: .dispatchrc.yaml: rules.no-debri: unknown rule "no-debri" (did you mean "no-debris"?)\n',
    );
  });

  it("prints the config in effect as YAML a config file could hold, and lists the rules", async () => {
    const root = scratch();
    writeFileSync(
      join(root, "package.json"),
      JSON.stringify({ dispatch: { rules: { "quote-speaker": "error" } } }),
    );
    const { code, stdout } = await cli(["check", "--print-config"], { cwd: root });
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("# in effect: package.json#dispatch");
    const below = await cli(["check", "--print-config"], { cwd: join(root, "archive") });
    expect(below.stdout.split("\n")[0]).toBe("# in effect: ../package.json#dispatch");
    const printed = parseYaml(stdout);
    expect(printed.rules["quote-speaker"]).toBe("error");
    expect(printed.rules["required-fields"]).toEqual([
      "error",
      { fields: ["headline", "dateline", "source", "date", "body"] },
    ]);
    const rules = await cli(["check", "--list-rules"]);
    expect(rules.stdout).toMatch(/^near-duplicate-story +warning +no story is a near copy/m);
    expect(rules.stdout).toMatch(/^filename-pattern +off +/m);
  });

  it("says what to do when given nothing, or an unknown reporter (exit 2)", async () => {
    const nothing = await cli(["check"]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^dispatch check: nothing to check\. Give files, folders or quoted globs/);
    const reporter = await cli(["check", ".", "--reporter", "tap"]);
    expect(reporter.stderr).toBe(
      'dispatch check: unknown reporter "tap" (choose from stylish, json, github, junit)\n',
    );
    expect(reporter.code).toBe(2);
  });

  it("colours on a terminal, or with FORCE_COLOR, never with NO_COLOR", async () => {
    const root = scratch();
    write(root, "bad.json", dispatch({ date: "2024-02-30" }));
    const hasColour = (text: string) => text.includes("\u001b[");
    expect(hasColour((await cli(["check", "bad.json"], { cwd: root })).stdout)).toBe(false);
    expect(hasColour((await cli(["check", "bad.json"], { cwd: root, tty: true })).stdout)).toBe(true);
    expect(
      hasColour((await cli(["check", "bad.json"], { cwd: root, env: { FORCE_COLOR: "1" } })).stdout),
    ).toBe(true);
    expect(
      hasColour((await cli(["check", "bad.json"], { cwd: root, tty: true, env: { NO_COLOR: "1" } })).stdout),
    ).toBe(false);
    expect(
      hasColour((await cli(["check", "bad.json", "--reporter", "json"], { cwd: root, tty: true })).stdout),
    ).toBe(false);
  });
});

describe("check's help names every reporter without loading them", () => {
  it("REPORTER_NAMES is REPORTERS' keys", async () => {
    const { REPORTER_NAMES } = await import("../../src/cli/check.js");
    const { REPORTERS } = await import("../../src/check/reporters/index.js");
    expect(REPORTER_NAMES).toEqual(Object.keys(REPORTERS));
  });
});
