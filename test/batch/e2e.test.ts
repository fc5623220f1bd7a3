import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plant, scratch, story } from "./stories.js";

/** Runs of the real binary: what only a separate process can show (kill -9, GNU parallel). */
const BIN = join(import.meta.dirname, "..", "..", "bin", "dispatch");

function outputs(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).filter((path) => !path.startsWith(".dispatch"));
}

function corpus(count: number): string {
  const dir = scratch();
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`scraped/${i % 10}/${i}.txt`] = story(i);
  plant(dir, files);
  return dir;
}

describe("dispatch convert, the real binary", () => {
  it("leaves no partial output after kill -9, and a second run finishes the job", async () => {
    const dir = corpus(1200);
    const out = join(dir, "archive");
    const child = spawn(BIN, ["convert", "scraped", "--out-dir", "archive", "--jobs", "2"], {
      cwd: dir,
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Kill it hard once some outputs are there, while others are being written.
    for (let waited = 0; waited < 20_000; waited += 10) {
      if (existsSync(out) && outputs(out).filter((p) => p.endsWith(".json")).length >= 40) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill("SIGKILL");
    await exited;
    const written = outputs(out).filter((path) => path.endsWith(".json"));
    expect(written.length).toBeGreaterThan(0);
    // Every output that exists is whole; unfinished work is only ever in hidden temporary files.
    for (const path of written)
      expect(() => JSON.parse(readFileSync(join(out, path), "utf8")), path).not.toThrow();

    const again = spawnSync(BIN, ["convert", "scraped", "--out-dir", "archive"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/ 0 failed/);
    const done = outputs(out);
    expect(done.filter((path) => path.endsWith(".json"))).toHaveLength(1200);
    expect(done.filter((path) => path.endsWith(".dispatch-tmp"))).toEqual([]);
    expect(readdirSync(join(out, ".dispatch"))).toEqual(["manifest.ndjson"]);
    expect(readFileSync(join(out, ".dispatch/manifest.ndjson"), "utf8").trim().split("\n")).toHaveLength(
      1200,
    );
  }, 120_000);

  it("runs the README's GNU parallel recipe (here on the local machine) to the same result as one run", () => {
    const dir = corpus(90);
    const recipe = `parallel --will-cite -S : --workdir ${dir} '${BIN} convert scraped --out-dir archive --shard {}/4 --quiet' ::: 1 2 3 4`;
    const shared = spawnSync("bash", ["-c", recipe], { cwd: dir, encoding: "utf8" });
    expect(shared.status, shared.stderr).toBe(0);
    const whole = spawnSync(BIN, ["convert", "scraped", "--out-dir", "whole", "--quiet"], { cwd: dir });
    expect(whole.status).toBe(0);
    expect(outputs(join(dir, "archive")).sort()).toEqual(outputs(join(dir, "whole")).sort());

    // The NDJSON variant: one stream per share, concatenated.
    const streams = `parallel --will-cite -S : --workdir ${dir} '${BIN} convert scraped --shard {}/4 > part-{}.ndjson' ::: 1 2 3 4 && cat part-*.ndjson`;
    const joined = spawnSync("bash", ["-c", streams], { cwd: dir, encoding: "utf8" });
    expect(joined.status, joined.stderr).toBe(0);
    const paths = joined.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).origin.path);
    expect(new Set(paths).size).toBe(90);
  }, 60_000);

  it("streams NDJSON to a pipe and prints the schema from wherever it is installed", () => {
    const dir = corpus(12);
    const piped = spawnSync("bash", ["-c", `${BIN} convert scraped | wc -l`], { cwd: dir, encoding: "utf8" });
    expect(piped.stdout.trim()).toBe("12");
    const schema = spawnSync(BIN, ["schema"], { encoding: "utf8" });
    expect(JSON.parse(schema.stdout).title).toBeTruthy();
  });
});
