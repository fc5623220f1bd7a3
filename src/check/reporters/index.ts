/** The reporters: how a check's problems are written for a person, a program, GitHub, or a CI dashboard. */
import type { ChalkInstance } from "chalk";
import type { CheckResult } from "../run.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { stylish } from "./stylish.js";

/** The whole report as text, ending in a line break (or empty). Colour only where a person reads it. */
export type Reporter = (result: CheckResult, chalk: ChalkInstance) => string;

export const REPORTERS: Readonly<Record<string, Reporter>> = { stylish, json, github, junit };

export function reporterByName(name: string): Reporter | undefined {
  return Object.hasOwn(REPORTERS, name) ? REPORTERS[name] : undefined;
}
