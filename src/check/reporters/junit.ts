/**
 * JUnit XML for CI dashboards: a test suite per file checked, a failed test case per problem, and one
 * passing case for a file with none, so the dashboard counts every file.
 */
import type { CheckResult } from "../run.js";
import type { Problem } from "../types.js";
import { byFile, summarise } from "./summary.js";

export function junit(result: CheckResult): string {
  const summary = summarise(result.files, result.problems);
  const groups = byFile(result.problems);
  const cases = result.problems.length;
  const tests = cases + (summary.files - groups.size);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dispatch check" tests="${tests}" failures="${cases}" errors="0">`,
  ];
  for (const [file, problems] of groups) {
    out.push(
      `  <testsuite name=${attr(file)} tests="${problems.length}" failures="${problems.length}" errors="0">`,
    );
    for (const problem of problems) out.push(testCase(problem));
    out.push("  </testsuite>");
  }
  const clean = summary.files - groups.size;
  if (clean > 0) {
    out.push(`  <testsuite name="files without problems" tests="${clean}" failures="0" errors="0">`);
    out.push(`    <testcase classname="dispatch.check" name=${attr(`${clean} files`)}/>`);
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

function testCase(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line !== null ? problem.column : null]
    .filter((part) => part !== null)
    .join(":");
  return [
    `    <testcase classname=${attr(`dispatch.check.${problem.rule}`)} name=${attr(`${where} ${problem.rule}`)}>`,
    `      <failure type=${attr(problem.rule)} message=${attr(problem.message)}>${text(`${problem.severity}: ${where}: ${problem.message}`)}</failure>`,
    "    </testcase>",
  ].join("\n");
}

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates) are dropped. */
function clean(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

function text(value: string): string {
  return clean(value).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function attr(value: string): string {
  return `"${text(value).replaceAll('"', "&quot;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;").replaceAll("\t", "&#9;")}"`;
}
