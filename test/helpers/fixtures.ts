import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDispatch } from "../../src/index.js";
import type { Dispatch } from "../../src/record.js";

export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, "input.txt")))
    .map((entry) => entry.name)
    .sort();
}

export function fixtureInput(name: string): Buffer {
  return readFileSync(join(FIXTURES, name, "input.txt"));
}

/** Parses a fixture as the CLI would, with a path relative to the repository so outputs are portable. */
export function parseFixture(name: string, keepRemoved = true): Dispatch[] {
  return parseDispatch(fixtureInput(name), { path: `fixtures/${name}/input.txt`, keepRemoved }).records;
}

export const REFERENCE = "afp-putin-kim-2025-09-03";
