/** A worker thread of `dispatch check`: does the tasks it is sent, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { type CheckOptions, checkFile, placeAll, type WorkerTask } from "./run.js";

const options = workerData as CheckOptions;
parentPort?.on("message", (task: WorkerTask) => {
  parentPort?.postMessage(
    task.kind === "check"
      ? task.files.map((file) => checkFile(file, options))
      : placeAll(task.requests, options),
  );
});
