"use strict";
// Loads the bundled CLI (dist/cli.cjs) with the V8 code cache the build made for it, so a start skips compiling
// it: that is most of a short run's time. Without a cache this Node can use (another V8 version, other V8
// flags), the script compiles as any module does, through Node's own compile cache where Node has one.
// `node bin/load-cli.cjs --make-cache` is the build's warm-up run that makes the cache.
const { existsSync, readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

const DIST = join(__dirname, "..", "dist");
const BUNDLE = join(DIST, "cli.cjs");
const CACHE = join(DIST, `cli-v8-${process.versions.v8}.cache`);
// What Node wraps a CommonJS module in; on the script's first line, so line numbers stay the bundle's.
const WRAPPER = "(function (exports, require, module, __filename, __dirname) { ";
/**
 * Each build marks the bundle's first line with an id of its own, and the cache starts with the same id: V8
 * checks a cache only against the length of the script, so one from another build could otherwise be taken.
 */
const BUILD_ID = /^\/\/ build ([0-9a-f]{32})\n/;
const HEADER = 33;

/**
 * Compiles and runs the bundle, with the code cache (the cache file's bytes) when it was made for this build;
 * returns the script and the bundle's exports.
 */
function compile(cache) {
  const source = readFileSync(BUNDLE, "utf8");
  const build = BUILD_ID.exec(source)?.[1];
  const ours =
    cache !== undefined && build !== undefined && cache.toString("latin1", 0, HEADER) === `${build}\n`;
  const script = new Script(`${WRAPPER}${source}\n})`, {
    filename: BUNDLE,
    columnOffset: -WRAPPER.length,
    cachedData: ours ? cache.subarray(HEADER) : undefined,
  });
  const module = { exports: {} };
  // This file's require finds what the bundle's would (built-ins, and packages in the same node_modules),
  // without loading node:module for createRequire.
  script.runInThisContext()(module.exports, require, module, BUNDLE, DIST);
  return { script, build, exports: module.exports };
}

/** The bundled CLI's exports (`main`). */
function loadCli() {
  let cache;
  try {
    cache = readFileSync(CACHE);
  } catch {
    // None made by this V8: Node 22 and later keep their own compiled code of a module between runs.
    require("node:module").enableCompileCache?.();
    return require(BUNDLE);
  }
  // V8 also checks the cache against its version and flags; one it rejects is ignored.
  return compile(cache).exports;
}

/** The warm-up: the commands a short run uses most, run in-process, then the code V8 compiled for them. */
async function makeCache() {
  const { Readable, Writable } = require("node:stream");
  const { script, build, exports } = compile(undefined);
  if (build === undefined) throw new Error("the bundle has no build id on its first line");
  const sample = join(__dirname, "..", "fixtures", "afp-putin-kim-2025-09-03", "input.txt");
  const runs = [["--help"], ["--version"], ["parse", "--help"]];
  // A checkout has the sample dispatch; a build without it still caches the CLI's own code.
  if (existsSync(sample)) runs.unshift(["parse", sample]);
  for (const argv of runs) {
    const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
    const ctx = { argv, stdin: Readable.from([]), stdout: sink(), stderr: sink(), env: {} };
    const code = await exports.main(ctx);
    if (code !== 0) throw new Error(`warm-up run ${argv.join(" ")} exited ${code}`);
  }
  writeFileSync(CACHE, Buffer.concat([Buffer.from(`${build}\n`, "latin1"), script.createCachedData()]));
}

if (require.main === module && process.argv[2] === "--make-cache") {
  makeCache().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
}

module.exports = { CACHE, compile, loadCli };
