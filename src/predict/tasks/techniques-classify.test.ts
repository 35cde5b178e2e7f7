/** Specification of techniques-classify: one technique per given span, and different ones for a span listed twice. */
import { describe, expect, it } from 'vitest';
import type { RankedTechnique } from '../../techniques/model.js';
import { assignRanked, techniquesClassifyTask, uniqueSpans } from './techniques-classify.js';

const ranking = (...labels: string[]): RankedTechnique[] => labels.map((technique, i) => ({ technique, score: (labels.length - i) / 10 }));

describe('assignRanked', () => {
  it.each<[string, Array<{ start: number; end: number }>, RankedTechnique[][], string[]]>([
    ['one span, best technique', [{ start: 0, end: 4 }], [ranking('A', 'B', 'C')], ['0-4 A']],
    ['a span listed twice gets the first and the second', [{ start: 0, end: 4 }, { start: 0, end: 4 }], [ranking('A', 'B', 'C')], ['0-4 A', '0-4 B']],
    [
      'duplicates interleaved with other spans, order kept',
      [{ start: 5, end: 9 }, { start: 0, end: 4 }, { start: 5, end: 9 }, { start: 5, end: 9 }],
      [ranking('X', 'Y', 'Z'), ranking('A', 'B')],
      ['5-9 X', '0-4 A', '5-9 Y', '5-9 Z'],
    ],
    ['more copies than techniques: the last one repeats', [{ start: 0, end: 1 }, { start: 0, end: 1 }, { start: 0, end: 1 }], [ranking('A', 'B')], ['0-1 A', '0-1 B', '0-1 B']],
  ])('%s', (_name, spans, ranked, expected) => {
    expect(assignRanked(spans, ranked).map((s) => `${s.start}-${s.end} ${s.technique}`)).toEqual(expected);
  });

  it('keeps the score of the technique it gives', () => {
    expect(assignRanked([{ start: 0, end: 4 }, { start: 0, end: 4 }], [ranking('A', 'B')])).toEqual([
      { start: 0, end: 4, technique: 'A', score: 0.2 },
      { start: 0, end: 4, technique: 'B', score: 0.1 },
    ]);
  });
});

describe('uniqueSpans', () => {
  it('lists each span once in first-seen order', () => {
    const { list, index } = uniqueSpans([{ start: 5, end: 9 }, { start: 0, end: 4 }, { start: 5, end: 9 }]);
    expect(list).toEqual([{ start: 5, end: 9 }, { start: 0, end: 4 }]);
    expect(index.get('0:4')).toBe(1);
  });
});

describe('techniquesClassifyTask', () => {
  it('answers a duplicated span with two different techniques, in the input order', async () => {
    const predictor = await techniquesClassifyTask.prepare({ model: 'rules' });
    const text = 'These barbaric thugs lied.';
    const out = predictor.predict({ id: 'x', text, spans: [{ start: 6, end: 14 }, { start: 15, end: 20 }, { start: 6, end: 14 }] });
    expect(out.id).toBe('x');
    expect(out.spans.map((s) => `${s.start}-${s.end}`)).toEqual(['6-14', '15-20', '6-14']);
    expect(out.spans[0]?.technique).toBe('Loaded_Language');
    expect(out.spans[2]?.technique).not.toBe(out.spans[0]?.technique);
  });

  it('checks that every span lies inside the text', () => {
    expect(techniquesClassifyTask.check({ id: 1, text: 'abc', spans: [{ start: 0, end: 3 }] })).toEqual([]);
    expect(techniquesClassifyTask.check({ id: 1, text: 'abc', spans: [{ start: 0, end: 4 }] })).toEqual(['span 1 [0, 4) runs past the end of the text (length 3)']);
  });
});
