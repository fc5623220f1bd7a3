/**
 * Fingerprints packed for the trip from a worker thread: every signature of a chunk of files in one array,
 * sent without copying, instead of one small typed array a record, each cloned on its own.
 */
import { SIGNATURE_SIZE } from "./fingerprint.js";
import type { ArchiveEntry } from "./types.js";

export interface PackedEntries {
  files: string[];
  indexes: number[];
  bodies: string[];
  headlines: (string | null)[];
  /** SIGNATURE_SIZE numbers an entry, in entry order. */
  signatures: Uint32Array<ArrayBuffer>;
}

export function packEntries(entries: readonly ArchiveEntry[]): PackedEntries {
  const signatures = new Uint32Array(entries.length * SIGNATURE_SIZE);
  entries.forEach((entry, i) => {
    signatures.set(entry.fingerprint.signature, i * SIGNATURE_SIZE);
  });
  return {
    files: entries.map((entry) => entry.file),
    indexes: entries.map((entry) => entry.index),
    bodies: entries.map((entry) => entry.fingerprint.body),
    headlines: entries.map((entry) => entry.fingerprint.headline),
    signatures,
  };
}

/** The entries again; their signatures are views of the one array, not copies. */
export function unpackEntries(packed: PackedEntries): ArchiveEntry[] {
  return packed.files.map((file, i) => ({
    file,
    index: packed.indexes[i] as number,
    fingerprint: {
      body: packed.bodies[i] as string,
      headline: packed.headlines[i] ?? null,
      signature: packed.signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE),
    },
  }));
}
