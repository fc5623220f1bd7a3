/**
 * GitHub Actions workflow commands, one a problem: `::error file=a.json,line=7,col=11,title=valid-date::…`.
 * The runner turns them into annotations on the pull request's diff, at that line.
 */
import type { CheckResult } from "../run.js";
import type { Problem } from "../types.js";
import { plural, summarise } from "./summary.js";

export function github(result: CheckResult): string {
  const lines = result.problems.map(command);
  const summary = summarise(result.files, result.problems);
  lines.push(
    `${plural(summary.files, "file")} checked: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`,
  );
  return `${lines.join("\n")}\n`;
}

function command(problem: Problem): string {
  const properties = [`file=${property(problem.file)}`];
  if (problem.line !== null) properties.push(`line=${problem.line}`);
  if (problem.column !== null) properties.push(`col=${problem.column}`);
  properties.push(`title=${property(problem.rule)}`);
  return `::${problem.severity} ${properties.join(",")}::${data(problem.message)}`;
}

/** The escaping the runner undoes: a message may hold "%" or a line break, a property also "," or ":". */
function data(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function property(value: string): string {
  return data(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
