import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { REPORTERS } from "../../src/check/reporters/index.js";
import type { CheckResult } from "../../src/check/run.js";

const plain = new Chalk({ level: 0 });

const result: CheckResult = {
  files: 3,
  problems: [
    {
      file: "archive/a.json",
      rule: "valid-date",
      severity: "error",
      message: "date 2025-02-30 is not a real calendar date",
      line: 7,
      column: 11,
    },
    {
      file: "archive/a.json",
      rule: "quote-speaker",
      severity: "warning",
      message: 'direct quote 2 "100%, yes" has no speaker',
      line: 40,
      column: 18,
    },
    {
      file: "archive/b, c.md",
      rule: "filename-pattern",
      severity: "error",
      message: "line one\nline <two> & \u0007",
      line: null,
      column: null,
    },
  ],
};

describe("reporters", () => {
  it("stylish: problems under their file, then the count", () => {
    expect(REPORTERS.stylish?.(result, plain)).toBe(
      [
        "archive/a.json",
        "  7:11   error    date 2025-02-30 is not a real calendar date  valid-date",
        '  40:18  warning  direct quote 2 "100%, yes" has no speaker    quote-speaker',
        "",
        "archive/b, c.md",
        "  -  error    line one\nline <two> & \u0007  filename-pattern",
        "",
        "✖ 3 problems (2 errors, 1 warning) in 2 of 3 files",
        "",
      ].join("\n"),
    );
    expect(REPORTERS.stylish?.({ files: 1200, problems: [] }, plain)).toBe(
      "✔ 1,200 files checked: no problems\n",
    );
  });

  it("json: a stable shape, files with problems only", () => {
    const report = JSON.parse(REPORTERS.json?.(result, plain) ?? "");
    expect(report).toMatchObject({
      reportVersion: 1,
      tool: { name: "dispatch" },
      summary: { files: 3, filesWithProblems: 2, errors: 2, warnings: 1 },
    });
    expect(report.files[0]).toEqual({
      path: "archive/a.json",
      errors: 1,
      warnings: 1,
      problems: [
        {
          rule: "valid-date",
          severity: "error",
          message: "date 2025-02-30 is not a real calendar date",
          line: 7,
          column: 11,
        },
        {
          rule: "quote-speaker",
          severity: "warning",
          message: 'direct quote 2 "100%, yes" has no speaker',
          line: 40,
          column: 18,
        },
      ],
    });
    expect(report.files[1].problems[0].line).toBeNull();
  });

  it("github: one workflow command a problem, escaped as the runner expects", () => {
    const lines = (REPORTERS.github?.(result, plain) ?? "").trimEnd().split("\n");
    expect(lines).toEqual([
      "::error file=archive/a.json,line=7,col=11,title=valid-date::date 2025-02-30 is not a real calendar date",
      '::warning file=archive/a.json,line=40,col=18,title=quote-speaker::direct quote 2 "100%25, yes" has no speaker',
      "::error file=archive/b%2C c.md,title=filename-pattern::line one%0Aline <two> & \u0007",
      "3 files checked: 2 errors, 1 warning",
    ]);
  });

  it("junit: a suite per file with problems, a failure per problem, XML escaped", () => {
    const xml = REPORTERS.junit?.(result, plain) ?? "";
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="dispatch check" tests="4" failures="3" errors="0">/,
    );
    expect(xml).toContain('<testsuite name="archive/a.json" tests="2" failures="2" errors="0">');
    expect(xml).toContain(
      '<testcase classname="dispatch.check.valid-date" name="archive/a.json:7:11 valid-date">',
    );
    expect(xml).toContain('message="line one&#10;line &lt;two&gt; &amp; "');
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain('<testsuite name="files without problems" tests="1" failures="0" errors="0">');
    const opened = (xml.match(/<testsuite /g) ?? []).length;
    expect((xml.match(/<\/testsuite>/g) ?? []).length).toBe(opened);
  });
});
