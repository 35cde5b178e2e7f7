/** Grouped k-fold cross-validation: every item of a group (an article) lands in the same fold. */
import { shuffled } from './random.js';

/**
 * Assigns each item to one of `k` folds so that items sharing a group never straddle folds (no
 * article is both trained and tested on). Groups are shuffled with `seed`, then each goes to the
 * fold with the fewest items so far (ties to the lower fold), which keeps fold sizes close even
 * when groups differ in size. Returns the fold of every item, in input order.
 *
 * @example
 * groupedKFold(['a', 'a', 'b', 'c'], 2, 1); // e.g. [1, 1, 0, 0]: both 'a' items share a fold
 */
export function groupedKFold(groups: readonly string[], k: number, seed: number): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer ≥ 2, got ${k}`);
  const sizes = new Map<string, number>();
  for (const g of groups) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  if (sizes.size < k) throw new RangeError(`${sizes.size} groups cannot fill ${k} folds`);
  const order = shuffled([...sizes.keys()].sort(), seed);
  // Largest groups first (stable on the shuffled order), then greedy balancing.
  const ranked = order.map((g, i) => ({ g, i, n: sizes.get(g) ?? 0 })).sort((a, b) => b.n - a.n || a.i - b.i);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const { g, n } of ranked) {
    let best = 0;
    for (let f = 1; f < k; f += 1) if ((load[f] as number) < (load[best] as number)) best = f;
    foldOf.set(g, best);
    load[best] = (load[best] as number) + n;
  }
  return Int32Array.from(groups, (g) => foldOf.get(g) ?? 0);
}

/**
 * The item numbers in fold `fold` (test) and in every other fold (train).
 *
 * @example
 * const { train, test } = foldRows(folds, 0);
 */
export function foldRows(folds: ArrayLike<number>, fold: number): { train: Int32Array; test: Int32Array } {
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < folds.length; i += 1) (folds[i] === fold ? test : train).push(i);
  return { train: Int32Array.from(train), test: Int32Array.from(test) };
}
