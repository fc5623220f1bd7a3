#!/usr/bin/env node
// The CLI as one file: Node loads one module instead of dozens, which is most of its start-up time.
// `npm run build` runs this after tsc. bin/dispatch imports dist/cli.js; convert's workers run dist/worker.js, check's dist/check-worker.js.
// Packages that only some commands need (YAML, JSON Schema, globbing, legacy encodings, the progress bar)
// stay outside the bundle and load from node_modules when first used.
import { readdirSync, rmSync } from "node:fs";
import { build } from "esbuild";

const root = new URL("..", import.meta.url);
const dist = new URL("dist/", root);

// Chunk names change with their content: clear the last build's, so none goes stale.
for (const name of readdirSync(dist)) if (name.startsWith("chunk-")) rmSync(new URL(name, dist));

/**
 * commander requires node:child_process at load only to run external subcommands, which this CLI has none
 * of; loading it costs every start some 10 ms. Here it is a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${"/node_modules/"}commander/`)
        ? { path: "child_process", namespace: "lazy" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: `let real;
const load = () => (real ??= require("node:child_process"));
module.exports = new Proxy({}, { get: (_, name) => load()[name] });`,
      loader: "js",
    }));
  },
};

await build({
  absWorkingDir: root.pathname,
  entryPoints: {
    cli: "src/cli/main.ts",
    worker: "src/batch/worker.ts",
    "check-worker": "src/check/check-worker.ts",
  },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  // Commands load their own code when run (`convert` its worker pool and globbing) from chunks beside these.
  splitting: true,
  chunkNames: "chunk-[hash]",
  target: "node20",
  sourcemap: "linked",
  external: [
    "yaml",
    "js-yaml",
    "ajv",
    "ajv/*",
    "iconv-lite",
    "fast-glob",
    "picomatch",
    "cli-progress",
    "jsonc-parser",
  ],
  // commander is CommonJS: inside an ES module bundle its require() calls need a real require.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  plugins: [lazyChildProcess],
  logLevel: "warning",
});
