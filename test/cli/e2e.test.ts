import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { FIXTURES, REFERENCE } from "../helpers/fixtures.js";

/** A few runs of the real binary: the in-process tests cover the rest. */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "dispatch");
const reference = join(FIXTURES, REFERENCE, "input.txt");

const sh = (command: string) =>
  spawnSync("bash", ["-c", command], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

describe("bin/dispatch", () => {
  it("parses the reference to JSON that jq-style tools can read", () => {
    const result = spawnSync(BIN, ["parse", reference], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).source.code).toBe("AFP");
  });

  it("prints the version from package.json, by either flag, as the in-process CLI does", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const flag of ["--version", "-V"]) {
      const result = spawnSync(BIN, [flag], { encoding: "utf8" });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
      expect((await run([flag])).stdout).toBe(result.stdout);
    }
  });

  it("ends quietly when the reader goes away", () => {
    const big = Array.from({ length: 400 }, () => reference).join(" ");
    const result = sh(
      `set -o pipefail; ${BIN} parse --format ndjson ${big} | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(result.stdout).toContain("status=0");
    expect(result.stderr).toBe("");
  });

  it("exits 2 for a usage error and 1 for a missing file, with one line and no stack trace", () => {
    const usage = spawnSync(BIN, ["parse", "--bogus"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
    const missing = spawnSync(BIN, ["parse", "nope.txt"], { encoding: "utf8" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("nope.txt: error: no such file or folder\n");
  });

  it("reads standard input in a pipeline", () => {
    const result = sh(`cat ${reference} | ${BIN} parse --format yaml | head -3`);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^schemaVersion: "?1\.0"?\n/);
  });
});
