/**
 * For programs: one JSON object whose shape does not change between versions without a new
 * `reportVersion`. Only files with problems are listed; `summary` counts every file checked.
 *
 *     { "reportVersion": 1, "tool": { "name": "dispatch", "version": "0.1.0" },
 *       "summary": { "files": 120, "filesWithProblems": 2, "errors": 3, "warnings": 1 },
 *       "files": [ { "path": "archive/a.json", "errors": 1, "warnings": 0,
 *                    "problems": [ { "rule": "valid-date", "severity": "error", "message": "…",
 *                                    "line": 7, "column": 11 } ] } ] }
 */
import { VERSION } from "../../version.js";
import type { CheckResult } from "../run.js";
import { byFile, summarise } from "./summary.js";

export const REPORT_VERSION = 1;

export function json(result: CheckResult): string {
  const files = [...byFile(result.problems)].map(([path, problems]) => ({
    path,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    problems: problems.map(({ rule, severity, message, line, column }) => ({
      rule,
      severity,
      message,
      line,
      column,
    })),
  }));
  const report = {
    reportVersion: REPORT_VERSION,
    tool: { name: "dispatch", version: VERSION },
    summary: summarise(result.files, result.problems),
    files,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
