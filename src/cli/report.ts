import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../record.js";

/** One diagnostic as one line, compiler style: `story.txt:3:1: warning: no dateline found [no-dateline]`. */
export function diagnosticLine(path: string, diagnostic: Diagnostic, chalk: ChalkInstance): string {
  const where = [path, diagnostic.line, diagnostic.line !== null ? diagnostic.column : null]
    .filter((part) => part !== null)
    .join(":");
  const paint =
    diagnostic.severity === "error"
      ? chalk.red
      : diagnostic.severity === "warning"
        ? chalk.yellow
        : chalk.cyan;
  return `${chalk.bold(where)}: ${paint(diagnostic.severity)}: ${diagnostic.message} ${chalk.dim(`[${diagnostic.code}]`)}\n`;
}

/** A file that could not be read or parsed, as one line naming it. */
export function failureLine(path: string, message: string, chalk: ChalkInstance): string {
  return `${chalk.bold(path)}: ${chalk.red("error")}: ${message}\n`;
}
