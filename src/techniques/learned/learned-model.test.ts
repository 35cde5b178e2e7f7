import { describe, expect, it } from 'vitest';
import { SlantError } from '../../core/errors.js';
import { createDefaultDetectors } from '../../detectors/index.js';
import { testLexicons } from '../../detectors/test-helper.js';
import { PTC_TECHNIQUES } from '../../train/datasets/ptc.js';
import { decodeSpans } from './decode.js';
import { createLearnedTechniqueModel } from './learned-model.js';
import { parse } from '../../nlp/parse.js';
import { testWeightsJson } from './test-weights.js';
import { parseTechniqueWeights } from './weights.js';

const model = createLearnedTechniqueModel(parseTechniqueWeights(testWeightsJson()), createDefaultDetectors(testLexicons()));
const TEXT = 'The barbaric attack was planned by thugs. Nobody else saw it.';

describe('learned model on hand-written weights', () => {
  it('finds the spans the tagger marks, labelled by the classifier, with evidence', () => {
    const spans = model.spans(TEXT);
    expect(spans.map((s) => [TEXT.slice(s.start, s.end), s.technique])).toEqual([
      ['barbaric', 'Loaded_Language'],
      ['thugs', 'Name_Calling,Labeling'],
    ]);
    for (const s of spans) {
      expect(s.score).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
      expect(s.evidence?.[0]).toMatch(/^word “(barbaric|thugs)” \(\+7\.00\)$/);
    }
  });

  it('abstains above a span’s score and grows a span over weaker neighbours', () => {
    expect(model.spans(TEXT, { threshold: 0.9 })).toEqual([]);
    // "utterly" (p = 0.38) joins "barbaric" as a neighbour above extend 0.3, but alone it stays below 0.5.
    const joined = model.spans('An utterly barbaric act.');
    expect(joined.map((s) => 'An utterly barbaric act.'.slice(s.start, s.end))).toEqual(['utterly barbaric']);
    expect(model.spans('An utterly normal act.')).toEqual([]);
  });

  it('ranks all 14 PTC techniques for each given span', () => {
    const ranked = model.classify(TEXT, [{ start: 4, end: 12 }, { start: 35, end: 40 }]);
    expect(ranked).toHaveLength(2);
    for (const r of ranked) {
      expect(r.map((x) => x.technique).sort()).toEqual([...PTC_TECHNIQUES].sort());
      for (let i = 1; i < r.length; i += 1) expect((r[i - 1]?.score ?? 0) >= (r[i]?.score ?? 0)).toBe(true);
    }
    expect(ranked[0]?.[0]?.technique).toBe('Loaded_Language');
    expect(ranked[1]?.[0]?.technique).toBe('Name_Calling,Labeling');
    expect(model.classify(TEXT, [])).toEqual([]);
  });

  it('labels a paragraph with SemEval-2023 ids at or above the threshold', () => {
    expect(model.paragraph('A barbaric act.').map((r) => r.technique)).toEqual(['Loaded_Language']);
    expect(model.paragraph('A barbaric act by thugs.').map((r) => r.technique).sort()).toEqual(['Loaded_Language', 'Name_Calling-Labeling']);
    expect(model.paragraph('A quiet day.')).toEqual([]);
    expect(model.paragraph('A quiet day.', { threshold: 0 })).toHaveLength(2);
  });

  it('gives the same answer on a document parsed without POS tags (it reparses)', () => {
    expect(model.spansOf(parse(TEXT))).toEqual(model.spansOf(parse(TEXT, { pos: true })));
  });
});

describe('decodeSpans', () => {
  const doc = parse('A barbaric act, they said.');
  it.each([
    // tokens: A barbaric act , they said .
    ['a run above extend around a peak', [0.1, 0.9, 0.35, 0.1, 0.1, 0.1, 0.1], { extend: 0.3, threshold: 0.5 }, ['barbaric act']],
    ['no peak reaches the threshold', [0.1, 0.45, 0.35, 0.1, 0.1, 0.1, 0.1], { extend: 0.3, threshold: 0.5 }, []],
    ['a one-token gap is bridged, trailing comma trimmed', [0.9, 0.1, 0.9, 0.6, 0.1, 0.1, 0.1], { extend: 0.3, threshold: 0.5, gap: 1 }, ['A barbaric act']],
    ['a gap wider than allowed splits', [0.9, 0.1, 0.1, 0.9, 0.9, 0.1, 0.1], { extend: 0.3, threshold: 0.5, gap: 1 }, ['A', 'they']],
  ])('%s', (_name, probabilities, options, expected) => {
    expect(decodeSpans(doc, probabilities, options).map((s) => doc.text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('parseTechniqueWeights', () => {
  it.each([
    ['a wrong format', { ...testWeightsJson(), format: 99 }],
    ['a decode threshold out of range', { ...testWeightsJson(), si: { ...testWeightsJson().si, decode: { extend: 0.2, threshold: 2, gap: 1 } } }],
    ['a softmax where a binary model belongs', { ...testWeightsJson(), si: { ...testWeightsJson().si, model: testWeightsJson().tc.model } }],
    ['a missing paragraph threshold', { ...testWeightsJson(), paragraph: { model: testWeightsJson().paragraph.model } }],
  ])('refuses %s', (_name, json) => {
    expect(() => parseTechniqueWeights(json)).toThrow(SlantError);
  });
});
