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
import { readdirSync, rmSync } from "node:fs";
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
 * Node's built-in modules each cost a start up to several ms to load (node:child_process some 10, which
 * commander requires only to run external subcommands, this CLI having none; node:crypto 5; node:tty 3), and
 * most commands need few of them. In the bundle each is a stand-in that loads the real module when one of its
 * exports is first read, which the bundle does only where it calls them. The stand-in lists the real
 * module's export names (as this Node has them) so that esbuild's ES-module view of it can forward each.
 */
const LAZY_BUILTINS = ["child_process", "crypto", "os", "tty", "v8", "worker_threads"];
const lazyBuiltins = {
  name: "lazy-builtins",
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join("|")})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === "lazy-builtin"
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ""), namespace: "lazy-builtin" },
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, async (args) => {
      const id = `node:${args.path}`;
      const names = Object.getOwnPropertyNames(await import(id)).filter((name) => name !== "default");
      return {
        contents: `const names = ${JSON.stringify(names)};
let real;
const load = () => (real ??= require(${JSON.stringify(id)}));
module.exports = new Proxy({}, {
  get: (_, name) => load()[name],
  has: (_, name) => name in load(),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_, name) => (names.includes(name) ? { enumerable: true, configurable: true } : undefined),
});`,
        loader: "js",
      };
    });
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
  banner: { js: 'const __moduleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [lazyBuiltins, noColourDetection, requireExternals],
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
