import { describe, expect, it } from "vitest";
import { Pool, TaskError, WorkerCrash } from "../../src/batch/pool.js";

const script = new URL("./crash-worker.mjs", import.meta.url);

async function settle(pool: Pool<null, string, string>, tasks: string[]) {
  const results = await Promise.allSettled(tasks.map((task) => pool.run(task)));
  await pool.close();
  return results.map((r) => (r.status === "fulfilled" ? r.value : r.reason));
}

describe("worker pool", () => {
  it("fails only the task a worker died on, and carries on with a fresh worker", async () => {
    const pool = new Pool<null, string, string>({ script, size: 2, settings: null, batch: 3 });
    const tasks = ["a", "b", "exit", "c", "d", "exit", "e", "f", "g"];
    const results = await settle(pool, tasks);
    expect(results[2]).toBeInstanceOf(WorkerCrash);
    expect((results[2] as Error).message).toMatch(/exit code 3/);
    expect(results[5]).toBeInstanceOf(WorkerCrash);
    expect(results.filter((r) => typeof r === "string")).toEqual([
      "done a",
      "done b",
      "done c",
      "done d",
      "done e",
      "done f",
      "done g",
    ]);
  });

  it("reports a bug in a task as a TaskError, and a worker out of memory as a crash", async () => {
    const pool = new Pool<null, string, string>({
      script,
      size: 1,
      settings: null,
      resourceLimits: { maxOldGenerationSizeMb: 32 },
    });
    const [bug, oom, after] = await settle(pool, ["throw", "oom", "x"]);
    expect(bug).toBeInstanceOf(TaskError);
    expect((bug as Error).message).toContain("a bug");
    expect(oom).toBeInstanceOf(WorkerCrash);
    expect((oom as Error).message).toBe("the worker ran out of memory on this input");
    expect(after).toBe("done x");
  });

  it("keeps two workers writing into different folders while there is work for both", async () => {
    const pool = new Pool<null, string, string>({
      script,
      size: 2,
      settings: null,
      batch: 4,
      folderOf: (task) => task.split(":")[1] ?? null,
    });
    const first = pool.run("write:a:0");
    // The second worker starts when work arrives while the first is busy, as files do from a listing.
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [];
    for (const folder of ["a", "b"]) for (let k = 1; k < 12; k++) rest.push(pool.run(`write:${folder}:${k}`));
    const threads = await Promise.all([first, ...rest]);
    await pool.close();
    // The first batch of each folder (a:0 to a:4, b:1 to b:4) went to one worker each, not the same one.
    // Later batches may go either way: a worker that ran out of work in its own folder takes the next one's,
    // and which one runs out first depends on how fast each started.
    const inA = new Set(threads.slice(0, 5));
    const inB = new Set(threads.slice(12, 16));
    expect(inA.size).toBe(1);
    expect(inB.size).toBe(1);
    expect([...inA][0]).not.toBe([...inB][0]);
  });
});
