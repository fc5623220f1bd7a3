/**
 * A pool of worker threads that run one kind of task. Each worker takes a few tasks at a time and answers
 * them in order, so when a worker dies (a crash, running out of memory) the task it was on is known: that
 * task fails with a WorkerCrash, the ones queued behind it go to another worker, and a fresh worker takes
 * its place. The batch goes on.
 */
import { isMainThread, parentPort, type ResourceLimits, Worker, workerData } from "node:worker_threads";

export interface PoolOptions<S> {
  /** The worker script (a module that calls `serve`). */
  script: URL;
  /** How many workers at most. */
  size: number;
  /** Handed to every worker once, at start. */
  settings: S;
  /** Tasks a worker holds at once: one running, the rest waiting, so it never idles between messages. */
  prefetch?: number;
  resourceLimits?: ResourceLimits;
}

/** The worker running the task died: the task is lost, the batch goes on. */
export class WorkerCrash extends Error {
  override readonly name = "WorkerCrash";
}

/** The task threw inside the worker: a bug, reported with the worker's stack trace. */
export class TaskError extends Error {
  override readonly name = "TaskError";
}

interface Job<T, R> {
  id: number;
  task: T;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  inflight: Job<T, R>[];
  lastError: Error | null;
  done: number;
}

type Reply<R> = { id: number; result: R } | { id: number; error: string };

export class Pool<S, T, R> {
  private readonly queue: Job<T, R>[] = [];
  private readonly slots = new Set<Slot<T, R>>();
  private nextId = 0;
  private closing = false;
  private crashesInARow = 0;
  private readonly prefetch: number;

  constructor(private readonly options: PoolOptions<S>) {
    this.prefetch = Math.max(1, options.prefetch ?? 4);
  }

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker. Tasks not yet answered fail. */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) job.reject(new WorkerCrash("the pool was closed"));
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
    this.slots.clear();
  }

  private pump(): void {
    if (this.closing) return;
    while (this.queue.length > 0 && this.slots.size < this.options.size && this.allBusy()) this.spawn();
    for (const slot of this.slots) {
      while (slot.inflight.length < this.prefetch && this.queue.length > 0) {
        const job = this.queue.shift() as Job<T, R>;
        slot.inflight.push(job);
        slot.worker.postMessage({ id: job.id, task: job.task });
      }
    }
  }

  /** Spawn another worker only when the ones there are already have work. */
  private allBusy(): boolean {
    for (const slot of this.slots) if (slot.inflight.length === 0) return false;
    return true;
  }

  private spawn(): void {
    const worker = new Worker(this.options.script, {
      workerData: this.options.settings,
      resourceLimits: this.options.resourceLimits,
      stdout: false,
      stderr: false,
    });
    const slot: Slot<T, R> = { worker, inflight: [], lastError: null, done: 0 };
    this.slots.add(slot);
    worker.on("message", (reply: Reply<R>) => this.answer(slot, reply));
    worker.on("error", (error) => {
      slot.lastError = error;
    });
    worker.on("exit", (code) => this.exited(slot, code));
  }

  private answer(slot: Slot<T, R>, reply: Reply<R>): void {
    const index = slot.inflight.findIndex((job) => job.id === reply.id);
    if (index === -1) return;
    const [job] = slot.inflight.splice(index, 1) as [Job<T, R>];
    slot.done++;
    this.crashesInARow = 0;
    if ("error" in reply) job.reject(new TaskError(reply.error));
    else job.resolve(reply.result);
    this.pump();
  }

  private exited(slot: Slot<T, R>, code: number): void {
    this.slots.delete(slot);
    if (this.closing) return;
    const [lost, ...waiting] = slot.inflight;
    this.queue.unshift(...waiting);
    const why = slot.lastError
      ? describeCrash(slot.lastError)
      : `the worker stopped unexpectedly (exit code ${code})`;
    if (lost) lost.reject(new WorkerCrash(why));
    this.crashesInARow++;
    // Workers that die before finishing anything, again and again, will not start at all: stop trying.
    if (this.crashesInARow > this.options.size + 3 && slot.done === 0) {
      for (const job of this.queue.splice(0)) job.reject(new WorkerCrash(why));
      return;
    }
    this.pump();
  }
}

function describeCrash(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return "the worker ran out of memory on this input";
  return `the worker crashed: ${error.message}`;
}

/**
 * The worker side: `setup` gets the pool's settings once and returns the handler for one task. Answers go
 * back in the order tasks came, which is what lets the pool tell which task a crash was on.
 */
export function serve<S, T, R>(setup: (settings: S) => (task: T) => R): void {
  if (isMainThread || parentPort === null) throw new Error("serve() runs in a worker thread");
  const port = parentPort;
  const handle = setup(workerData as S);
  port.on("message", ({ id, task }: { id: number; task: T }) => {
    try {
      port.postMessage({ id, result: handle(task) });
    } catch (error) {
      port.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
}
