// Runs the CLI like bin/dispatch does, then writes its peak resident set size (KB, every thread) to a file.
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
process.on("exit", () => writeFileSync(report, String(process.resourceUsage().maxRSS)));
