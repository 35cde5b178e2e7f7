import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { parseTrainArgs, TRAINABLE } from './main.js';

const env = { SLANT_DATASETS: '/data/sets' };

describe('parseTrainArgs', () => {
  it('defaults to all models, 5 folds, seed 1, the datasets folder from the environment', () => {
    const args = parseTrainArgs([], env);
    expect(args).toMatchObject({ dataDir: '/data/sets', only: [...TRAINABLE], folds: 5, seed: 1 });
    expect(args.outDir).toMatch(/models\/?$/);
  });

  it.each([
    [['--data', '/x', '--folds', '3', '--seed', '9', '--only', 'techniques'], { dataDir: '/x', folds: 3, seed: 9, only: ['techniques'] }],
    [['--data=/y', '--folds=4', '--seed=0', '--out=/tmp/m'], { dataDir: '/y', folds: 4, seed: 0, outDir: '/tmp/m' }],
  ])('reads %j', (argv, expected) => {
    expect(parseTrainArgs(argv, env)).toMatchObject(expected);
  });

  it.each([
    [['--folds', '1'], /--folds expects an integer ≥ 2/],
    [['--seed', 'x'], /--seed expects an integer/],
    [['--only', 'no-such-model'], /--only takes techniques/],
    [['--data'], /--data needs a value/],
    [['--bogus'], /unknown option --bogus/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTrainArgs(argv, env)).toThrow(SlantError);
    expect(() => parseTrainArgs(argv, env)).toThrow(message);
  });
});
