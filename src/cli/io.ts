/** The CLI's view of the terminal, injectable so commands can be tested in-process. */
import pc from 'picocolors';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (colours, highlighted views). */
  readonly stdoutTTY: boolean;
  /** Whether stderr is a terminal (progress bars). */
  readonly stderrTTY: boolean;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The real process streams. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdoutTTY: process.stdout.isTTY === true,
    stderrTTY: process.stderr.isTTY === true,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
}

/** A colour palette that is a no-op when colour is off (not a TTY, or NO_COLOR set). */
export function palette(enabled: boolean): ReturnType<typeof pc.createColors> {
  return pc.createColors(enabled);
}

/** Colour is on for a TTY unless NO_COLOR is set, and forced by FORCE_COLOR. */
export function colorEnabled(io: Io): boolean {
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR !== undefined) return false;
  return io.stdoutTTY;
}
