/**
 * The manifest: what the output folder holds and what it was made from, so that a second run converts only
 * what changed. It lives in `OUT/.dispatch/` as NDJSON, one entry a line, and is appended to as files are
 * written: after a crash or `kill -9` it still knows what was finished (a torn last line is ignored). At the
 * end of a run it is rewritten whole, one line an output, atomically.
 *
 * Sharded runs (`--shard k/n`) each keep their own file (`manifest.k-of-n.ndjson`), so machines sharing one
 * output folder never write the same file; every run reads them all. A lock file per share stops two runs of
 * the same share from writing into one folder at once.
 */
import { createReadStream } from "node:fs";
import { appendFile, mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { splitLines } from "./lines.js";
import { inShard, type Shard, shardLabel } from "./shard.js";

export const MANIFEST_FOLDER = ".dispatch";

export interface ManifestEntry {
  /** The output, relative to the output folder. */
  out: string;
  /** The input, relative to the base folder: what `--shard` hashes. */
  rel: string;
  /** The input, relative to the output folder, to tell later whether it still exists. */
  in: string;
  sha256: string;
  size: number;
  mtime: number;
  /** Tool version and the settings that shape the output: a change of either means converting again. */
  tool: string;
  /** When the output was written (ms since 1970). */
  time: number;
}

/** Thrown when another run holds the lock on this output folder. */
export class Busy extends Error {
  override readonly name = "Busy";
}

export class Manifest {
  /** Entries by output path. */
  readonly entries = new Map<string, ManifestEntry>();
  private readonly seen = new Set<string>();
  private pending: string[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private flushedAt = Date.now();
  /** The process id of an earlier run that died holding this share's lock, if any. */
  staleOwner: number | null = null;

  private constructor(
    private readonly folder: string,
    private readonly shard: Shard,
  ) {}

  private get file(): string {
    return join(
      this.folder,
      this.shard.count === 1 ? "manifest.ndjson" : `manifest.${shardLabel(this.shard)}.ndjson`,
    );
  }

  private get lockFile(): string {
    return join(this.folder, this.shard.count === 1 ? "lock" : `lock.${shardLabel(this.shard)}`);
  }

  /** Takes the lock for this share and reads every manifest file in the folder. */
  static async open(outDir: string, shard: Shard): Promise<Manifest> {
    const folder = join(outDir, MANIFEST_FOLDER);
    await mkdir(folder, { recursive: true });
    const manifest = new Manifest(folder, shard);
    await manifest.lock();
    for (const name of (await readdir(folder)).filter(isManifestFile).sort())
      await manifest.load(join(folder, name));
    return manifest;
  }

  private async lock(): Promise<void> {
    const mine = JSON.stringify({ host: hostname(), pid: process.pid, time: new Date().toISOString() });
    try {
      await writeFile(this.lockFile, mine, { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = parseLock(await readFile(this.lockFile, "utf8").catch(() => ""));
    const sameHost = holder !== null && holder.host === hostname();
    // The same pid as ours is an earlier life of this container or machine, not a live run.
    if (holder !== null && !(sameHost && (holder.pid === process.pid || !alive(holder.pid)))) {
      const where = sameHost ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
      throw new Busy(
        `another dispatch convert (${where}, since ${holder.time}) is writing here; wait for it, or delete ${this.lockFile} if it is gone`,
      );
    }
    this.staleOwner = holder?.pid ?? null;
    await writeFile(this.lockFile, mine);
  }

  private async load(path: string): Promise<void> {
    for await (const line of splitLines(createReadStream(path), { maxLength: 1 << 20 })) {
      const entry = parseEntry(line.text);
      if (!entry || !inShard(entry.rel, this.shard)) continue;
      const known = this.entries.get(entry.out);
      if (!known || known.time <= entry.time) this.entries.set(entry.out, entry);
    }
  }

  get(out: string): ManifestEntry | undefined {
    return this.entries.get(out);
  }

  /** Marks an output as belonging to this run's inputs (so it is not taken for an orphan). */
  touch(out: string): void {
    this.seen.add(out);
  }

  /** Entries of this share whose input was not listed in this run. */
  *unseen(): Generator<ManifestEntry> {
    for (const entry of this.entries.values()) if (!this.seen.has(entry.out)) yield entry;
  }

  record(entry: ManifestEntry): void {
    this.entries.set(entry.out, entry);
    this.seen.add(entry.out);
    this.pending.push(`${JSON.stringify(entry)}\n`);
    // Often enough that a killed run loses little, rarely enough to cost nothing.
    if (this.pending.length >= 256 || Date.now() - this.flushedAt > 1000) void this.flush();
  }

  forget(out: string): void {
    this.entries.delete(out);
  }

  /** Appends what was recorded since the last flush; appends run one after another, in order. */
  flush(): Promise<void> {
    if (this.pending.length === 0) return this.flushing;
    const text = this.pending.join("");
    this.pending = [];
    this.flushedAt = Date.now();
    this.flushing = this.flushing.then(() => appendFile(this.file, text));
    return this.flushing;
  }

  /** Rewrites this share's file whole, drops the files it supersedes, and releases the lock. */
  async close(): Promise<void> {
    await this.flush();
    await this.rewrite();
    if (this.shard.count === 1) {
      // The whole folder's entries are now in manifest.ndjson: the per-share files are superseded.
      for (const name of (await readdir(this.folder)).filter(isManifestFile))
        if (name !== "manifest.ndjson") await rm(join(this.folder, name), { force: true });
    }
    await this.release();
  }

  /** Every entry, a chunk at a time (never the whole file as one string), to a temporary file, then renamed. */
  private async rewrite(): Promise<void> {
    const temp = `${this.file}.${process.pid}.dispatch-tmp`;
    const handle = await open(temp, "w");
    try {
      let chunk: string[] = [];
      for (const entry of this.entries.values()) {
        chunk.push(`${JSON.stringify(entry)}\n`);
        if (chunk.length === 1000) {
          await handle.write(chunk.join(""));
          chunk = [];
        }
      }
      await handle.write(chunk.join(""));
      await handle.close();
      await rename(temp, this.file);
    } catch (error) {
      await handle.close().catch(() => {});
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Gives the lock back without rewriting (the appended lines are kept for the next run). */
  async release(): Promise<void> {
    await this.flush().catch(() => {});
    await rm(this.lockFile, { force: true });
  }
}

function isManifestFile(name: string): boolean {
  return /^manifest(?:\.\d{1,6}-of-\d{1,6})?\.ndjson$/.test(name);
}

function parseEntry(text: string): ManifestEntry | null {
  try {
    const value = JSON.parse(text) as Partial<ManifestEntry>;
    const ok =
      typeof value.out === "string" &&
      typeof value.rel === "string" &&
      typeof value.in === "string" &&
      typeof value.sha256 === "string" &&
      typeof value.size === "number" &&
      typeof value.mtime === "number" &&
      typeof value.tool === "string" &&
      typeof value.time === "number";
    return ok ? (value as ManifestEntry) : null;
  } catch {
    return null; // a line cut short by a crash
  }
}

function parseLock(text: string): { host: string; pid: number; time: string } | null {
  try {
    const value = JSON.parse(text) as { host?: unknown; pid?: unknown; time?: unknown };
    if (typeof value.host === "string" && typeof value.pid === "number")
      return { host: value.host, pid: value.pid, time: String(value.time ?? "?") };
  } catch {}
  return null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
