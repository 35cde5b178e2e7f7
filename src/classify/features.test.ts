/** Specification of the classifier features: templates, ranges, rule hits, weighting and style rates. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { parse } from '../nlp/parse.js';
import { textFeatures, type FeatureSpec } from './features.js';

const NONE: FeatureSpec = { words: false, lemmas: false, bigrams: false, rules: false, style: false, chars: [], dropStopWords: false, weighting: 'binary' };

describe('textFeatures', () => {
  it.each<[string, Partial<FeatureSpec>, string, string[]]>([
    ['words, lower-cased, numbers as a class', { words: true }, 'Rebels took 3 towns.', ['w=.', 'w=<num>', 'w=rebels', 'w=took', 'w=towns']],
    ['lemmas only where they differ', { lemmas: true }, 'Rebels took towns.', ['l=rebel', 'l=take', 'l=town']],
    ['bigrams restart at each sentence', { bigrams: true }, 'Go. Stop.', ['b=<s>_go', 'b=<s>_stop', 'b=go_.', 'b=stop_.']],
    ['character trigrams with word edges', { chars: [3] }, 'War', ['ch=_wa', 'ch=ar_', 'ch=war']],
    ['stop words dropped from unigrams only', { words: true, bigrams: true, dropStopWords: true }, 'The mob', ['b=<s>_the', 'b=the_mob', 'w=mob']],
  ])('%s', (_name, spec, text, expected) => {
    expect(textFeatures(parse(text), { ...NONE, ...spec }).features).toEqual(expected);
  });

  it('reads only the tokens of the range, and only the rule findings that overlap it', () => {
    const doc = parse('Calm day. Barbaric thugs attacked.');
    const second = doc.sentences[1];
    if (second === undefined) throw new Error('two sentences expected');
    const hit = (start: number, end: number): Finding => ({ detector: 'loaded-language', rule: 'loaded-language/barbaric', label: 'L', start, end, text: doc.text.slice(start, end), reason: 'r', confidence: 1 });
    const findings = [hit(10, 18)];
    const v = textFeatures(doc, { ...NONE, words: true, rules: true }, second, findings);
    expect(v.features).toEqual(['r=loaded-language', 'r=loaded-language/barbaric', 'w=.', 'w=attacked', 'w=barbaric', 'w=thugs']);
    const first = textFeatures(doc, { ...NONE, rules: true }, doc.sentences[0], findings);
    expect(first.features).toEqual([]);
  });

  it('log weighting: 1 + ln(count), scaled to unit length', () => {
    // "no no no yes": no ×3 → 1 + ln 3, yes ×1 → 1; norm = sqrt((1 + ln 3)² + 1).
    const v = textFeatures(parse('no no no yes'), { ...NONE, words: true, weighting: 'log' });
    const a = 1 + Math.log(3);
    const norm = Math.sqrt(a * a + 1);
    expect(v.features).toEqual(['w=no', 'w=yes']);
    expect(v.values[0]).toBeCloseTo(a / norm, 12);
    expect(v.values[1]).toBeCloseTo(1 / norm, 12);
  });

  it('style rates, counted by hand', () => {
    // 10 words, 2 sentences, one question; "I" once (×10 → 1), "you" once (×10 → 1), "said" once (×20 → 1, capped).
    const v = textFeatures(parse('I said you were late. Why were they not here?'), { ...NONE, style: true });
    const rate = Object.fromEntries(v.features.map((f, i) => [f, v.values[i]]));
    expect(rate['st=i']).toBe(1);
    expect(rate['st=you']).toBe(1);
    expect(rate['st=said']).toBe(1);
    expect(rate['st=third']).toBe(0.5);
    expect(rate['st=questions']).toBe(0.5);
    expect(rate['st=sentence-length']).toBe(0.125);
    expect(rate['st=exclamations']).toBeUndefined();
    expect(v.features).toEqual([...v.features].sort());
  });

  it('gives nothing for an empty text', () => {
    expect(textFeatures(parse(''), { ...NONE, words: true, style: true, weighting: 'log' })).toEqual({ features: [], values: [] });
  });
});
