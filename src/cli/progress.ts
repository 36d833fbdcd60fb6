/**
 * Progress of a long run on stderr (ingest, brief of a folder, feeds poll): a bar per phase on a
 * terminal once the run has taken a few seconds; nothing when stderr is piped or a file, unless
 * `--verbose` asks for a few plain lines.
 */
import { SingleBar } from 'cli-progress';
import type { IngestProgress } from '../service/ingest-report.ts';

/** Where progress is written: `process.stderr`, or a buffer in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** Options of `createProgress`. */
export interface ProgressOptions {
  /** Write nothing at all (`--quiet`). */
  quiet?: boolean;
  /** Off a terminal, write plain progress lines (`--verbose`); without it, nothing is written there. */
  verbose?: boolean;
  /** On a terminal, draw the bar only once the run has lasted this long (default 2000 ms): short runs stay clean. */
  delayMs?: number;
  /** The clock, in milliseconds (default `Date.now`); tests pass a fake one. */
  now?: () => number;
  /** Plain mode: a new line once the phase has moved on by this share of its total (default 0.1)… */
  stepRatio?: number;
  /** …or once this many milliseconds have passed since the last line with some progress (default 2000). */
  intervalMs?: number;
}

/** A progress display: the callback to hand to an ingest, and `done()` to close it. */
export interface Progress {
  onProgress: IngestProgress;
  /** Ends the display (stops the bar and leaves the cursor on a new line); safe to call twice. */
  done(): void;
}

type Phase = Parameters<IngestProgress>[0];

/** What each phase is called on screen, padded to one width. */
const LABELS: Record<Phase, string> = {
  fetch: 'fetching  ',
  extract: 'extracting',
  cluster: 'clustering',
  brief: 'briefing  ',
  write: 'stored    ',
};

/** A bar per phase, redrawn in place by cli-progress (at most 10 times a second), from `delayMs` on. */
function barProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const showFrom = now() + (options.delayMs ?? 2000);
  let bar: SingleBar | null = null;
  let phase: Phase | null = null;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    onProgress(next, done, total) {
      if (bar === null && now() < showFrom) return;
      if (next !== phase || bar === null) {
        stop();
        phase = next;
        bar = new SingleBar({
          stream: stream as NodeJS.WritableStream,
          format: `${LABELS[next]} [{bar}] {value}/{total} {percentage}% | {duration_formatted}`,
          barsize: 30,
          hideCursor: true,
          emptyOnZero: true,
        });
        bar.start(total, done);
        return;
      }
      if (bar.getTotal() !== total) bar.setTotal(total);
      bar.update(done);
    },
    done: stop,
  };
}

/** Plain lines, throttled per phase: the first, every `stepRatio` of the total or `intervalMs`, and the last. */
function lineProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const stepRatio = options.stepRatio ?? 0.1;
  const intervalMs = options.intervalMs ?? 2000;
  let phase: Phase | null = null;
  let last = { ratio: 0, done: 0, at: 0, finished: false };
  const print = (p: Phase, done: number, total: number, ratio: number) => {
    stream.write(`parallax: ${LABELS[p].trim()} ${done}/${total} (${Math.floor(ratio * 100)}%)\n`);
    last = { ratio, done, at: now(), finished: done >= total };
  };
  return {
    onProgress(next, done, total) {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      if (next !== phase) {
        phase = next;
        print(next, done, total, ratio);
        return;
      }
      if (last.finished) return;
      const moved = done > last.done;
      if (done >= total || ratio - last.ratio >= stepRatio || (moved && now() - last.at >= intervalMs))
        print(next, done, total, ratio);
    },
    done() {},
  };
}

/**
 * Creates the progress display of a run on `stream`.
 *
 * On a terminal (`stream.isTTY`) each phase gets a cli-progress bar, stopped when the next phase
 * starts or at `done()`; none is drawn before the run has lasted `delayMs`. Otherwise (a pipe, a log
 * file, CI) nothing, or with `verbose` plain lines `parallax: extracting 12/120 (10%)`, at most one per
 * phase per `stepRatio` of progress or per `intervalMs`, plus the phase's first and last. With
 * `quiet`, nothing is written.
 */
export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  if (options.quiet || (!stream.isTTY && !options.verbose)) return { onProgress() {}, done() {} };
  return stream.isTTY ? barProgress(stream, options) : lineProgress(stream, options);
}
