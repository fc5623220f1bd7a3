/**
 * Linear time on any input: each adversarial shape must parse within a bounded multiple of the time plain
 * wire copy of the same size takes, measured in the same run. A ratio, never an absolute time, so a slow
 * machine fails nothing, while a quadratic spot fails at these sizes by orders of magnitude.
 */
import { describe, expect, it } from "vitest";
import { serialise } from "../../src/formats/index.js";
import { parseDispatch } from "../../src/parse.js";
import { plainText, SHAPES } from "./shapes.js";

/** Allowed slowdown against plain text of the same size; the shapes measure between 0.1 and 5. */
const MAX_RATIO = 12;

function parseAndWrite(text: string): void {
  try {
    const { records } = parseDispatch(text, { keepRemoved: true });
    serialise(records, "json", { pretty: false });
  } catch (error) {
    if ((error as { name?: string }).name !== "InputError") throw error;
  }
}

function timed(text: string): number {
  const start = performance.now();
  parseAndWrite(text);
  return performance.now() - start;
}

const plainTimes = new Map<number, number>();

/** Plain text's best time at this size, measured once and kept. */
function plainTime(size: number, runs: number): number {
  const known = plainTimes.get(size);
  if (known !== undefined && runs === 1) return known;
  let best = known ?? Number.POSITIVE_INFINITY;
  const text = plainText(size);
  for (let run = 0; run < runs; run++) best = Math.min(best, timed(text));
  plainTimes.set(size, best);
  return best;
}

/**
 * The ratio of a shape's time to plain text's. A first measurement over the bound is taken again, twice,
 * keeping the best of each: a pause for garbage collection or another test's thread is not slowness.
 */
function ratio(text: string): number {
  let shape = timed(text);
  let plain = Math.max(plainTime(text.length, 1), 1);
  for (let retry = 0; retry < 2 && shape / plain >= MAX_RATIO; retry++) {
    shape = Math.min(shape, timed(text));
    plain = Math.max(plainTime(text.length, 2), 1);
  }
  return shape / plain;
}

describe("every adversarial input parses in time proportional to its size", () => {
  parseAndWrite(plainText(50_000)); // warm the code up before anything is timed

  for (const shape of SHAPES) {
    it(shape.name, { timeout: 60_000 }, () => {
      const text = shape.make();
      const measured = ratio(text);
      expect(measured, `${text.length} characters: ${measured.toFixed(2)}× plain text`).toBeLessThan(
        MAX_RATIO,
      );
    });
  }
});
