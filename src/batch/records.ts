import { decode } from "../decode.js";
import { InputError, isInputError } from "../errors.js";
import { type ReadableFormat, readRecords } from "../formats/read.js";
import { parseDispatch } from "../parse.js";
import type { Dispatch } from "../record.js";

export interface RecordOptions {
  path: string | null;
  keepRemoved: boolean;
  maxBytes: number;
  /** The input's format, from its file extension, when it is one of this tool's own outputs. */
  hint?: ReadableFormat;
}

/**
 * One input to records, as `dispatch parse` reads it: this tool's own output read back, else a raw dispatch
 * parsed. Input errors name the path.
 */
export function recordsOf(input: Uint8Array | string, options: RecordOptions): Dispatch[] {
  try {
    const text = typeof input === "string" ? input : decode(input, { maxBytes: options.maxBytes }).text;
    // Cheap: a raw dispatch is told apart from this tool's output by its first bytes.
    const own = readRecords(text, options.hint);
    if (own) return own;
    const parsed = { path: options.path, keepRemoved: options.keepRemoved, maxBytes: options.maxBytes };
    return parseDispatch(input, parsed).records;
  } catch (error) {
    if (isInputError(error) && error.path === null)
      throw new InputError(error.code, error.message, options.path);
    throw error;
  }
}
