import { describe, expect, it } from 'vitest';
import { createDefaultDetectors } from '../../detectors/index.js';
import { testLexicons } from '../../detectors/test-helper.js';
import { parse } from '../../nlp/parse.js';
import { describeFeature, evidenceLines, isDescribed } from './evidence.js';
import { featureContext, spanContext, spanFeatures, tokenFeatures } from './features.js';

describe('describeFeature', () => {
  it.each([
    ['w=barbaric', 'word “barbaric”'],
    ['b-=so-called_experts', 'phrase “so-called experts”'],
    ['w-1=so-called', 'after “so-called”'],
    ['r=loaded-language:violence', 'rule loaded-language (violence)'],
    ['rs=punctuation-rhetoric', 'rule punctuation-rhetoric in the sentence'],
    ['pol=--', 'strongly negative word'],
    ['rep=2', 'repeated in the article'],
    ['occ=1_0', 'said before in the article'],
    ['q', 'inside a quotation'],
    ['sb=<s>_lock', 'phrase “lock”'],
    ['sh=X', 'word in capitals'],
    ['l=0', 'word form of a number'],
    ['p-1=ADJ', 'after an adjective'],
    ['pp+=ADJ_NOUN', 'adjective then noun'],
    ['sp=1', 'mid-sentence'],
    ['sp=VERB', 'contains a verb'],
    ['zz=unknown', 'zz=unknown'],
    ['bare', 'bare'],
  ])('%s → %s', (feature, text) => {
    expect(describeFeature(feature)).toBe(text);
  });
});

describe('evidenceLines', () => {
  it('describes, weighs, drops repeated descriptions and stops at max', () => {
    expect(
      evidenceLines(
        [
          { feature: 'w=thugs', weight: 2.5 },
          { feature: 'sw=thugs', weight: 1.25 },
          { feature: 'q', weight: 0.5 },
          { feature: 'pol=-', weight: 0.25 },
        ],
        2,
      ),
    ).toEqual(['word “thugs” (+2.50)', 'inside a quotation (+0.50)']);
  });

  it('leaves out features it cannot phrase', () => {
    expect(evidenceLines([{ feature: 'zz=unknown', weight: 3 }, { feature: 'w=thugs', weight: 1 }])).toEqual(['word “thugs” (+1.00)']);
  });
});

describe('every feature the SI and TC templates produce has a phrasing', () => {
  it('on a text that fires every template', () => {
    const doc = parse('“Traitors!” they shouted. The barbaric regime, 20 years on, is NOT our friend? Lock them up, lock them up!', { pos: true });
    const ctx = featureContext(doc, createDefaultDetectors(testLexicons()));
    const features = new Set<string>();
    for (let i = 0; i < doc.tokens.length; i += 1) {
      const out: string[] = [];
      tokenFeatures(ctx, i, out);
      for (const f of out) features.add(f);
    }
    const spans = spanContext(ctx);
    const out: string[] = [];
    spanFeatures(spans, 0, 12, out);
    spanFeatures(spans, 30, doc.text.length, out);
    for (const f of out) features.add(f);
    const undescribed = [...features].filter((f) => !isDescribed(f));
    expect(undescribed).toEqual([]);
  });
});
