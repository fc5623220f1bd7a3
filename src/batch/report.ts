/**
 * `--report FILE`: every file's outcome as JSON, written as the batch goes (a million entries are never held
 * at once) to a temporary file that takes the report's name only when complete.
 */
import { type FileHandle, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Diagnostic } from "../record.js";
import type { Status } from "./convert-file.js";

export interface ReportEntry {
  input: string;
  output: string | null;
  status: Status | "orphan" | "pruned";
  reason?: string;
  code?: string;
  records?: number;
  diagnostics?: Diagnostic[];
}

export interface Summary {
  converted: number;
  unchanged: number;
  skipped: number;
  failed: number;
  orphans: number;
  pruned: number;
  seconds: number;
  interrupted: boolean;
}

export class ReportWriter {
  private buffer: string[] = [];
  private size = 0;
  private first = true;
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(path: string): Promise<ReportWriter> {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.dispatch-tmp`);
    const handle = await open(temp, "w");
    const writer = new ReportWriter(path, temp, handle);
    writer.push('{\n  "files": [');
    return writer;
  }

  add(entry: ReportEntry): void {
    this.push(`${this.first ? "\n" : ",\n"}    ${JSON.stringify(entry)}`);
    this.first = false;
  }

  private push(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }

  private flush(): Promise<unknown> {
    const text = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    this.writing = this.writing.then(() => this.handle.write(text));
    return this.writing;
  }

  async close(summary: Summary): Promise<void> {
    this.push(`${this.first ? "" : "\n  "}],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    await this.flush();
    await this.handle.close();
    await rename(this.temp, this.path);
  }

  async abandon(): Promise<void> {
    await this.writing.catch(() => {});
    await this.handle.close().catch(() => {});
    await rm(this.temp, { force: true });
  }
}
