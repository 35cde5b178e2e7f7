/** Runs the CLI in-process with captured output, for end-to-end tests. */
import { Readable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `slant ...args` in `cwd` with captured streams (not a TTY, no colour). */
export async function runCli(args: string[], options: { cwd: string; stdin?: string; env?: NodeJS.ProcessEnv }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    stdoutTTY: false,
    stderrTTY: false,
    stdin: Readable.from([options.stdin ?? '']),
    cwd: options.cwd,
    env: { ...options.env, NO_COLOR: '1' },
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
