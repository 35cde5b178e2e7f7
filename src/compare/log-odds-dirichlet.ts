/** Weighted log-odds ratio with an informative Dirichlet prior ("Fightin' Words"), the default scorer. */
import { SlantError } from '../core/errors.js';
import type { Counts } from './counts.js';
import { byZ, candidateTerms, ratePerThousand, resolveMinCount, type ScoredTerm, type ScorerOptions, type TermScorer } from './scorer.js';

/**
 * The prior scale used when none is given: the smaller of the two compared totals.
 *
 * Why: the prior adds α₀ pseudo-terms to each side. Tied to the smaller side, it never outweighs
 * that side's own evidence, so z stays near a two-proportion z-test for frequent terms (within a
 * factor of about 1/√2 whatever the size imbalance, see docs/comparison.md) while a term seen once or
 * twice is still pulled towards the corpus rate. Tied to the whole corpus instead (α_w = background
 * count, the choice of Jurafsky et al. 2014), a small group facing a large rest would see every z
 * shrunk by √(n_small / n_corpus).
 *
 * @example
 * defaultAlpha0(countsOf({ a: 10 }), countsOf({ a: 90 })); // 10
 */
export function defaultAlpha0(target: Counts, reference: Counts): number {
  return Math.min(target.total, reference.total);
}

/**
 * Scores terms by the weighted log-odds ratio of Monroe, Colaresi & Quinn (2008), "Fightin' Words:
 * Lexical Feature Selection and Evaluation for Identifying the Content of Political Conflict",
 * Political Analysis 16(4), eq. 16–22:
 *
 *   δ_w = log((y_wi + α_w) / (n_i + α₀ − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α₀ − y_wj − α_w))
 *   σ²(δ_w) ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w),   z_w = δ_w / σ(δ_w)
 *
 * with α_w = α₀·π_w. The prior proportion π_w is taken from the background counts pooled with the
 * target and reference: π_w = (b_w + y_wi + y_wj) / (B + n_i + n_j). When the background is the
 * compared corpus itself (what `compareGroups` passes) this is exactly the corpus proportion; with a
 * separate background it guarantees every compared term a non-zero prior, so no log(0) can occur.
 * α₀ defaults to `defaultAlpha0`. A one-term vocabulary has no odds to compare: δ = z = 0.
 *
 * @example
 * const rows = logOddsDirichlet.score(countsOf({ blockade: 8, war: 2 }), countsOf({ blockade: 1, war: 9 }), countsOf({}), {});
 * rows.map((r) => r.term); // ['blockade', 'war']
 */
export const logOddsDirichlet: TermScorer = {
  id: 'log-odds-dirichlet',
  score(target: Counts, reference: Counts, background: Counts, options: ScorerOptions): ScoredTerm[] {
    const minCount = resolveMinCount(options);
    const ni = target.total;
    const nj = reference.total;
    if (ni === 0 || nj === 0) return [];
    const alpha0 = options.alpha0 ?? defaultAlpha0(target, reference);
    if (!Number.isFinite(alpha0) || alpha0 <= 0) {
      throw new SlantError('SLANT_USAGE', `alpha0 (the prior scale) must be a positive number, got ${alpha0}; leave it out for the default`);
    }
    const priorTotal = background.total + ni + nj;
    const rows: ScoredTerm[] = [];
    for (const term of candidateTerms(target, reference, minCount)) {
      const yi = target.get(term);
      const yj = reference.get(term);
      const prior = background.get(term) + yi + yj;
      const alpha = (alpha0 * prior) / priorTotal;
      // Eq. 16's n + α₀ − y − α, written as (n − y) + α₀·(1 − π) so that it is exactly 0 (not a
      // rounding residue) when w is the whole vocabulary.
      const alphaRest = (alpha0 * (priorTotal - prior)) / priorTotal;
      const restI = ni - yi + alphaRest;
      const restJ = nj - yj + alphaRest;
      const se = Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha));
      let delta = 0;
      if (restI > 0 && restJ > 0) delta = Math.log((yi + alpha) / restI) - Math.log((yj + alpha) / restJ);
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
