// A worker for the pool tests: it answers tasks, and dies in the ways a real worker can.
import { serve } from "../../dist/batch/pool.js";

serve(() => (task) => {
  if (task === "exit") process.exit(3);
  if (task === "throw") throw new Error("a bug");
  if (task === "oom") {
    const hog = [];
    for (;;) hog.push(new Array(1e6).fill(hog.length));
  }
  return `done ${task}`;
});
