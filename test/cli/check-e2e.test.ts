import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch, scratch, story, write } from "../check/helpers.js";

/** The real binary, so the worker threads (which run the compiled code) are used. */
const BIN = join(import.meta.dirname, "..", "..", "bin", "dispatch");

describe("bin/dispatch check", () => {
  it("gives the same report with worker threads as without, duplicates across threads included", () => {
    const root = scratch();
    for (let i = 0; i < 24; i++) {
      const record = i % 3 === 0 ? story() : dispatch({ headline: `Floods, part ${i}` });
      if (i % 3 !== 0)
        record.body = [
          ...record.body,
          `Officials counted ${i} barges moored upstream of the port on Wednesday.`,
        ];
      if (i === 7) record.date = "2024-02-30";
      write(root, `story-${String(i).padStart(2, "0")}.${i % 2 ? "md" : "json"}`, record);
    }
    const runWith = (jobs: string) =>
      spawnSync(process.execPath, [BIN, "check", ".", "--reporter", "json", "--jobs", jobs], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const one = runWith("1");
    const two = runWith("2");
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stderr).toBe("");
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    const rules = JSON.parse(one.stdout).files.flatMap((f: { problems: { rule: string }[] }) =>
      f.problems.map((p) => p.rule),
    );
    expect(rules.filter((r: string) => r === "duplicate-story")).toHaveLength(7);
    expect(rules.filter((r: string) => r === "near-duplicate-story")).toHaveLength(15);
    expect(rules).toContain("valid-date");
  });

  it("exits 2 with one line for a bad config, and no stack trace", () => {
    const root = scratch();
    const result = spawnSync(process.execPath, [BIN, "check", ".", "--config", "missing.yaml"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "dispatch check: missing.yaml: cannot read the config: no such file or folder\n",
    );
  });
});
