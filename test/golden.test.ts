import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, fixtureCases, parseFixture } from "./helpers/fixtures.js";

/**
 * Golden fixtures: fixtures/<case>/input.txt beside expected.json, the records the parser must produce
 * (with the debris audit). Refresh deliberately with `npm run test:update`, then review the diff.
 */
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden fixtures", () => {
  for (const name of fixtureCases()) {
    it(name, () => {
      const actual = `${JSON.stringify(parseFixture(name), null, 2)}\n`;
      const path = join(FIXTURES, name, "expected.json");
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `${path} is missing: run npm run test:update and review it`).toBe(true);
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(path, "utf8")));
    });
  }
});
