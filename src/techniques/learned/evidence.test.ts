import { describe, expect, it } from 'vitest';
import { describeFeature, evidenceLines } from './evidence.js';

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
});
