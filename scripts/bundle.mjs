#!/usr/bin/env node
// The CLI as one classic script with a V8 code cache beside it: start-up is most of a one-file run's time, and
// compiling the code is most of start-up. `npm run build` runs this after tsc.
// - dist/cli.cjs: the whole CLI, CommonJS, no chunks. bin/load-cli.cjs compiles it with the code cache.
// - dist/cli-v8-<V8 version>.cache: V8's compiled code for it, made here by a warm-up run (parse, help,
//   version), so the functions a run needs are in it. Another Node (another V8) ignores it.
// - dist/worker.js, dist/check-worker.js: convert's and check's worker threads, ES modules sharing chunks.
// Packages that only some commands need (YAML, JSON Schema, globbing, legacy encodings, the progress bar)
// stay outside the bundle and load from node_modules when first used.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { build } from "esbuild";

const root = new URL("..", import.meta.url);
const dist = new URL("dist/", root);

// Chunk names change with their content, and a cache only fits the script it was made from: clear the last
// build's (and the ES-module CLI of earlier builds), so none goes stale.
const stale = (name) => name.startsWith("chunk-") || /^cli[.-]/.test(name);
for (const name of readdirSync(dist)) if (stale(name)) rmSync(new URL(name, dist));

const EXTERNAL = [
  "yaml",
  "js-yaml",
  "ajv",
  "ajv/*",
  "iconv-lite",
  "fast-glob",
  "picomatch",
  "cli-progress",
  "jsonc-parser",
];

/**
 * A stand-in for a module that loads the real one when one of its exports is first read. The bundle reads
 * them only where it calls them, so a run that never calls one never loads it. The stand-in lists the real
 * module's export names (as the build sees them) so that esbuild's ES-module view of it can forward each.
 */
async function standIn(id) {
  const names = Object.getOwnPropertyNames(await import(id)).filter((name) => name !== "default");
  return `const names = ${JSON.stringify(names)};
let real;
const load = () => (real ??= require(${JSON.stringify(id)}));
module.exports = new Proxy({}, {
  get: (_, name) => load()[name],
  has: (_, name) => name in load(),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_, name) => (names.includes(name) ? { enumerable: true, configurable: true } : undefined),
});`;
}

/**
 * Modules a run may well not need, loaded on first use: built-in ones cost a start up to several ms each
 * (node:child_process some 10, which commander requires only to run external subcommands, this CLI having
 * none; node:crypto 5; node:tty 3); the HTML entity decoder builds its tables (some 3 ms) when loaded, and
 * only text with an "&" in it needs them; chalk builds its styles (some 2 ms), and a run with no message to
 * print needs none.
 */
const LAZY = [
  ...["child_process", "crypto", "fs/promises", "module", "os", "tty", "v8", "worker_threads"].map(
    (name) => `node:${name}`,
  ),
  "entities/decode",
  "chalk",
];
const lazyModules = {
  name: "lazy-modules",
  setup(build) {
    build.onResolve({ filter: /./ }, (args) => {
      const id = builtinModules.includes(args.path) ? `node:${args.path}` : args.path;
      if (!LAZY.includes(id)) return undefined;
      // The stand-in's own require: a built-in stays outside the bundle, a package is bundled as usual.
      if (args.namespace === "lazy") return id.startsWith("node:") ? { path: id, external: true } : undefined;
      return { path: id, namespace: "lazy" };
    });
    build.onLoad({ filter: /./, namespace: "lazy" }, async (args) => ({
      contents: await standIn(args.path),
      loader: "js",
      resolveDir: root.pathname,
    }));
  },
};

/**
 * The CLI picks its colours itself (src/cli/io.ts, which honours NO_COLOR and --color) and always gives chalk
 * a level; chalk's own terminal detection would only load node:tty at every start.
 */
const noColourDetection = {
  name: "no-colour-detection",
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({ path: "supports-color", namespace: "stub" }));
    build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: "export default { stdout: false, stderr: false };",
      loader: "js",
    }));
  },
};

/**
 * The version, read from package.json now rather than at every start: the bundle is rebuilt with the
 * package anyway. The library build (src/version.ts through tsc) still reads the file.
 */
const inlineVersion = {
  name: "inline-version",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, async () => {
      const { version } = JSON.parse(await readFile(new URL("package.json", root), "utf8"));
      return { contents: `export const VERSION: string = ${JSON.stringify(version)};`, loader: "ts" };
    });
  },
};

/**
 * A classic script has no import(): a package loaded on first use (`await import("fast-glob")`) becomes a
 * require() there, through a one-line module that esbuild wraps like any import().
 */
const requireExternals = {
  name: "require-externals",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === "required") return { path: args.path, external: true };
      if (args.kind !== "dynamic-import") return undefined;
      return { path: args.path, namespace: "required" };
    });
    build.onLoad({ filter: /.*/, namespace: "required" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
    }));
  },
};

const common = {
  absWorkingDir: root.pathname,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  external: EXTERNAL,
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: { cli: "src/cli/main.ts" },
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  // The sources find files beside themselves (package.json, the schema, the workers) from import.meta.url.
  define: { "import.meta.url": "__moduleUrl" },
  // The build id (first line) ties the code cache to this very bundle: see bin/load-cli.cjs. The sources are
  // ES modules, strict mode: the directive comes before any statement (esbuild's own would follow this banner).
  banner: {
    js: [
      `// build ${randomUUID().replaceAll("-", "")}`,
      '"use strict";',
      'const __moduleUrl = require("node:url").pathToFileURL(__filename).href;',
    ].join("\n"),
  },
  plugins: [lazyModules, noColourDetection, inlineVersion, requireExternals],
});

await build({
  ...common,
  entryPoints: { worker: "src/batch/worker.ts", "check-worker": "src/check/check-worker.ts" },
  format: "esm",
  splitting: true,
  chunkNames: "chunk-[hash]",
  // Bundled CommonJS packages inside an ES module need a real require.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
});

// The code cache, from a warm-up run in a fresh process: the cache holds what that run compiled.
const warm = spawnSync(
  process.execPath,
  [new URL("../bin/load-cli.cjs", import.meta.url).pathname, "--make-cache"],
  {
    stdio: "inherit",
  },
);
if (warm.status !== 0) throw new Error("the code cache could not be made");
