/** Decision thresholds chosen on held-out scores: best F1 for one label, or the best of a grid for any metric. */

/**
 * The threshold on `scores` that maximizes F1 against binary `gold` (predict positive when
 * score ≥ threshold). Candidates are midpoints between consecutive distinct scores, so the
 * answer does not sit on a training example. Returns the threshold and the F1 it reaches;
 * with no positive in `gold`, a threshold above every score (F1 0).
 *
 * @example
 * bestF1Threshold([0.9, 0.8, 0.3, 0.1], [1, 1, 0, 0]); // { threshold: 0.55, f1: 1 }
 */
export function bestF1Threshold(scores: ArrayLike<number>, gold: ArrayLike<number>): { threshold: number; f1: number } {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  let positives = 0;
  for (let i = 0; i < n; i += 1) if ((gold[i] as number) > 0) positives += 1;
  const top = n === 0 ? 1 : (scores[order[0] as number] as number);
  if (positives === 0) return { threshold: top + 1e-6, f1: 0 };
  let tp = 0;
  let best = { threshold: top + 1e-6, f1: 0 };
  for (let i = 0; i < n; i += 1) {
    const r = order[i] as number;
    if ((gold[r] as number) > 0) tp += 1;
    const here = scores[r] as number;
    const next = i + 1 < n ? (scores[order[i + 1] as number] as number) : -Infinity;
    if (next === here) continue;
    const f1 = (2 * tp) / (i + 1 + positives);
    if (f1 > best.f1) best = { threshold: Number.isFinite(next) ? (here + next) / 2 : here - 1e-6, f1 };
  }
  return best;
}

/**
 * The value of `grid` that maximizes `metric` (the first on ties, so put the preferred end first).
 *
 * @example
 * bestOnGrid([0.3, 0.4, 0.5], (t) => -((t - 0.42) ** 2)); // { value: 0.4, score: -0.0004 }
 */
export function bestOnGrid(grid: readonly number[], metric: (value: number) => number): { value: number; score: number } {
  let best = { value: Number.NaN, score: -Infinity };
  for (const value of grid) {
    const score = metric(value);
    if (score > best.score) best = { value, score };
  }
  return best;
}

/**
 * Evenly spaced values from `from` to `to` inclusive, rounded to 4 decimals.
 *
 * @example
 * range(0.2, 0.4, 0.1); // [0.2, 0.3, 0.4]
 */
export function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i += 1) out.push(Math.round((from + i * step) * 1e4) / 1e4);
  return out;
}
