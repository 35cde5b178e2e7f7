/** `npm run train`: trains slant's learned models from the external datasets and writes weights and model cards to models/. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SlantError } from '../core/errors.js';
import { datasetsDir } from './datasets/paths.js';
import { trainCheckWorthy } from './check-worthy.js';
import { trainEntityRoles } from './entity-roles.js';
import { trainTechniques } from './techniques.js';
import { CLASSIFIER_DEFINITIONS, trainClassifier } from './classifiers.js';
import { CLASSIFIER_NAMES } from '../classify/load.js';
import { evaluateAllSidesSide } from './side-allsides.js';

/** The models `--only` can pick. */
export const TRAINABLE = ['techniques', 'check-worthy', 'entity-roles', 'sentence-bias', 'subjectivity', 'genre', 'frames', 'hyperpartisan', 'side-allsides'] as const;

/** Parsed command-line options of `npm run train`. */
export interface TrainArgs {
  dataDir: string;
  outDir: string;
  only: Array<(typeof TRAINABLE)[number]>;
  folds: number;
  seed: number;
}

const USAGE = 'usage: npm run train -- [--data DIR] [--only techniques,check-worthy] [--folds 5] [--seed 1] [--out DIR]';

/**
 * Parses `--data DIR`, `--only NAME[,NAME]`, `--folds N`, `--seed N` and `--out DIR` (also as
 * `--flag=value`). Throws `SLANT_USAGE` for anything else.
 *
 * @example
 * parseTrainArgs(['--folds', '3', '--seed', '7']); // { folds: 3, seed: 7, only: ['techniques'], … }
 */
export function parseTrainArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): TrainArgs {
  const args: TrainArgs = {
    dataDir: datasetsDir(env),
    outDir: fileURLToPath(new URL('../../models/', import.meta.url)),
    only: [...TRAINABLE],
    folds: 5,
    seed: 1,
  };
  const integer = (flag: string, value: string, min: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new SlantError('SLANT_USAGE', `${flag} expects an integer ≥ ${min}, got "${value}"; ${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const take = (): string => {
      if (eq !== -1) return arg.slice(eq + 1);
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new SlantError('SLANT_USAGE', `${flag} needs a value; ${USAGE}`);
      i += 1;
      return value;
    };
    switch (flag) {
      case '--data':
        args.dataDir = resolve(take());
        break;
      case '--out':
        args.outDir = resolve(take());
        break;
      case '--folds':
        args.folds = integer(flag, take(), 2);
        break;
      case '--seed':
        args.seed = integer(flag, take(), 0);
        break;
      case '--only': {
        const names = take().split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = names.filter((n) => !(TRAINABLE as readonly string[]).includes(n));
        if (unknown.length > 0 || names.length === 0) throw new SlantError('SLANT_USAGE', `--only takes ${TRAINABLE.join(', ')}; got "${names.join(',')}"`);
        args.only = names as TrainArgs['only'];
        break;
      }
      case '--help':
      case '-h':
        throw new SlantError('SLANT_USAGE', USAGE);
      default:
        throw new SlantError('SLANT_USAGE', `unknown option ${arg}; ${USAGE}`);
    }
  }
  return args;
}

/** Runs the training the arguments ask for; returns the process exit code. */
export function main(argv: readonly string[]): number {
  try {
    const args = parseTrainArgs(argv);
    if (args.only.includes('techniques')) {
      trainTechniques({ dataDir: args.dataDir, outDir: args.outDir, folds: args.folds, seed: args.seed, log: (line) => process.stdout.write(`${line}\n`) });
    }
    if (args.only.includes('check-worthy')) {
      trainCheckWorthy({ dataDir: args.dataDir, outDir: args.outDir, folds: args.folds, seed: args.seed, log: (line) => process.stdout.write(`${line}\n`) });
    }
    for (const name of CLASSIFIER_NAMES) {
      if (args.only.includes(name)) trainClassifier(CLASSIFIER_DEFINITIONS[name], { dataDir: args.dataDir, outDir: args.outDir, folds: args.folds, seed: args.seed, log: (line) => process.stdout.write(`${line}\n`) });
    }
    if (args.only.includes('side-allsides')) {
      evaluateAllSidesSide({ dataDir: args.dataDir, folds: args.folds, seed: args.seed, log: (line) => process.stdout.write(`${line}\n`) });
    }
    if (args.only.includes('entity-roles')) {
      trainEntityRoles({ dataDir: args.dataDir, outDir: args.outDir, folds: args.folds, seed: args.seed, log: (line) => process.stdout.write(`${line}\n`) });
    }
    return 0;
  } catch (error) {
    if (error instanceof SlantError) {
      process.stderr.write(`slant train: ${error.message}\n`);
      return error.code === 'SLANT_USAGE' ? 2 : 1;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
