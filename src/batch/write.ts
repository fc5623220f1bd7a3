/**
 * Atomic writes for the output tree: the bytes go to a temporary file in the target's own folder, then a
 * rename puts them in place. A reader, a crash or `kill -9` sees the old file or the new one, never half of
 * one. Temporary files are named `.NAME.PID-N.dispatch-tmp` so that a later run can find and remove what an
 * interrupted one left behind.
 */
import { mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isWithin } from "./files.js";

export const TEMP_SUFFIX = ".dispatch-tmp";

let counter = 0;

export function tempName(target: string, pid = process.pid): string {
  counter = (counter + 1) % 1_000_000_000;
  return join(dirname(target), `.${basename(target)}.${pid}-${counter}${TEMP_SUFFIX}`);
}

/** The process id a temporary file was written by, or null if the name is not one of ours. */
export function tempOwner(name: string): number | null {
  if (!name.endsWith(TEMP_SUFFIX)) return null;
  const m = /\.(\d{1,10})-\d{1,10}\.dispatch-tmp$/.exec(name);
  return m ? Number(m[1]) : null;
}

export class OutsideOutDir extends Error {
  override readonly name = "OutsideOutDir";
}

/**
 * Writes files below one output folder. Each folder is created once and checked once: if it resolves outside
 * the output folder (a symbolic link someone put there), nothing is written through it.
 */
export class TreeWriter {
  private readonly ready = new Set<string>();
  private readonly root: string;

  constructor(outDir: string) {
    mkdirSync(outDir, { recursive: true });
    this.root = realpathSync(outDir);
  }

  write(target: string, data: string | Uint8Array): void {
    this.folder(dirname(target));
    const temp = tempName(target);
    try {
      writeFileSync(temp, data, { flag: "wx" });
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  private folder(folder: string): void {
    if (this.ready.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    if (!isWithin(realpathSync(folder), this.root))
      throw new OutsideOutDir(`${folder} leads outside the output folder (a symbolic link?); not written`);
    this.ready.add(folder);
  }
}
