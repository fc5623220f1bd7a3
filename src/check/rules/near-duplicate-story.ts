import { BANDS, bandKeyAt, SIGNATURE_SIZE, similarityAt } from "../fingerprint.js";
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
 *
 * Each band is one pass in archive order over a hash table of band keys: an entry is compared with the
 * last BUCKET_WINDOW entries before it that share its key (a chain through `previous`), then becomes the
 * head of that chain. No sorting, and a lone entry (nearly all of them) costs one look-up.
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
  // The signatures side by side in one array: the passes below read each of them once a band.
  const signatures = new Uint32Array(live.length * SIGNATURE_SIZE);
  live.forEach((entryIndex, k) => {
    signatures.set((entries[entryIndex] as ArchiveEntry).fingerprint.signature, k * SIGNATURE_SIZE);
  });
  // Past two million stories a key gives up low bits, which only merges buckets (more candidates, each
  // still compared), as keys packed beside 21 or more bits of position always did.
  const keyShift = Math.max(21, Math.ceil(Math.log2(live.length + 1))) - 21;
  const slots = 2 ** Math.ceil(Math.log2(live.length * 2 + 2));
  const heads = new Int32Array(slots);
  const keys = new Uint32Array(slots);
  const previous = new Int32Array(live.length);
  const window = new Int32Array(BUCKET_WINDOW);
  const compare = (earlier: number, later: number) => {
    const alike = similarityAt(signatures, earlier * SIGNATURE_SIZE, later * SIGNATURE_SIZE);
    const entryEarlier = live[earlier] as number;
    const entryLater = live[later] as number;
    const best = matches[entryLater];
    if (
      alike >= threshold &&
      (!best || alike > best.similarity || (alike === best.similarity && entryEarlier < best.of))
    )
      matches[entryLater] = { of: entryEarlier, similarity: alike };
  };
  for (let band = 0; band < BANDS; band++) {
    heads.fill(0); // 0: an empty slot; otherwise 1 + the position of the chain's latest entry
    for (let k = 0; k < live.length; k++) {
      const key = bandKeyAt(signatures, k * SIGNATURE_SIZE, band) >>> keyShift;
      let slot = key & (slots - 1);
      while (heads[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & (slots - 1);
      const head = (heads[slot] as number) - 1;
      previous[k] = head;
      let size = 0;
      for (let p = head; p !== -1 && size < BUCKET_WINDOW; p = previous[p] as number) window[size++] = p;
      // The oldest of the window first, as a bucket sorted by position would list them.
      for (let w = size - 1; w >= 0; w--) compare(window[w] as number, k);
      heads[slot] = k + 1;
      keys[slot] = key;
    }
  }
  return matches;
}

/** How a problem names another record: its file, and which record when the file holds several. */
export function entryName(entry: ArchiveEntry, several: ReadonlySet<string>): string {
  return several.has(entry.file) ? `${entry.file} (record ${entry.index + 1})` : entry.file;
}

/** The files that hold more than one record. */
export function filesWithSeveral(entries: readonly ArchiveEntry[]): Set<string> {
  return new Set(entries.filter((entry) => entry.index > 0).map((entry) => entry.file));
}
