/** The official metrics of the technique tasks: SI with partial-overlap credit, TC micro-F1, multi-label F1. */

export interface Span {
  start: number;
  end: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Merges overlapping or touching spans (the SI gold files and the official scorer treat a document's spans as one set of characters). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Span identification score of SemEval-2020 Task 11 (Da San Martino et al. 2020, §3): with S the
 * predicted and T the gold spans over all documents, each merged per document,
 * P = 1/|S| Σ_{s∈S} Σ_{t∈T} |s∩t|/|s| and R = 1/|T| Σ_{t∈T} Σ_{s∈S} |s∩t|/|t|, so a partly right span
 * earns partial credit. Empty S gives P = 0; empty T gives R = 0.
 *
 * @example
 * siScore([{ gold: [{ start: 0, end: 10 }], pred: [{ start: 5, end: 10 }] }]); // P 1, R 0.5
 */
export function siScore(documents: Iterable<{ gold: readonly Span[]; pred: readonly Span[] }>): PRF & { predicted: number; gold: number } {
  let pSum = 0;
  let rSum = 0;
  let nPred = 0;
  let nGold = 0;
  for (const doc of documents) {
    const gold = mergeSpans(doc.gold);
    const pred = mergeSpans(doc.pred);
    nPred += pred.length;
    nGold += gold.length;
    for (const s of pred) for (const t of gold) pSum += overlap(s, t) / (s.end - s.start);
    for (const t of gold) for (const s of pred) rSum += overlap(s, t) / (t.end - t.start);
  }
  const precision = nPred === 0 ? 0 : pSum / nPred;
  const recall = nGold === 0 ? 0 : rSum / nGold;
  return { precision, recall, f1: f1(precision, recall), predicted: nPred, gold: nGold };
}

export interface LabelCounts {
  tp: number;
  fp: number;
  fn: number;
  support: number;
}

export interface MultiLabelScore {
  micro: PRF;
  macro: PRF;
  perLabel: Map<string, PRF & LabelCounts>;
}

/** How macro-averaging treats a label of the inventory that neither gold nor prediction has. */
export interface MacroOptions {
  /**
   * `skip` (the default) leaves it out of the mean; `zero` counts its F1 as 0, as the official
   * SemEval-2023 Task 3 scorer does (scikit-learn's macro F1 over the full label list).
   */
  absentLabels?: 'skip' | 'zero' | undefined;
}

/**
 * Micro- and macro-averaged F1 over multi-label predictions (the SemEval-2023 Task 3 measures;
 * macro-F1 is the mean of the per-label F1 over `labels`, which should be the task's full
 * inventory so absent labels count as 0 where predicted wrongly, and are skipped where neither gold
 * nor prediction has them, unless `options.absentLabels` is `zero`).
 *
 * @example
 * multiLabelScore([{ gold: ['A'], pred: ['A', 'B'] }], ['A', 'B']).micro.f1; // 0.667
 */
export function multiLabelScore(
  items: Iterable<{ gold: readonly string[]; pred: readonly string[] }>,
  labels?: readonly string[],
  options: MacroOptions = {},
): MultiLabelScore {
  const counts = new Map<string, LabelCounts>();
  const get = (label: string): LabelCounts => {
    let c = counts.get(label);
    if (c === undefined) counts.set(label, (c = { tp: 0, fp: 0, fn: 0, support: 0 }));
    return c;
  };
  for (const label of labels ?? []) get(label);
  for (const { gold, pred } of items) {
    const g = new Set(gold);
    const p = new Set(pred);
    for (const l of g) {
      const c = get(l);
      c.support += 1;
      if (p.has(l)) c.tp += 1;
      else c.fn += 1;
    }
    for (const l of p) if (!g.has(l)) get(l).fp += 1;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perLabel = new Map<string, PRF & LabelCounts>();
  let macroP = 0;
  let macroR = 0;
  let macroF = 0;
  let n = 0;
  for (const [label, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
    perLabel.set(label, { ...c, precision, recall, f1: f1(precision, recall) });
    if (c.tp + c.fp + c.fn === 0 && options.absentLabels !== 'zero') continue;
    macroP += precision;
    macroR += recall;
    macroF += f1(precision, recall);
    n += 1;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    micro: { precision, recall, f1: f1(precision, recall) },
    macro: n === 0 ? { precision: 0, recall: 0, f1: 0 } : { precision: macroP / n, recall: macroR / n, f1: macroF / n },
    perLabel,
  };
}

/**
 * Technique classification score of SemEval-2020 Task 11 (TC): micro-averaged F1 over spans, each
 * gold span with one gold label and one predicted label (so P = R = accuracy when every span is
 * answered), with per-technique figures.
 *
 * @example
 * tcScore([{ gold: 'Doubt', pred: 'Doubt' }, { gold: 'Doubt', pred: 'Repetition' }]).micro.f1; // 0.5
 */
export function tcScore(items: Iterable<{ gold: string; pred: string | undefined }>, labels?: readonly string[], options: MacroOptions = {}): MultiLabelScore {
  const list = [...items].map(({ gold, pred }) => ({ gold: [gold], pred: pred === undefined ? [] : [pred] }));
  return multiLabelScore(list, labels, options);
}
