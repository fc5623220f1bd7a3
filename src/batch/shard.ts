import { createHash } from "node:crypto";

/** This machine's share of the work: share `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

/** "3/8" -> { index: 3, count: 8 }; null when the text is not of that form or 3 is not within 1..8. */
export function parseShard(text: string): Shard | null {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/**
 * The share a relative path belongs to: the first four bytes of the SHA-256 of the path (UTF-8, forward
 * slashes), as an unsigned big-endian number, modulo the count, plus one. It depends on nothing but the
 * path, so every machine computes the same split with no coordination, whatever order it lists files in.
 */
export function shardOf(relativePath: string, count: number): number {
  if (count === 1) return 1;
  const digest = createHash("sha256").update(relativePath.replaceAll("\\", "/"), "utf8").digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(relativePath: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(relativePath, shard.count) === shard.index;
}

/** "3-of-8": a name part for files that belong to one share. */
export function shardLabel(shard: Shard): string {
  return `${shard.index}-of-${shard.count}`;
}
