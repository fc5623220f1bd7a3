/**
 * For a person at a terminal: problems under their file, one a line, the position, severity, message
 * and rule lined up, then a count. Like the compilers and linters a user already reads.
 */
import type { ChalkInstance } from "chalk";
import type { CheckResult } from "../run.js";
import type { Problem } from "../types.js";
import { byFile, plural, summarise } from "./summary.js";

export function stylish(result: CheckResult, chalk: ChalkInstance): string {
  const summary = summarise(result.files, result.problems);
  const out: string[] = [];
  for (const [file, problems] of byFile(result.problems)) {
    out.push(chalk.underline(file));
    const width = Math.max(...problems.map((p) => where(p).length));
    const messageWidth = Math.min(80, Math.max(...problems.map((p) => p.message.length)));
    for (const problem of problems) {
      const severity = problem.severity === "error" ? chalk.red("error  ") : chalk.yellow("warning");
      const message = problem.message.padEnd(messageWidth);
      out.push(
        `  ${chalk.dim(where(problem).padEnd(width))}  ${severity}  ${message}  ${chalk.dim(problem.rule)}`,
      );
    }
    out.push("");
  }
  const checked = plural(summary.files, "file");
  if (result.problems.length === 0) {
    out.push(`${chalk.green("✔")} ${checked} checked: no problems`);
  } else {
    const counts = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
    const paint = summary.errors > 0 ? chalk.red.bold : chalk.yellow.bold;
    out.push(
      paint(
        `✖ ${plural(result.problems.length, "problem")} (${counts}) in ${summary.filesWithProblems} of ${checked}`,
      ),
    );
  }
  return `${out.join("\n")}\n`;
}

function where(problem: Problem): string {
  if (problem.line === null) return "-";
  return problem.column === null ? `${problem.line}` : `${problem.line}:${problem.column}`;
}
