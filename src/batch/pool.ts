/**
 * A pool of worker threads that run one kind of task. Tasks go to workers in batches and come back in
 * batches (one message each way for many files: messages, not parsing, would otherwise be the cost). Each
 * worker counts the tasks it starts in memory shared with the pool, so when a worker dies (a crash, running
 * out of memory) the task it was on is known: that task fails with a WorkerCrash, the others it held go to
 * another worker, and a fresh worker takes its place. The batch goes on.
 */
import { isMainThread, parentPort, type ResourceLimits, Worker, workerData } from "node:worker_threads";

export interface PoolOptions<S, T = unknown> {
  /** The worker script (a module that calls `serve`). */
  script: URL;
  /** How many workers at most. */
  size: number;
  /** Handed to every worker once, at start. */
  settings: S;
  /** Most tasks in one message to a worker. */
  batch?: number;
  /**
   * Where a task writes (its output folder). Workers are kept on different folders while the queue holds
   * work for more than one: two threads creating files in one folder at once spin on that folder's lock in
   * the kernel.
   */
  folderOf?: (task: T) => string | null;
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
  /** The task's folder, with `folderOf`. */
  folder: string | null;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  /** Sent and not yet answered, in the order sent (which is the order the worker runs them). */
  inflight: Job<T, R>[];
  /** Tasks the worker has started, counted by the worker. */
  started: Int32Array;
  answered: number;
  lastError: Error | null;
}

type Answer<R> = { id: number; result: R } | { id: number; error: string };

interface Hello<S> {
  settings: S;
  started: Int32Array;
}

export class Pool<S, T, R> {
  private readonly queue: Job<T, R>[] = [];
  private readonly slots = new Set<Slot<T, R>>();
  private nextId = 0;
  private closing = false;
  private crashesInARow = 0;
  private readonly batch: number;

  constructor(private readonly options: PoolOptions<S, T>) {
    this.batch = Math.max(1, options.batch ?? 16);
  }

  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const folder = this.options.folderOf?.(task) ?? null;
      this.queue.push({ id: this.nextId++, task, folder, resolve, reject });
      if (this.queue.length === 1) queueMicrotask(() => this.pump());
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
    // Small batches while there is little to share out, so that every worker gets some.
    const share = Math.ceil(this.queue.length / (2 * this.options.size));
    const size = Math.max(1, Math.min(this.batch, share));
    for (const slot of this.slots) {
      if (slot.inflight.length >= size || this.queue.length === 0) continue;
      const jobs = this.take(slot, size);
      slot.inflight.push(...jobs);
      slot.worker.postMessage(jobs.map((job) => ({ id: job.id, task: job.task })));
    }
  }

  /**
   * The next jobs for a worker: from the head of the queue, or, with `folderOf`, the first run of jobs in
   * a folder no other worker is writing into (the head's when every folder in the queue is taken).
   */
  private take(slot: Slot<T, R>, size: number): Job<T, R>[] {
    if (this.options.folderOf === undefined || this.slots.size < 2) return this.queue.splice(0, size);
    const busy = new Set<string | null>();
    for (const other of this.slots)
      if (other !== slot) for (const job of other.inflight) busy.add(job.folder);
    const start = this.queue.findIndex((job) => !busy.has(job.folder));
    if (start <= 0) return this.queue.splice(0, size);
    const folder = (this.queue[start] as Job<T, R>).folder;
    let end = start + 1;
    while (end < this.queue.length && end - start < size && (this.queue[end] as Job<T, R>).folder === folder)
      end++;
    return this.queue.splice(start, end - start);
  }

  /** Spawn another worker only when the ones there are already have work. */
  private allBusy(): boolean {
    for (const slot of this.slots) if (slot.inflight.length === 0) return false;
    return true;
  }

  private spawn(): void {
    const started = new Int32Array(new SharedArrayBuffer(4));
    const hello: Hello<S> = { settings: this.options.settings, started };
    const worker = new Worker(this.options.script, {
      workerData: hello,
      resourceLimits: this.options.resourceLimits,
      stdout: false,
      stderr: false,
    });
    const slot: Slot<T, R> = { worker, inflight: [], started, answered: 0, lastError: null };
    this.slots.add(slot);
    worker.on("message", (answers: Answer<R>[]) => this.answer(slot, answers));
    worker.on("error", (error) => {
      slot.lastError = error;
    });
    worker.on("exit", (code) => this.exited(slot, code));
  }

  private answer(slot: Slot<T, R>, answers: Answer<R>[]): void {
    const jobs = slot.inflight.splice(0, answers.length);
    slot.answered += answers.length;
    this.crashesInARow = 0;
    answers.forEach((answer, k) => {
      const job = jobs[k] as Job<T, R>;
      if ("error" in answer) job.reject(new TaskError(answer.error));
      else job.resolve(answer.result);
    });
    this.pump();
  }

  private exited(slot: Slot<T, R>, code: number): void {
    this.slots.delete(slot);
    if (this.closing) return;
    // Tasks started but unanswered: the last was running when the worker died; those before it finished,
    // but their answers died with the worker, so they run again (their writes are atomic and repeatable).
    const running = Atomics.load(slot.started, 0) - slot.answered;
    const lost = running > 0 ? slot.inflight[running - 1] : undefined;
    this.queue.unshift(...slot.inflight.filter((job) => job !== lost));
    const why = slot.lastError
      ? describeCrash(slot.lastError)
      : `the worker stopped unexpectedly (exit code ${code})`;
    if (lost) lost.reject(new WorkerCrash(why));
    this.crashesInARow++;
    // Workers that die before answering anything, again and again, will not start at all: stop trying.
    if (this.crashesInARow > this.options.size + 3) {
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
 * The worker side: `setup` gets the pool's settings once and returns the handler for one task. Each batch
 * is answered in one message, in the order its tasks came.
 */
export function serve<S, T, R>(setup: (settings: S) => (task: T) => R): void {
  if (isMainThread || parentPort === null) throw new Error("serve() runs in a worker thread");
  const port = parentPort;
  const { settings, started } = workerData as Hello<S>;
  const handle = setup(settings);
  port.on("message", (jobs: { id: number; task: T }[]) => {
    const answers: Answer<R>[] = [];
    for (const { id, task } of jobs) {
      Atomics.add(started, 0, 1);
      try {
        answers.push({ id, result: handle(task) });
      } catch (error) {
        answers.push({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    }
    port.postMessage(answers);
  });
}
