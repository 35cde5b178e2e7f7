import { describe, expect, it } from 'vitest';
import { scoreRanked } from './technique-classification.js';

describe('scoreRanked', () => {
  it.each([
    // One span, one gold label, ranked first: 1 of 1 right.
    ['a single right answer', [{ gold: ['Doubt'], ranked: ['Doubt', 'Slogans'] }], 1],
    // Two copies of one span (two techniques): the top two, in any order, match both.
    ['a span with two techniques', [{ gold: ['Doubt', 'Repetition'], ranked: ['Repetition', 'Doubt', 'Slogans'] }], 1],
    // Two copies, only one of the top two right: 1 of 2.
    ['half right on a doubled span', [{ gold: ['Doubt', 'Repetition'], ranked: ['Doubt', 'Slogans', 'Repetition'] }], 0.5],
    // Two spans, one right: micro-F1 = accuracy = 0.5.
    ['two spans, one right', [{ gold: ['Doubt'], ranked: ['Doubt'] }, { gold: ['Slogans'], ranked: ['Doubt'] }], 0.5],
  ])('%s', (_name, items, f1) => {
    expect(scoreRanked(items).micro.f1).toBeCloseTo(f1, 10);
  });
});
