/**
 * Scratch folders for tests. Each is removed when its test file is done (test/setup.ts), so that runs of
 * the suite do not pile folders up in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/** A new empty folder named `dispatch-<name>-XXXXXX` in the system's temporary folder. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dispatch-${name}-`));
  made.push(dir);
  return dir;
}

export function removeScratchDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
