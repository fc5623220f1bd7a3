/**
 * An output longer than a JavaScript string can be (about 512 MB, reached by a 20 MB input of nothing but
 * debris with --keep-removed) is refused in one line, with nothing written. Building such an output takes
 * half a minute, so the serialiser is made to fail the way it then fails.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { run } from "../helpers/cli.js";
import { FIXTURES, REFERENCE } from "../helpers/fixtures.js";
import { scratchDir } from "../helpers/scratch.js";

vi.mock("../../src/formats/index.js", async (original) => ({
  ...(await original<typeof import("../../src/formats/index.js")>()),
  serialise: () => {
    throw new RangeError("Invalid string length");
  },
}));

describe("an output too large to hold", () => {
  it("is refused in one line naming the output, exit 1, nothing written", async () => {
    const out = join(scratchDir("large"), "out.json");
    const reference = join(FIXTURES, REFERENCE, "input.txt");
    const toFile = await run(["parse", "--keep-removed", reference, "-o", out]);
    expect(toFile.code).toBe(1);
    expect(toFile.stderr).toBe(
      `${out}: error: the output would be larger than one string can hold (about 512 MB); nothing was written. Parse fewer files at a time, or leave out --keep-removed\n`,
    );
    expect(existsSync(out)).toBe(false);
    const toStdout = await run(["parse", reference]);
    expect(toStdout.code).toBe(1);
    expect(toStdout.stdout).toBe("");
    expect(toStdout.stderr).toMatch(/^<stdout>: error: the output would be larger/);
  });
});
