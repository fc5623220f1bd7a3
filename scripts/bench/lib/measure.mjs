// Timing and memory helpers for the benchmarks.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = new URL("../../../", import.meta.url).pathname;
export const BIN = join(ROOT, "bin", "dispatch");
const RSS = new URL("./rss.mjs", import.meta.url).pathname;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs a command; resolves with its wall time in ms and exit code. Output is discarded unless `stdout` is given. */
export function time(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ["ignore", options.stdout ?? "ignore", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ ms: performance.now() - started, code, stderr }));
  });
}

/**
 * Runs the CLI in a process that reports, when it ends, its peak resident memory and its CPU time (user and
 * system, all threads).
 */
export async function dispatchWithMemory(args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), "dispatch-rss-"));
  const report = join(dir, "rss");
  const result = await time(process.execPath, [RSS, report, ...args], options);
  const usage = JSON.parse(readFileSync(report, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  return { ...result, peakMB: usage.maxRssKB / 1024, userMs: usage.userMs, systemMs: usage.systemMs };
}

export const ms = (value) =>
  `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ms`;
export const num = (value) => Math.round(value).toLocaleString("en-US");
