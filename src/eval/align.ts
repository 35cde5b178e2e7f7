/** Pairs gold and predicted labels of the same spans for TC scoring, whatever order duplicates come in. */

export interface SpanLabel {
  start: number;
  end: number;
  technique: string;
}

/**
 * One `{gold, pred}` pair per gold span. Spans are matched by exact offsets; a span listed k times
 * (k gold techniques) is matched with the predictions for that span as multisets, so the order in
 * which a submission lists two techniques for one span does not matter. A gold span with no
 * prediction left gets `pred: undefined` (a miss); predictions for spans that are not in the gold are
 * counted in `unmatched` and otherwise ignored, as the TC task gives the spans.
 *
 * @example
 * alignSpanLabels([{ start: 0, end: 4, technique: 'A' }, { start: 0, end: 4, technique: 'B' }],
 *                 [{ start: 0, end: 4, technique: 'B' }, { start: 0, end: 4, technique: 'A' }]).pairs;
 * // [{ gold: 'A', pred: 'A' }, { gold: 'B', pred: 'B' }]
 */
export function alignSpanLabels(gold: readonly SpanLabel[], pred: readonly SpanLabel[]): { pairs: Array<{ gold: string; pred: string | undefined }>; unmatched: number } {
  const byKey = new Map<string, string[]>();
  for (const p of pred) {
    const key = `${p.start}:${p.end}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p.technique]);
  }
  const goldByKey = new Map<string, string[]>();
  for (const g of gold) {
    const key = `${g.start}:${g.end}`;
    goldByKey.set(key, [...(goldByKey.get(key) ?? []), g.technique]);
  }
  const answers = new Map<string, Array<string | undefined>>();
  let unmatched = 0;
  for (const [key, labels] of goldByKey) {
    const left = [...(byKey.get(key) ?? [])];
    const matched: Array<string | undefined> = labels.map((label) => {
      const i = left.indexOf(label);
      if (i === -1) return undefined;
      left.splice(i, 1);
      return label;
    });
    // Gold labels without an equal prediction take the remaining predictions in order (wrong answers), then none.
    answers.set(
      key,
      matched.map((m) => (m !== undefined ? m : left.shift())),
    );
    unmatched += left.length;
  }
  for (const [key, labels] of byKey) if (!goldByKey.has(key)) unmatched += labels.length;
  const taken = new Map<string, number>();
  const pairs = gold.map((g) => {
    const key = `${g.start}:${g.end}`;
    const k = taken.get(key) ?? 0;
    taken.set(key, k + 1);
    return { gold: g.technique, pred: answers.get(key)?.[k] };
  });
  return { pairs, unmatched };
}
