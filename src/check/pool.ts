/**
 * Worker threads that take tasks from one queue: each thread asks for the next task when it has sent
 * back the last, so a slow chunk of files does not hold the others up. Results come back in task order.
 */
import { Worker } from "node:worker_threads";

export class Pool<Task, Result> {
  private readonly workers: Worker[];

  constructor(url: URL, size: number, workerData: unknown) {
    this.workers = Array.from({ length: size }, () => new Worker(url, { workerData }));
  }

  async map(tasks: readonly Task[]): Promise<Result[]> {
    const results: Result[] = new Array(tasks.length);
    let next = 0;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const feed = () => {
              if (next >= tasks.length) {
                worker.off("message", onMessage);
                worker.off("error", reject);
                resolve();
                return;
              }
              current = next++;
              worker.postMessage(tasks[current]);
            };
            const onMessage = (result: Result) => {
              results[current] = result;
              feed();
            };
            worker.on("message", onMessage);
            worker.on("error", reject);
            feed();
          }),
      ),
    );
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
