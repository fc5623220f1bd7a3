// Runs the CLI like bin/dispatch does, then writes to a file, as JSON, its peak resident set size (KB) and the
// CPU time it used (ms, user and system), each over every thread.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const { main } = createRequire(import.meta.url)("../../../bin/load-cli.cjs").loadCli();

const [report, ...argv] = process.argv.slice(2);
process.exitCode = await main({
  argv,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.on("exit", () => {
  const usage = process.resourceUsage();
  const cpu = { userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 };
  writeFileSync(report, JSON.stringify({ maxRssKB: usage.maxRSS, ...cpu }));
});
