/** What to check: files, folders (searched for archive files) and quoted glob patterns, expanded and sorted. */
import { statSync } from "node:fs";
import { normalize, resolve } from "node:path";
import fg from "fast-glob";

/** The extensions a folder is searched for: this tool's formats, or plain text scrapes with --raw. */
export const ARCHIVE_EXTENSIONS = ["json", "ndjson", "jsonl", "yaml", "yml", "md", "markdown"];
export const RAW_EXTENSIONS = ["txt"];

/** An input that names nothing: the message says which and why. */
export class NoFilesError extends Error {
  override readonly name = "NoFilesError";
}

const IGNORE = ["**/node_modules/**", "**/.git/**"];

/** Inputs to the files they name, relative to `cwd` as given (absolute stays absolute), each once, sorted. */
export async function expandInputs(inputs: readonly string[], raw: boolean, cwd: string): Promise<string[]> {
  const extensions = raw ? RAW_EXTENSIONS : ARCHIVE_EXTENSIONS;
  const found = new Set<string>();
  for (const input of inputs) {
    const kind = kindOf(resolve(cwd, input));
    if (kind === "file") {
      found.add(normalize(input));
      continue;
    }
    const pattern = kind === "folder" ? folderPattern(input, extensions) : input;
    if (kind === null && !fg.isDynamicPattern(input))
      throw new NoFilesError(`${input}: no such file or folder`);
    const matches = await fg(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      ignore: IGNORE,
      followSymbolicLinks: false,
    });
    if (matches.length === 0) {
      const what =
        kind === "folder"
          ? `no ${extensions.map((e) => `.${e}`).join(", ")} files in ${input}`
          : `no files match "${input}"`;
      throw new NoFilesError(what);
    }
    // Normalised, so a file named twice ("a/x.json", "a/../a/x.json") is checked once, not taken for its own copy.
    for (const match of matches) found.add(normalize(match));
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A folder to the pattern of the files under it with one of the extensions. The current folder gives a
 * pattern without a prefix, so the paths found read "x.json", not "./x.json".
 */
function folderPattern(folder: string, extensions: readonly string[]): string {
  // A brace of one ("{txt}") is not expanded: it would match only a file named "*.{txt}".
  const files = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(",")}}`;
  const trimmed = folder === "/" ? "" : folder.replace(/\/+$/, "");
  if (trimmed === "." || trimmed === "./") return files;
  return `${fg.escapePath(trimmed.replace(/^(?:\.\/)+/, ""))}/${files}`;
}

function kindOf(path: string): "file" | "folder" | null {
  try {
    const info = statSync(path);
    return info.isDirectory() ? "folder" : "file";
  } catch {
    return null;
  }
}
