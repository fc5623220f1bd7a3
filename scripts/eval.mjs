#!/usr/bin/env node
// Runs every evaluation in scripts/eval/ (each prints its report and sets a non-zero exit code when its
// figures fall under the thresholds the README states). Run through `npm run eval`, which builds first.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = join(import.meta.dirname, "eval");
let failed = false;
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith(".mjs"))
  .sort()) {
  const { evaluate } = await import(pathToFileURL(join(dir, file)).href);
  const ok = await evaluate({ argv: process.argv.slice(2) });
  if (!ok) failed = true;
}
process.exitCode = failed ? 1 : 0;
