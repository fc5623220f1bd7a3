import { describe, expect, it } from "vitest";
import { signature, similarity } from "../../src/check/fingerprint.js";

describe("MinHash signatures", () => {
  it("estimates similarity close to the true share of shingles", () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i * 2654435761) >>> 0);
    const half = [...words.slice(0, 1000), ...Array.from({ length: 1000 }, (_, i) => (i * 40503 + 7) >>> 0)];
    // 1,000 of 2,997 distinct 4-word shingles in common: Jaccard about 1/3.
    expect(similarity(signature(words), signature(half))).toBeGreaterThan(0.15);
    expect(similarity(signature(words), signature(half))).toBeLessThan(0.55);
    expect(similarity(signature(words), signature(words))).toBe(1);
  });
});
