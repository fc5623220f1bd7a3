import { describe, expect, it } from "vitest";
import { inShard, parseShard, shardOf } from "../../src/batch/shard.js";

describe("--shard", () => {
  it("reads k/n with k from 1 to n", () => {
    expect(parseShard("3/8")).toEqual({ index: 3, count: 8 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/8", "9/8", "3", "3/0", "a/b", "-1/2", "1.5/3"])
      expect(parseShard(bad), bad).toBeNull();
  });

  it("hashes the relative path alone, the same on every machine and in every version", () => {
    // Pinned values: changing the hash would send files to other machines mid-job.
    expect(shardOf("a/b.txt", 8)).toBe(shardOf("a/b.txt", 8));
    expect([shardOf("a/b.txt", 8), shardOf("Новости/東京.txt", 8), shardOf("x", 3)]).toMatchInlineSnapshot(`
      [
        6,
        6,
        1,
      ]
    `);
    expect(shardOf("a\\b.txt", 8)).toBe(shardOf("a/b.txt", 8));
  });

  it("puts every path in exactly one share, spread about evenly", () => {
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 5000; i++) {
      const path = `scraped/${i % 37}/${i}.txt`;
      const owners = [1, 2, 3, 4, 5].filter((k) => inShard(path, { index: k, count: 5 }));
      expect(owners).toHaveLength(1);
      counts[(owners[0] as number) - 1]++;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });
});
