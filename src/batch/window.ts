/**
 * Results of work running in parallel, handed on one at a time: in the order the work was started (ordered),
 * or as it finishes. At most `limit` results are outstanding, so memory stays bounded however long the batch.
 */
export class Window<T> {
  private readonly started: Promise<T>[] = [];
  private readonly finished: T[] = [];
  private outstanding = 0;
  private wake: (() => void) | null = null;

  constructor(
    readonly limit: number,
    private readonly ordered: boolean,
  ) {}

  get size(): number {
    return this.outstanding;
  }

  get full(): boolean {
    return this.outstanding >= this.limit;
  }

  add(work: Promise<T>): void {
    this.outstanding++;
    if (this.ordered) this.started.push(work);
    else
      void work.then((result) => {
        this.finished.push(result);
        this.wake?.();
      });
  }

  /** The next result; undefined when nothing is outstanding. */
  async next(): Promise<T | undefined> {
    if (this.outstanding === 0) return undefined;
    this.outstanding--;
    if (this.ordered) return (await this.started.shift()) as T;
    while (this.finished.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    return this.finished.shift() as T;
  }
}
