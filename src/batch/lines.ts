import type { Readable } from "../cli/io.js";

export interface Line {
  /** 1-based line number. */
  number: number;
  text: string;
  /** Set, and text left empty, when the line was longer than allowed: its bytes were skipped, not kept. */
  tooLong?: number;
}

/**
 * Splits a byte stream into lines, one at a time, without holding more than one line: a list of a million
 * file names or a gigabyte of NDJSON goes through in constant memory. A line longer than `maxLength` bytes
 * is skipped to its end and reported by its length, so one runaway line cannot exhaust memory.
 */
export async function* splitLines(
  stream: Readable,
  options: { separator?: number; maxLength?: number } = {},
): AsyncGenerator<Line> {
  const separator = options.separator ?? 0x0a;
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  let parts: Buffer[] = [];
  let length = 0;
  let skipped = 0;
  let number = 0;
  const finish = (): Line => {
    number++;
    if (skipped > 0) {
      const line = { number, text: "", tooLong: skipped };
      skipped = 0;
      return line;
    }
    const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    let text = bytes.toString("utf8");
    if (separator === 0x0a && text.endsWith("\r")) text = text.slice(0, -1);
    return { number, text };
  };
  const keep = (piece: Buffer) => {
    if (skipped > 0) skipped += piece.length;
    else if (length + piece.length > maxLength) {
      skipped = length + piece.length;
      parts = [];
      length = 0;
    } else if (piece.length > 0) {
      parts.push(piece);
      length += piece.length;
    }
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(separator, start); end !== -1; end = buffer.indexOf(separator, start)) {
      keep(buffer.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    if (start < buffer.length) keep(Buffer.from(buffer.subarray(start)));
  }
  if (length > 0 || skipped > 0) yield finish();
}
