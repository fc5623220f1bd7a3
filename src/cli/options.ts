import { InvalidArgumentError } from "commander";
import { FORMATS, type FormatName, formatFromExtension, resolveFormatName } from "../formats/index.js";
import { UsageError } from "./io.js";

/** "20MB", "512k", "1048576" -> bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size (try 20MB, 512KB or a number of bytes)`);
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[
    (m[2] ?? "").toLowerCase() as "" | "k" | "m" | "g"
  ];
  return Math.floor(Number(m[1]) * unit);
}

/** The output format: the flag, else the output file's extension, else JSON. */
export function chooseFormat(flag: string | undefined, output: string | undefined): FormatName {
  if (flag !== undefined) {
    const name = resolveFormatName(flag);
    if (!name) throw new UsageError(`unknown format "${flag}" (choose from ${FORMATS.join(", ")})`);
    return name;
  }
  if (output) {
    const inferred = formatFromExtension(output);
    if (inferred) return inferred;
  }
  return "json";
}
