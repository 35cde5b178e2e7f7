/** `slant predict <task>`: answer a JSONL file line by line (the evaluation contract), errors on stderr with line numbers. */
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describeShape, PREDICT_TASKS, runPredict, type PredictLineError } from '../../predict/index.js';
import type { TechniqueModelChoice } from '../../techniques/index.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { colorEnabled, palette } from '../io.js';

export interface PredictCommandOptions {
  /** Input JSONL path, or `-` / undefined for stdin. */
  in?: string | undefined;
  /** Output JSONL path, or `-` / undefined for stdout. */
  out?: string | undefined;
  model?: TechniqueModelChoice | undefined;
  threshold?: number | undefined;
  evidence?: boolean | undefined;
}

/**
 * The `--help` text after the options: every task with its input and output line shapes, drawn from
 * the task schemas.
 *
 * @example
 * program.command('predict').addHelpText('after', predictHelp());
 */
export function predictHelp(): string {
  const tasks = PREDICT_TASKS.map((t) => `  ${t.name}: ${t.description}\n    in:  ${describeShape(t.input)}\n    out: ${describeShape(t.output)}`);
  return [
    '',
    'Tasks (one JSON object per line in, one per line out, same id, same order; offsets are UTF-16 into text):',
    ...tasks,
    '',
    'A line that cannot be answered (invalid JSON, a missing field, a span outside its text) is reported on',
    'stderr with its line number and answered with {"id", "line", "error"}; the rest go on, and the exit code is 1.',
    '',
  ].join('\n');
}

/**
 * Runs the task; exit code 1 when some lines could not be answered, 0 otherwise.
 *
 * @example
 * await predictCommand(ctx, 'techniques-spans', { in: 'in.jsonl', out: 'out.jsonl', model: 'rules' });
 */
export async function predictCommand(ctx: CommandContext, task: string, options: PredictCommandOptions): Promise<number> {
  const { io } = ctx;
  const c = palette(colorEnabled(io));
  const inPath = options.in === undefined || options.in === '-' ? undefined : resolve(io.cwd, options.in);
  const outPath = options.out === undefined || options.out === '-' ? undefined : resolve(io.cwd, options.out);
  const source = options.in === undefined || options.in === '-' ? 'stdin' : options.in;
  const stdout = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      io.out(chunk.toString());
      done();
    },
  });
  const onError = (e: PredictLineError): void => {
    const id = e.id === null ? '' : ` (id ${JSON.stringify(e.id)})`;
    io.err(`${c.red('error')} ${source} line ${e.line}${id}: ${e.message}\n`);
  };
  const summary = await runPredict(task, inPath ?? io.stdin, outPath ?? stdout, {
    model: options.model,
    threshold: options.threshold,
    evidence: options.evidence,
    onError,
  });
  const line = `${summary.task}: ${summary.answered} answered, ${summary.failed} failed (model ${summary.model})${outPath === undefined ? '' : ` → ${options.out}`}`;
  io.err(`${summary.failed > 0 ? c.yellow(line) : line}\n`);
  return summary.failed > 0 ? EXIT.partial : EXIT.ok;
}
