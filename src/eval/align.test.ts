/** Specification of alignSpanLabels: TC pairs for duplicated spans, whatever order a submission lists them in. */
import { describe, expect, it } from 'vitest';
import { alignSpanLabels, type SpanLabel } from './align.js';

const s = (start: number, end: number, technique: string): SpanLabel => ({ start, end, technique });

describe('alignSpanLabels', () => {
  it.each<[string, SpanLabel[], SpanLabel[], Array<[string, string | undefined]>, number]>([
    ['one span, right', [s(0, 4, 'A')], [s(0, 4, 'A')], [['A', 'A']], 0],
    ['one span, wrong', [s(0, 4, 'A')], [s(0, 4, 'B')], [['A', 'B']], 0],
    ['a duplicate answered in the other order', [s(0, 4, 'A'), s(0, 4, 'B')], [s(0, 4, 'B'), s(0, 4, 'A')], [['A', 'A'], ['B', 'B']], 0],
    ['a duplicate half right: the right one matches, the other takes what is left', [s(0, 4, 'A'), s(0, 4, 'B')], [s(0, 4, 'B'), s(0, 4, 'C')], [['A', 'C'], ['B', 'B']], 0],
    ['a span with no answer', [s(0, 4, 'A'), s(5, 9, 'B')], [s(0, 4, 'A')], [['A', 'A'], ['B', undefined]], 0],
    ['answers for other spans, and extra answers, are counted and ignored', [s(0, 4, 'A')], [s(0, 4, 'A'), s(0, 4, 'B'), s(1, 4, 'A')], [['A', 'A']], 2],
  ])('%s', (_name, gold, pred, pairs, unmatched) => {
    const result = alignSpanLabels(gold, pred);
    expect(result.pairs.map((p) => [p.gold, p.pred])).toEqual(pairs);
    expect(result.unmatched).toBe(unmatched);
  });
});
