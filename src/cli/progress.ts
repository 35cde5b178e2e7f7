/** A progress bar on stderr for long batches; silent when stderr is not a terminal. */
import cliProgress from 'cli-progress';
import type { Io } from './io.js';

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

/** Starts a bar for `total` items, or returns a no-op when stderr is not a TTY or total is small. */
export function startProgress(io: Io, total: number, title: string): Progress {
  if (!io.stderrTTY || total < 20) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: `${title} [{bar}] {value}/{total} {label}`, hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (label = '') => bar.increment(1, { label: label.slice(0, 40) }),
    stop: () => bar.stop(),
  };
}

/**
 * A running count on stderr for batches of unknown size (`slant add` on a directory), redrawn at
 * most ten times a second; silent when stderr is not a TTY.
 */
export function startCounter(io: Io, label: string): Progress {
  if (!io.stderrTTY) return { tick: () => undefined, stop: () => undefined };
  let n = 0;
  let last = 0;
  return {
    tick: (detail = '') => {
      n += 1;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      io.err(`\r\x1b[2K${label} ${n} ${detail.slice(0, 50)}`);
    },
    stop: () => io.err('\r\x1b[2K'),
  };
}
