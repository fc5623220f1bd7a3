// A worker for the pool tests: it answers tasks, and dies in the ways a real worker can.
import { threadId } from "node:worker_threads";
import { serve } from "../../dist/batch/pool.js";

const pause = new Int32Array(new SharedArrayBuffer(4));

serve(() => (task) => {
  if (task === "exit") process.exit(3);
  if (task === "throw") throw new Error("a bug");
  if (task === "oom") {
    const hog = [];
    for (;;) hog.push(new Array(1e6).fill(hog.length));
  }
  // "write:FOLDER:N": a task that takes a while, answered with the thread that ran it.
  if (task.startsWith("write:")) {
    Atomics.wait(pause, 0, 0, 5);
    return `thread ${threadId}`;
  }
  return `done ${task}`;
});
