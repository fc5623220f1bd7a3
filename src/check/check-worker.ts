/** A worker thread of `dispatch check`: does the tasks it is sent, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { type CheckOptions, checkChunk, placeAll, type WorkerTask } from "./run.js";

const options = workerData as CheckOptions;
parentPort?.on("message", (task: WorkerTask) => {
  if (task.kind === "locate") {
    parentPort?.postMessage(placeAll(task.requests, options));
    return;
  }
  const outcome = checkChunk(task.files, options);
  // The signatures' buffer moves to the main thread rather than being copied.
  parentPort?.postMessage(outcome, [outcome.entries.signatures.buffer]);
});
