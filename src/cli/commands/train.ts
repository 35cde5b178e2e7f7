/** `slant train side`: learns the sides (or outlets, or tags) of the stored documents and writes a model file. */
import { dirname, join, resolve } from 'node:path';
import { SIDE_MODEL_FILE, trainSideModel, type SideField } from '../../classify/side-model.js';
import { withStore, writeJson, type CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

export interface TrainSideCommandOptions {
  by?: SideField | undefined;
  /** Where to write the model (default: `slant-side-model.json.gz` next to the database). */
  out?: string | undefined;
  format?: 'pretty' | 'json' | undefined;
}

/**
 * The default model path: next to the database, or in the working directory for an in-memory one.
 *
 * @example
 * defaultSideModelPath('/data/slant.db', '/home/me'); // '/data/slant-side-model.json.gz'
 */
export function defaultSideModelPath(dbPath: string, cwd: string): string {
  return dbPath === ':memory:' ? join(cwd, SIDE_MODEL_FILE) : join(dirname(dbPath), SIDE_MODEL_FILE);
}

/**
 * Trains the side model from the store and prints what it learnt and, when there were enough
 * documents, its cross-validated accuracy.
 *
 * @example
 * await trainSideCommand(ctx, { by: 'side' });
 */
export async function trainSideCommand(ctx: CommandContext, options: TrainSideCommandOptions): Promise<number> {
  const { io } = ctx;
  const by = options.by ?? 'side';
  const out = options.out === undefined ? defaultSideModelPath(ctx.dbPath, io.cwd) : resolve(io.cwd, options.out);
  const result = await withStore(ctx, (store) => trainSideModel(store, { by, out, log: options.format === 'json' ? undefined : (line) => io.err(`${line}\n`) }));
  const cv = result.cv === undefined ? undefined : { folds: result.cv.folds, accuracy: result.cv.score.accuracy, macroF1: result.cv.score.macro.f1, perLabel: result.cv.score.perLabel.map((l) => ({ label: l.label, support: l.support, f1: l.f1 })) };
  if (options.format === 'json') {
    writeJson(io, { path: result.path, model: result.model.id, by, documents: result.documents, labels: result.labels, dropped: result.dropped, cv });
    return EXIT.ok;
  }
  io.out(`Trained ${result.model.id} on ${result.documents} documents by ${by}: ${Object.entries(result.labels).map(([l, n]) => `${l} ${n}`).join(', ')}\n`);
  const dropped = Object.entries(result.dropped);
  if (dropped.length > 0) io.out(`Left out (fewer than 3 documents): ${dropped.map(([l, n]) => `${l} ${n}`).join(', ')}\n`);
  if (cv === undefined) io.out('Too few documents to estimate its accuracy (10 per label are needed for 5-fold cross-validation).\n');
  else io.out(`Cross-validated (${cv.folds} folds, near-duplicates kept together): accuracy ${cv.accuracy.toFixed(3)}, macro-F1 ${cv.macroF1.toFixed(3)}\n`);
  io.out(`Wrote ${result.path}\n`);
  return EXIT.ok;
}
