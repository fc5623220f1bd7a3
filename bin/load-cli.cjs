"use strict";
// Loads the bundled CLI (dist/cli.cjs) with the V8 code cache the build made for it, so a start skips compiling
// it: that is most of a short run's time. Without a cache this Node can use (another V8 version, other V8
// flags), the script compiles as any module does, through Node's own compile cache where Node has one.
// `node bin/load-cli.cjs --make-cache` is the build's warm-up run that makes the cache.
const { existsSync, readFileSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

const DIST = join(__dirname, "..", "dist");
const BUNDLE = join(DIST, "cli.cjs");
const CACHE = join(DIST, `cli-v8-${process.versions.v8}.cache`);
// What Node wraps a CommonJS module in; on the script's first line, so line numbers stay the bundle's.
const WRAPPER = "(function (exports, require, module, __filename, __dirname) { ";

/** Compiles and runs the bundle with the code cache when there is one; returns the script and its exports. */
function compile(cachedData) {
  const source = readFileSync(BUNDLE, "utf8");
  const script = new Script(`${WRAPPER}${source}\n})`, {
    filename: BUNDLE,
    columnOffset: -WRAPPER.length,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    require("node:module").createRequire(BUNDLE),
    module,
    BUNDLE,
    DIST,
  );
  return { script, exports: module.exports };
}

/** The bundled CLI's exports (`main`). */
function loadCli() {
  const cachedData = currentCache();
  if (cachedData === undefined) {
    // Node 22 and later keep their own compiled code of a module between runs.
    require("node:module").enableCompileCache?.();
    return require(BUNDLE);
  }
  // V8 checks the cache against its version, flags and the source's length; one it rejects is ignored.
  return compile(cachedData).exports;
}

/**
 * The cache made by this V8 for the bundle as it is, if there is one. One older than the bundle was made for
 * an earlier build (or the bundle was edited since): V8 could take it for a script of the same length.
 */
function currentCache() {
  try {
    if (statSync(CACHE).mtimeMs < statSync(BUNDLE).mtimeMs) return undefined;
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** The warm-up: the commands a short run uses most, run in-process, then the code V8 compiled for them. */
async function makeCache() {
  const { Writable } = require("node:stream");
  const { script, exports } = compile(undefined);
  const sample = join(__dirname, "..", "fixtures", "afp-putin-kim-2025-09-03", "input.txt");
  const runs = [["--help"], ["--version"], ["parse", "--help"]];
  // A checkout has the sample dispatch; a build without it still caches the CLI's own code.
  if (existsSync(sample)) runs.unshift(["parse", sample]);
  for (const argv of runs) {
    const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
    const code = await exports.main({ argv, stdin: process.stdin, stdout: sink(), stderr: sink(), env: {} });
    if (code !== 0) throw new Error(`warm-up run ${argv.join(" ")} exited ${code}`);
  }
  writeFileSync(CACHE, script.createCachedData());
}

if (require.main === module && process.argv[2] === "--make-cache") {
  makeCache().catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
}

module.exports = { CACHE, compile, loadCli };
