import { BANDS, bandKey, similarity } from "../fingerprint.js";
import { type ArchiveEntry, defineRule } from "../types.js";

/** Records sharing a band key are compared with at most this many before them: a huge bucket stays linear. */
const BUCKET_WINDOW = 8;

/**
 * The same dispatch twice with small edits (a changed word, a paragraph more, another headline), found
 * by MinHash banding: only stories that agree on a whole band of their signatures are compared.
 */
export default defineRule<{ threshold: number }>({
  id: "near-duplicate-story",
  description: "no story is a near copy of another in the archive (same dispatch, small edits)",
  severity: "warning",
  scope: "archive",
  defaults: { threshold: 0.8 },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { threshold: { type: "number", exclusiveMinimum: 0, maximum: 1 } },
  },
  finish(entries, options, report) {
    const matches = nearMatches(entries, options.threshold);
    const several = filesWithSeveral(entries);
    matches.forEach((match, i) => {
      if (!match) return;
      const entry = entries[i] as ArchiveEntry;
      const original = entries[match.of] as ArchiveEntry;
      const renamed =
        original.fingerprint.headline !== entry.fingerprint.headline ? ", under another headline" : "";
      // Not the same text (exact copies are left out), so never "100%": a few changed words can go unseen.
      const share = Math.min(99, Math.round(match.similarity * 100));
      report(entry, `a near copy of ${entryName(original, several)} (about ${share}% alike${renamed})`, {
        path: ["body"],
      });
    });
  },
});

interface Match {
  of: number;
  similarity: number;
}

/**
 * For each entry, the earlier entry it is most like, if that is at least `threshold` alike. Exact copies
 * are left to duplicate-story: each body takes part once, as its first record.
 */
export function nearMatches(entries: readonly ArchiveEntry[], threshold: number): (Match | undefined)[] {
  const matches: (Match | undefined)[] = new Array(entries.length);
  const seen = new Set<string>();
  const live: number[] = [];
  entries.forEach((entry, i) => {
    if (seen.has(entry.fingerprint.body)) return;
    seen.add(entry.fingerprint.body);
    live.push(i);
  });
  // A band key and a position packed into one double, exact below 2^53, so one native numeric sort groups
  // each bucket: 21 bits of position leave the key its 32 bits; past two million stories the key gives up
  // low bits, which only merges buckets (more candidates, each still compared).
  const positionBits = Math.max(21, Math.ceil(Math.log2(live.length + 1)));
  const keyShift = positionBits - 21;
  const scale = 2 ** positionBits;
  const keys = new Float64Array(live.length);
  for (let band = 0; band < BANDS; band++) {
    live.forEach((entryIndex, k) => {
      keys[k] =
        (bandKey((entries[entryIndex] as ArchiveEntry).fingerprint.signature, band) >>> keyShift) * scale + k;
    });
    keys.sort();
    let runStart = 0;
    for (let k = 1; k <= keys.length; k++) {
      if (
        k < keys.length &&
        Math.floor((keys[k] as number) / scale) === Math.floor((keys[runStart] as number) / scale)
      )
        continue;
      if (k - runStart > 1)
        compareBucket(keys.subarray(runStart, k), scale, live, entries, threshold, matches);
      runStart = k;
    }
  }
  return matches;
}

function compareBucket(
  bucket: Float64Array,
  scale: number,
  live: readonly number[],
  entries: readonly ArchiveEntry[],
  threshold: number,
  matches: (Match | undefined)[],
): void {
  const members = Array.from(bucket, (key) => live[key % scale] as number);
  for (let j = 1; j < members.length; j++) {
    const later = members[j] as number;
    for (let i = Math.max(0, j - BUCKET_WINDOW); i < j; i++) {
      const earlier = members[i] as number;
      const alike = similarity(
        (entries[earlier] as ArchiveEntry).fingerprint.signature,
        (entries[later] as ArchiveEntry).fingerprint.signature,
      );
      const best = matches[later];
      if (
        alike >= threshold &&
        (!best || alike > best.similarity || (alike === best.similarity && earlier < best.of))
      )
        matches[later] = { of: earlier, similarity: alike };
    }
  }
}

/** How a problem names another record: its file, and which record when the file holds several. */
export function entryName(entry: ArchiveEntry, several: ReadonlySet<string>): string {
  return several.has(entry.file) ? `${entry.file} (record ${entry.index + 1})` : entry.file;
}

/** The files that hold more than one record. */
export function filesWithSeveral(entries: readonly ArchiveEntry[]): Set<string> {
  return new Set(entries.filter((entry) => entry.index > 0).map((entry) => entry.file));
}
