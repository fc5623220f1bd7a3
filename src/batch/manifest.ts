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
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { splitLines } from "./lines.js";
import { PathTable, pathHash } from "./path-table.js";
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

/** What a run needs to know of an output to decide whether its input changed. */
export interface Known {
  sha256: string;
  size: number;
  mtime: number;
}

const SEEN = 1;
const FORGOTTEN = 2;

/**
 * A few bytes per output, in typed arrays, instead of an object and half a dozen strings: a million
 * entries fit in about a hundred megabytes, keys included. No path is kept as a string; the full JSON line
 * of an entry stays on disk, and is found again by the file and line it was read from or appended to.
 */
class Columns {
  capacity = 1024;
  length = 0;
  sha256 = new Uint8Array(32 * this.capacity);
  size = new Float64Array(this.capacity);
  mtime = new Float64Array(this.capacity);
  time = new Float64Array(this.capacity);
  tool = new Uint16Array(this.capacity);
  /** Two 32-bit hashes of the input's path relative to the output folder. */
  input = new Uint32Array(2 * this.capacity);
  /** Where the entry's line is: which manifest file, which line (1-based). */
  file = new Uint16Array(this.capacity);
  line = new Uint32Array(this.capacity);
  flags = new Uint8Array(this.capacity);

  add(): number {
    if (this.length === this.capacity) this.grow();
    return this.length++;
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <A extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(old: A, per = 1): A => {
      const next = new (old.constructor as new (n: number) => A)(per * this.capacity);
      next.set(old);
      return next;
    };
    this.sha256 = widen(this.sha256, 32);
    this.size = widen(this.size);
    this.mtime = widen(this.mtime);
    this.time = widen(this.time);
    this.tool = widen(this.tool);
    this.input = widen(this.input, 2);
    this.file = widen(this.file);
    this.line = widen(this.line);
    this.flags = widen(this.flags);
  }
}

export class Manifest {
  /** Entry index by output path. */
  private readonly index = new PathTable();
  private readonly columns = new Columns();
  private readonly tools: string[] = [];
  /** The manifest files read at open; entries point into them by position. */
  private readonly files: string[] = [];
  /** This share's own file, by its place in `files`. */
  private own = 0;
  /** Lines this share's file holds: the next line appended is the one after. */
  private ownLines = 0;
  /** This share's file ends in a line cut short by a crash: the next append starts a fresh line. */
  private ownTorn = false;
  private pending: string[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private flushedAt = Date.now();
  /** The process id of an earlier run that died holding this share's lock, if any. */
  staleOwner: number | null = null;

  private constructor(
    private readonly folder: string,
    private readonly shard: Shard,
  ) {}

  private get ownName(): string {
    return this.shard.count === 1 ? "manifest.ndjson" : `manifest.${shardLabel(this.shard)}.ndjson`;
  }

  private get file(): string {
    return join(this.folder, this.ownName);
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
    const names = (await readdir(folder)).filter(isManifestFile).sort();
    // This share's file is where this run appends, so it has a place in the list even before it exists.
    if (!names.includes(manifest.ownName)) names.push(manifest.ownName);
    for (const name of names) manifest.files.push(join(folder, name));
    manifest.own = names.indexOf(manifest.ownName);
    for (let k = 0; k < manifest.files.length; k++) await manifest.load(k);
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

  private async load(k: number): Promise<void> {
    const path = this.files[k] as string;
    const info = await stat(path).catch(() => null);
    if (info === null) return;
    let last = 0;
    for await (const line of splitLines(createReadStream(path), { maxLength: 1 << 20 })) {
      last = line.number;
      const entry = parseEntry(line.text);
      if (!entry || !inShard(entry.rel, this.shard)) continue;
      const known = this.index.get(entry.out);
      if (known === undefined || (this.columns.time[known] as number) <= entry.time)
        this.set(entry, k, line.number);
    }
    if (k === this.own) {
      this.ownLines = last;
      this.ownTorn = info.size > 0 && !(await endsWithNewline(path, info.size));
    }
  }

  private set(entry: ManifestEntry, file: number, line: number): void {
    const c = this.columns;
    let i = this.index.get(entry.out);
    if (i === undefined) {
      i = c.add();
      this.index.set(entry.out, i);
      c.flags[i] = 0;
    }
    if (!/^[0-9a-f]{64}$/.test(entry.sha256)) c.sha256.fill(0, 32 * i, 32 * i + 32);
    else c.sha256.set(Buffer.from(entry.sha256, "hex"), 32 * i);
    c.size[i] = entry.size;
    c.mtime[i] = entry.mtime;
    c.time[i] = entry.time;
    c.tool[i] = this.toolId(entry.tool);
    const [a, b] = pathHash(entry.in);
    c.input[2 * i] = a;
    c.input[2 * i + 1] = b;
    c.file[i] = file;
    c.line[i] = line;
    c.flags[i] = (c.flags[i] as number) & ~FORGOTTEN;
  }

  private toolId(tool: string): number {
    const known = this.tools.indexOf(tool);
    if (known !== -1) return known;
    // Tool strings are few (one per version and settings); past 65,535 of them the last slot is shared,
    // which can only cost a conversion done again.
    if (this.tools.length < 0xffff) this.tools.push(tool);
    return this.tools.length - 1;
  }

  /**
   * What the manifest knows of this output, if it was made by `tool` from the input at `input` (relative
   * to the output folder); null when it must be converted afresh.
   */
  known(out: string, tool: string, input: string): Known | null {
    const i = this.index.get(out);
    const c = this.columns;
    if (i === undefined || (c.flags[i] as number) & FORGOTTEN) return null;
    if (this.tools[c.tool[i] as number] !== tool) return null;
    const [a, b] = pathHash(input);
    if (c.input[2 * i] !== a || c.input[2 * i + 1] !== b) return null;
    const sha256 = Buffer.from(c.sha256.buffer, c.sha256.byteOffset + 32 * i, 32).toString("hex");
    return { sha256, size: c.size[i] as number, mtime: c.mtime[i] as number };
  }

  /** Marks an output as belonging to this run's inputs (so it is not taken for an orphan). */
  touch(out: string): void {
    const i = this.index.get(out);
    if (i !== undefined) this.columns.flags[i] = (this.columns.flags[i] as number) | SEEN;
  }

  /** Entries of this share whose input was not listed in this run, read back from the manifest files. */
  async *unseen(): AsyncGenerator<ManifestEntry> {
    const c = this.columns;
    const wanted: number[] = [];
    for (let i = 0; i < c.length; i++) if ((c.flags[i] as number) === 0) wanted.push(i);
    if (wanted.length === 0) return;
    for await (const { entry } of this.replay(wanted)) yield entry;
  }

  record(entry: ManifestEntry): void {
    if (this.ownTorn) {
      this.pending.push("\n");
      this.ownTorn = false;
    }
    this.set(entry, this.own, ++this.ownLines);
    this.touch(entry.out);
    this.pending.push(`${JSON.stringify(entry)}\n`);
    // Often enough that a killed run loses little, rarely enough to cost nothing.
    if (this.pending.length >= 256 || Date.now() - this.flushedAt > 1000) void this.flush();
  }

  forget(out: string): void {
    const i = this.index.get(out);
    if (i !== undefined) this.columns.flags[i] = (this.columns.flags[i] as number) | FORGOTTEN;
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

  /**
   * The lines of these entries, read back from the manifest files in file and line order. A line that no
   * longer holds its entry (a file rewritten meanwhile by a run that ignored the lock) is passed over: that
   * output is converted again next time.
   */
  private async *replay(indices: number[]): AsyncGenerator<{ text: string; entry: ManifestEntry }> {
    await this.flush();
    const c = this.columns;
    const at = (i: number) => (c.file[i] as number) * 2 ** 32 + (c.line[i] as number);
    const order = indices.sort((x, y) => at(x) - at(y));
    let next = 0;
    for (let k = 0; k < this.files.length && next < order.length; k++) {
      if ((c.file[order[next] as number] as number) !== k) continue;
      const stream = createReadStream(this.files[k] as string);
      try {
        for await (const line of splitLines(stream, { maxLength: 1 << 20 })) {
          const i = order[next] as number;
          if (line.number !== c.line[i]) continue;
          next++;
          const entry = parseEntry(line.text);
          if (entry && this.index.get(entry.out) === i) yield { text: line.text, entry };
          if (next === order.length || c.file[order[next] as number] !== k) break;
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      } finally {
        stream.destroy();
      }
      // Lines the file no longer has (cut short meanwhile): those entries are lost, the rest go on.
      while (next < order.length && c.file[order[next] as number] === k) next++;
    }
  }

  /** Every entry, a chunk at a time (never the whole file as one string), to a temporary file, then renamed. */
  private async rewrite(): Promise<void> {
    const c = this.columns;
    const live: number[] = [];
    for (let i = 0; i < c.length; i++) if (!((c.flags[i] as number) & FORGOTTEN)) live.push(i);
    const temp = `${this.file}.${process.pid}.dispatch-tmp`;
    const handle = await open(temp, "w");
    try {
      let chunk: string[] = [];
      for await (const { text } of this.replay(live)) {
        chunk.push(`${text}\n`);
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

async function endsWithNewline(path: string, size: number): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
    return buffer[0] === 0x0a;
  } finally {
    await handle.close();
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
