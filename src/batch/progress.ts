/**
 * Progress on standard error, only when it is a terminal: files done of files listed, rate, time left and
 * failures so far. In a pipe, a log file or CI nothing is drawn; messages go out as plain lines either way.
 */
import type { Writable } from "../cli/io.js";

export interface Progress {
  /** One more file listed (the total grows while the listing is still going). */
  listed(): void;
  /** The listing is complete: the total is final. */
  listingDone(): void;
  done(failed: boolean): void;
  /** A message line, printed above the bar when there is one. */
  log(line: string): void;
  stop(): void;
}

interface Bar {
  update(value: number, payload: Record<string, unknown>): void;
  setTotal(total: number): void;
  stop(): void;
}

interface MultiBar {
  create(total: number, start: number, payload: Record<string, unknown>): Bar;
  log(text: string): void;
  stop(): void;
}

/** A progress display for a terminal, or one that only passes messages through. */
export async function createProgress(stream: Writable, show: boolean): Promise<Progress> {
  if (!show || !stream.isTTY) return plain(stream);
  const cliProgress = (await import("cli-progress")).default as unknown as {
    MultiBar: new (options: Record<string, unknown>) => MultiBar;
  };
  const multi = new cliProgress.MultiBar({
    stream,
    format: " {bar} {value}/{total}{more} files | {rate} files/s | ETA {eta_formatted} | {failed} failed",
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 200,
    fps: 8,
    barsize: 24,
  });
  let listed = 0;
  let done = 0;
  let failed = 0;
  let more = "+";
  const started = performance.now();
  const bar = multi.create(1, 0, { more, rate: 0, failed });
  const redraw = () => {
    const seconds = (performance.now() - started) / 1000;
    bar.setTotal(Math.max(listed, 1));
    bar.update(done, { more, rate: seconds > 0 ? Math.round(done / seconds) : 0, failed });
  };
  return {
    listed() {
      listed++;
      if (listed % 64 === 0) redraw();
    },
    listingDone() {
      more = "";
      redraw();
    },
    done(isFailure) {
      done++;
      if (isFailure) failed++;
      redraw();
    },
    log(line) {
      multi.log(line.endsWith("\n") ? line : `${line}\n`);
      redraw();
    },
    stop() {
      multi.stop();
    },
  };
}

function plain(stream: Writable): Progress {
  return {
    listed() {},
    listingDone() {},
    done() {},
    log(line) {
      stream.write(line.endsWith("\n") ? line : `${line}\n`);
    },
    stop() {},
  };
}
