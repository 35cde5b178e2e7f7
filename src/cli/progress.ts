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
