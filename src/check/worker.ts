/** A worker thread of `dispatch check`: checks the chunks of files it is sent, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { type CheckOptions, checkFile } from "./run.js";

const options = workerData as CheckOptions;
parentPort?.on("message", (files: string[]) => {
  parentPort?.postMessage(files.map((file) => checkFile(file, options)));
});
