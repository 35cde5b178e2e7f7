/** `slant eval <task>`: score a model (or a predictions file) on labelled data with the official metrics, per technique. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SlantError } from '../../core/errors.js';
import { evaluateTask, renderEvalReport, type EvalFormat } from '../../eval/index.js';
import type { TechniqueModelChoice } from '../../techniques/index.js';
import { datasetsDir } from '../../train/datasets/paths.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export interface EvalCommandOptions {
  data?: string | undefined;
  gold?: string | undefined;
  pred?: string | undefined;
  model?: TechniqueModelChoice | undefined;
  threshold?: number | undefined;
  ids?: string | undefined;
  folds?: number | undefined;
  fold?: number | undefined;
  format?: EvalFormat | undefined;
}

/**
 * Reads a list of held-out ids: one per line; blank lines and `#` comments skipped.
 *
 * @example
 * readIdList('heldout.txt'); // Set { '111111111', '111111112' }
 */
export function readIdList(path: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SlantError('SLANT_NOT_FOUND', `cannot read the id list ${path}`, { source: path, cause: error });
  }
  return new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}

/**
 * The `--help` text after the options: what the built-in data is and the gold file formats.
 *
 * @example
 * program.command('eval').addHelpText('after', evalHelp());
 */
export function evalHelp(): string {
  return [
    '',
    'Gold: the training sets in --data (PTC train for the span tasks, SemEval-2023 train paragraphs for',
    'techniques-paragraphs), or --gold FILE with one JSON object per line:',
    '  techniques-spans, techniques-classify: {id, text, spans: [{start, end, technique}], group?}',
    '  techniques-paragraphs:                 {id, text, labels: [technique, …], group?}',
    '(group: the article an item belongs to; --folds keeps a group in one fold). Metrics and formulas:',
    'docs/evaluation.md.',
    '',
  ].join('\n');
}

/**
 * Scores and prints the report; exit code 0 (errors are thrown and translated once, by the program).
 *
 * @example
 * await evalCommand(ctx, 'techniques-spans', { model: 'rules', format: 'md' });
 */
export async function evalCommand(ctx: CommandContext, task: string, options: EvalCommandOptions): Promise<number> {
  const { io } = ctx;
  const at = (p: string | undefined): string | undefined => (p === undefined ? undefined : resolve(io.cwd, p));
  const idsPath = at(options.ids);
  const report = await evaluateTask(task, {
    datasetsDir: at(options.data) ?? datasetsDir(io.env),
    goldFile: at(options.gold),
    predFile: at(options.pred),
    model: options.model,
    threshold: options.threshold,
    ids: idsPath === undefined ? undefined : readIdList(idsPath),
    folds: options.folds,
    fold: options.fold,
  });
  io.out(renderEvalReport(report, options.format ?? 'pretty'));
  return EXIT.ok;
}
