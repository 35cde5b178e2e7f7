/** Span scores per technique: the SI measure restricted to one technique at a time, and its micro-average (full detection). */
import { siScore, type PRF, type Span } from './metrics.js';

export interface LabelledSpan extends Span {
  technique: string;
}

export interface TechniqueSpanScore extends PRF {
  /** Gold spans of the technique, after merging overlaps per document. */
  support: number;
  /** Predicted spans of the technique, after merging overlaps per document. */
  predicted: number;
}

/**
 * Full span detection scored per technique: for each technique, the SemEval-2020 SI measure (partial
 * overlap credit, overlapping spans merged per document) over that technique's gold and predicted
 * spans only, so credit needs the right place and the right label (the FLC measure of Da San Martino
 * et al. 2019, §5, with δ on labels). `overall` is its micro-average: credit summed over techniques
 * and divided by all predicted (precision) or gold (recall) spans.
 *
 * @example
 * spanScoreByTechnique([{ gold: [{ start: 0, end: 4, technique: 'Doubt' }], pred: [{ start: 0, end: 4, technique: 'Doubt' }] }]).overall.f1; // 1
 */
export function spanScoreByTechnique(documents: ReadonlyArray<{ gold: readonly LabelledSpan[]; pred: readonly LabelledSpan[] }>): {
  overall: TechniqueSpanScore;
  perTechnique: Map<string, TechniqueSpanScore>;
} {
  const techniques = new Set<string>();
  for (const d of documents) for (const s of [...d.gold, ...d.pred]) techniques.add(s.technique);
  const perTechnique = new Map<string, TechniqueSpanScore>();
  let pCredit = 0;
  let rCredit = 0;
  let predicted = 0;
  let support = 0;
  for (const technique of [...techniques].sort()) {
    const s = siScore(documents.map((d) => ({ gold: d.gold.filter((x) => x.technique === technique), pred: d.pred.filter((x) => x.technique === technique) })));
    perTechnique.set(technique, { precision: s.precision, recall: s.recall, f1: s.f1, support: s.gold, predicted: s.predicted });
    pCredit += s.precision * s.predicted;
    rCredit += s.recall * s.gold;
    predicted += s.predicted;
    support += s.gold;
  }
  const precision = predicted === 0 ? 0 : pCredit / predicted;
  const recall = support === 0 ? 0 : rCredit / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { overall: { precision, recall, f1, support, predicted }, perTechnique };
}
