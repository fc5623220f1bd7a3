/**
 * File system faults when writing (and reading): each gives one clear line naming the file, leaves no
 * partial or temporary file behind, and leaves files already written as they were.
 *
 * Tests run as root, which file permissions do not stop, so permission denied, a full disk and a
 * read-only file system are staged through the FileSystem seam the CLI writes through: the real file
 * system, with one operation made to fail the way the kernel fails it (a full disk even writes part of the
 * file first). A folder where a file was expected, a missing folder and a file in the path are real.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type FileSystem, nodeFiles, writeAtomic } from "../../src/cli/io.js";
import { run } from "../helpers/cli.js";
import { FIXTURES, REFERENCE } from "../helpers/fixtures.js";
import { scratchDir } from "../helpers/scratch.js";

const reference = join(FIXTURES, REFERENCE, "input.txt");
const scratch = () => scratchDir("fs");

function fsError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

/** The real file system with one operation failing as the kernel would fail it. */
function failing(operation: keyof FileSystem, code: string): FileSystem {
  const files: FileSystem = { ...nodeFiles };
  if (operation === "writeNew" && code === "ENOSPC") {
    // A full disk takes the first bytes, then refuses the rest: a partial file exists until cleaned up.
    files.writeNew = async (path, data) => {
      await writeFile(path, String(data).slice(0, 100), { flag: "wx" });
      throw fsError(code, "write", path);
    };
  } else {
    files[operation] = (async (path: string) => {
      throw fsError(code, operation, path);
    }) as never;
  }
  return files;
}

const FAULTS: { fault: string; operation: keyof FileSystem; code: string; message: string }[] = [
  { fault: "permission denied", operation: "writeNew", code: "EACCES", message: "permission denied" },
  { fault: "disk full", operation: "writeNew", code: "ENOSPC", message: "no space left on the device" },
  {
    fault: "read-only file system",
    operation: "writeNew",
    code: "EROFS",
    message: "the file system is read-only",
  },
  {
    fault: "read-only folder (rename refused)",
    operation: "rename",
    code: "EACCES",
    message: "permission denied",
  },
];

describe("dispatch parse -o on a failing file system", () => {
  for (const { fault, operation, code, message } of FAULTS) {
    it(`${fault}: one line, exit 1, no partial file, the previous output intact`, async () => {
      const dir = scratch();
      const out = join(dir, "story.json");
      writeFileSync(out, "previous output\n");
      const result = await run(["parse", reference, "-o", out], { files: failing(operation, code) });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`${out}: error: cannot write: ${message}; nothing was written\n`);
      expect(readdirSync(dir)).toEqual(["story.json"]);
      expect(readFileSync(out, "utf8")).toBe("previous output\n");
    });
  }

  it("a folder where the output file was expected", async () => {
    const dir = scratch();
    const out = join(dir, "out.json");
    mkdirSync(out);
    const result = await run(["parse", reference, "-o", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${out}: error: cannot write: is a folder, not a file; nothing was written\n`);
    expect(readdirSync(dir)).toEqual(["out.json"]);
    expect(readdirSync(out)).toEqual([]);
  });

  it("an output folder that does not exist, or a file in the path where a folder should be", async () => {
    const dir = scratch();
    const missing = join(dir, "no-such-folder", "out.json");
    const first = await run(["parse", reference, "-o", missing]);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(
      `${missing}: error: cannot write: the folder ${join(dir, "no-such-folder")} does not exist; nothing was written\n`,
    );
    writeFileSync(join(dir, "file"), "x");
    const through = join(dir, "file", "out.json");
    const second = await run(["parse", reference, "-o", through]);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `${through}: error: cannot write: a part of the path is not a folder; nothing was written\n`,
    );
    expect(readdirSync(dir)).toEqual(["file"]);
  });

  it("writes through a symbolic link, leaving the link a link", async () => {
    const dir = scratch();
    const real = join(dir, "real.json");
    writeFileSync(real, "old\n");
    symlinkSync(real, join(dir, "link.json"));
    expect((await run(["parse", reference, "-o", join(dir, "link.json")])).code).toBe(0);
    expect(JSON.parse(readFileSync(real, "utf8")).headline).toMatch(/^Putin meets Kim/);
    expect(readdirSync(dir).sort()).toEqual(["link.json", "real.json"]);
  });

  it("an unreadable input is named, and the other inputs are still parsed", async () => {
    const files = { ...nodeFiles };
    files.readFile = async (path) => {
      if (path.endsWith("locked.txt")) throw fsError("EACCES", "open", path);
      return nodeFiles.readFile(path);
    };
    const dir = scratch();
    const locked = join(dir, "locked.txt");
    writeFileSync(locked, "PARIS (AFP) - Text.");
    const result = await run(["parse", locked, reference], { files });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${locked}: error: permission denied\n`);
    expect(JSON.parse(result.stdout).headline).toMatch(/^Putin meets Kim/);
  });
});

describe("writeAtomic", () => {
  it("keeps every file already written when a later write fails", async () => {
    const dir = scratch();
    await writeAtomic(join(dir, "a.json"), "a\n");
    await writeAtomic(join(dir, "b.json"), "b\n");
    await expect(
      writeAtomic(join(dir, "c.json"), "c".repeat(1000), failing("writeNew", "ENOSPC")),
    ).rejects.toMatchObject({
      code: "ENOSPC",
    });
    await expect(writeAtomic(join(dir, "a.json"), "a2\n", failing("rename", "EROFS"))).rejects.toMatchObject({
      code: "EROFS",
    });
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json"]);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe("a\n");
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe("b\n");
  });

  it("replaces a file whole, and copes with a name as long as the file system allows", async () => {
    const dir = scratch();
    const long = join(dir, `${"n".repeat(250)}.json`);
    await writeAtomic(long, "first\n");
    await writeAtomic(long, "second\n");
    expect(readFileSync(long, "utf8")).toBe("second\n");
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it("two writers of the same file never mix their outputs", async () => {
    const dir = scratch();
    const path = join(dir, "same.json");
    const texts = Array.from({ length: 8 }, (_, i) => `${String(i).repeat(100_000)}\n`);
    await Promise.all(texts.map((text) => writeAtomic(path, text)));
    expect(texts).toContain(readFileSync(path, "utf8"));
    expect(readdirSync(dir)).toEqual(["same.json"]);
  });
});
