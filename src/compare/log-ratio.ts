/** Smoothed log rate ratio: a plain, prior-free scorer to set beside the log-odds one. */
import type { Counts } from './counts.js';
import { byZ, candidateTerms, ratePerThousand, resolveMinCount, type ScoredTerm, type ScorerOptions, type TermScorer } from './scorer.js';

/** Added to both counts so a term one side never uses still has a finite ratio (Haldane 1956). */
const HALF = 0.5;

/**
 * Scores terms by the log of the ratio of their rates, each count plus 0.5:
 *
 *   δ_w = ln((y_wi + 0.5) / n_i) − ln((y_wj + 0.5) / n_j)
 *   se(δ_w) = √(1/(y_wi + 0.5) + 1/(y_wj + 0.5)),   z_w = δ_w / se
 *
 * δ is Hardie's (2014) "Log Ratio" effect size in natural-log units (divide by ln 2 for his binary
 * log); the standard error is the usual Poisson approximation for a log rate ratio (Rothman,
 * Greenland & Lash, Modern Epidemiology, 3rd ed., ch. 14). It ignores the background and `alpha0`,
 * and with no prior it ranks rare terms higher than `log-odds-dirichlet` does.
 *
 * @example
 * logRatio.score(countsOf({ artsakh: 3, war: 1 }), countsOf({ war: 4 }), countsOf({}), {})[0].term; // 'artsakh'
 */
export const logRatio: TermScorer = {
  id: 'log-ratio',
  score(target: Counts, reference: Counts, _background: Counts, options: ScorerOptions): ScoredTerm[] {
    const minCount = resolveMinCount(options);
    const ni = target.total;
    const nj = reference.total;
    if (ni === 0 || nj === 0) return [];
    const rows: ScoredTerm[] = [];
    for (const term of candidateTerms(target, reference, minCount)) {
      const yi = target.get(term);
      const yj = reference.get(term);
      const delta = Math.log((yi + HALF) / ni) - Math.log((yj + HALF) / nj);
      const se = Math.sqrt(1 / (yi + HALF) + 1 / (yj + HALF));
      rows.push({
        term,
        countTarget: yi,
        countReference: yj,
        rateTarget: ratePerThousand(yi, ni),
        rateReference: ratePerThousand(yj, nj),
        delta,
        se,
        z: delta / se,
      });
    }
    return rows.sort(byZ);
  },
};
