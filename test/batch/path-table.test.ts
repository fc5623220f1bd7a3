import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PathTable, pathHash } from "../../src/batch/path-table.js";

describe("PathTable", () => {
  it("keeps a number for each path, as a Map would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.nat({ max: 0x7fffffff })), { maxLength: 3000 }),
        (pairs) => {
          const table = new PathTable();
          const map = new Map<string, number>();
          for (const [path, value] of pairs) {
            table.set(path, value);
            map.set(path, value);
          }
          expect(table.size).toBe(map.size);
          for (const [path, value] of map) expect(table.get(path)).toBe(value);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("grows past its first size and still finds every path", () => {
    const table = new PathTable();
    for (let k = 0; k < 50_000; k++) table.set(`scraped/${k % 97}/story-${k}.json`, k);
    expect(table.size).toBe(50_000);
    for (let k = 0; k < 50_000; k += 7) expect(table.get(`scraped/${k % 97}/story-${k}.json`)).toBe(k);
    expect(table.get("scraped/1/story-50001.json")).toBeUndefined();
    expect(table.has("scraped/0/story-0.json")).toBe(true);
  });

  it("tells apart paths that differ in one letter, in case or in length", () => {
    const table = new PathTable();
    const paths = ["a/b.json", "a/c.json", "A/b.json", "a/b.json ", "a/b.jso", "é/b.json", "e/b.json"];
    for (const [k, path] of paths.entries()) table.set(path, k);
    for (const [k, path] of paths.entries()) expect(table.get(path)).toBe(k);
  });

  it("refuses numbers it cannot hold", () => {
    const table = new PathTable();
    expect(() => table.set("a", -1)).toThrow(RangeError);
    expect(() => table.set("a", 2 ** 31)).toThrow(RangeError);
  });

  it("spreads a generated corpus's paths without a 64-bit collision", () => {
    const seen = new Set<string>();
    for (let k = 0; k < 200_000; k++) {
      const [high, low] = pathHash(
        `${String(Math.floor(k / 1000)).padStart(3, "0")}/${String(k).padStart(7, "0")}.json`,
      );
      seen.add(`${high}:${low}`);
    }
    expect(seen.size).toBe(200_000);
  });
});
