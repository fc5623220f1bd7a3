import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { scratchDir } from "../helpers/scratch.js";

const PLACES = ["GENEVA", "NAIROBI", "LIMA", "OSLO", "HANOI", "QUITO", "ACCRA", "RIGA"];
const AGENCIES = ["AFP", "Reuters", "AP", "dpa"];

/** A short wire story, different for every n, with a dateline, a headline and a quote. */
export function story(n: number): string {
  const place = PLACES[n % PLACES.length];
  const agency = AGENCIES[n % AGENCIES.length];
  return [
    `Talks on water rights resume, round ${n}`,
    "",
    `${place}, March ${(n % 27) + 1} (${agency}) - Negotiators from ${n + 2} countries met again on Tuesday to settle how the river is shared, officials said.`,
    "",
    `"We are closer than we have ever been," the chief negotiator told reporters after session ${n}.`,
    "",
    "A final text is expected before the end of the month.",
    "",
  ].join("\n");
}

export function scratch(): string {
  return scratchDir("batch");
}

/** Writes files (relative path -> text) below a folder, creating folders as needed. */
export function plant(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
