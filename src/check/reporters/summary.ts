import type { Problem } from "../types.js";

export interface Summary {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
}

export function summarise(files: number, problems: readonly Problem[]): Summary {
  let errors = 0;
  for (const problem of problems) if (problem.severity === "error") errors++;
  return {
    files,
    filesWithProblems: new Set(problems.map((problem) => problem.file)).size,
    errors,
    warnings: problems.length - errors,
  };
}

/** The problems grouped by file, in the order they come. */
export function byFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.file);
    if (group) group.push(problem);
    else groups.set(problem.file, [problem]);
  }
  return groups;
}

export function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}
