import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, REFERENCE } from "../helpers/fixtures.js";
import { scratchDir } from "../helpers/scratch.js";

/** bin/dispatch loads the bundle through bin/load-cli.cjs, with the code cache the build made for this Node. */
const ROOT = join(import.meta.dirname, "..", "..");
const CACHE = `cli-v8-${process.versions.v8}.cache`;
const reference = join(FIXTURES, REFERENCE, "input.txt");
const temp = scratchDir("load");

/** A copy of bin/ and the bundle in a folder of its own, with the cache given (none, the build's, or bytes). */
function install(name: string, cache: "none" | "built" | Buffer): string {
  const dir = join(temp, name);
  for (const sub of ["bin", "dist"]) mkdirSync(join(dir, sub), { recursive: true });
  for (const file of readdirSync(join(ROOT, "bin")))
    copyFileSync(join(ROOT, "bin", file), join(dir, "bin", file));
  copyFileSync(join(ROOT, "dist", "cli.cjs"), join(dir, "dist", "cli.cjs"));
  if (cache === "built") copyFileSync(join(ROOT, "dist", CACHE), join(dir, "dist", CACHE));
  else if (cache !== "none") writeFileSync(join(dir, "dist", CACHE), cache);
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return join(dir, "bin", "dispatch");
}

const parse = (bin: string) => spawnSync(bin, ["parse", "--keep-removed", reference], { encoding: "utf8" });

describe("bin/load-cli.cjs", () => {
  it("finds the build's code cache for this Node, and V8 takes it; one from another build is not offered", () => {
    expect(readdirSync(join(ROOT, "dist"))).toContain(CACHE);
    // In a process of its own: V8 takes a cache only from a process with the flags it was made under.
    const probe = (build: string) => `
      const { CACHE, compile } = require(${JSON.stringify(join(ROOT, "bin", "load-cli.cjs"))});
      const cache = require("node:fs").readFileSync(CACHE);
      if (${JSON.stringify(build)}) cache.write(${JSON.stringify(build)}, 0, "latin1");
      process.stdout.write(String(compile(cache).script.cachedDataRejected));`;
    const taken = spawnSync(process.execPath, ["-e", probe("")], { encoding: "utf8" });
    expect(taken.stdout).toBe("false");
    const other = spawnSync(process.execPath, ["-e", probe("0".repeat(32))], { encoding: "utf8" });
    expect(other.stdout).toBe("undefined");
  });

  it("keeps the sources' strict mode: the directive opens the bundle, after the build id", () => {
    const head = readFileSync(join(ROOT, "dist", "cli.cjs"), "utf8").slice(0, 100);
    expect(head).toMatch(/^\/\/ build [0-9a-f]{32}\n"use strict";\n/);
  });

  it("gives the same records with the cache, without one, and with one V8 refuses", () => {
    const expected = parse(join(ROOT, "bin", "dispatch"));
    expect(expected.status).toBe(0);
    for (const [name, cache] of [
      ["cached", "built"],
      ["uncached", "none"],
      ["refused", Buffer.from("not a code cache")],
    ] as const) {
      const result = parse(install(name, cache));
      expect({ name, status: result.status, stderr: result.stderr }).toEqual({
        name,
        status: 0,
        stderr: expected.stderr,
      });
      expect(result.stdout).toBe(expected.stdout);
    }
  });
});
