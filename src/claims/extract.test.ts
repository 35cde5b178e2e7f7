/** Specification of claim extraction: which sentences are claims and why, and what is read from each. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { createClaimExtractor, type ExtractClaimsOptions } from './extract.js';
import { testCheckWorthinessModel, testFeatureContext } from './test-model.js';

const hedges = testFeatureContext().hedges;
const withModel = createClaimExtractor({ model: testCheckWorthinessModel(), hedges });
const withoutModel = createClaimExtractor({ hedges });

/** `sentence: basis` for every claim. */
function claims(text: string, options: ExtractClaimsOptions = {}, extract = withModel): string[] {
  return extract(parse(text, { pos: true }), options).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    return `${c.text}: ${c.basis.join('+')}`;
  });
}

describe('createClaimExtractor', () => {
  it.each<[string, string[]]>([
    ['The council counted 40 trucks.', ['The council counted 40 trucks.: model+numbers']],
    ['The council met.', []],
    ['According to the Tavush Herald, the road is closed.', ['According to the Tavush Herald, the road is closed.: source']],
    ['By 1993 the villagers had left.', ['By 1993 the villagers had left.: dates']],
    ['The road reopened.', []],
    // A question, a headline, a fragment and a supposition are not claims, whatever the model says.
    ['Did the council count 40 trucks?', []],
    ['Council Counts Forty Trucks At Kell Crossing', []],
    ['40 trucks.', []],
    ['The council could count 40 trucks.', ['The council could count 40 trucks.: model']],
    ['The council could not have counted 40 trucks.', ['The council could not have counted 40 trucks.: model']],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('takes only the model\'s claims when cues are off, and only cues without a model', () => {
    const text = 'The council counted 40 trucks. Officials said the road is closed. The council met.';
    expect(claims(text, { cues: false })).toEqual(['The council counted 40 trucks.: model']);
    expect(claims(text, {}, withoutModel)).toEqual(['The council counted 40 trucks.: numbers', 'Officials said the road is closed.: source']);
    expect(claims(text, { threshold: 0.3 })).toEqual(['The council counted 40 trucks.: model+numbers', 'Officials said the road is closed.: source', 'The council met.: model']);
  });

  it('reads numbers, dates, attribution and hedges of a claim, with the score', () => {
    const text = 'Last year, officials said, the council reportedly counted more than 40 trucks.';
    const [claim] = withModel(parse(text, { pos: true }), { referenceDate: new Date(Date.UTC(2023, 6, 15)) });
    expect(claim).toMatchObject({
      start: 0,
      end: text.length,
      sentence: 0,
      basis: ['model', 'numbers', 'source'],
      numbers: [{ text: 'more than 40 trucks', value: 40, bound: 'above', what: 'trucks', kind: 'count' }],
      dates: [{ text: 'Last year', kind: 'relative', date: '2022', precision: 'year' }],
      attribution: { kind: 'anonymous', source: 'officials', cue: 'said' },
      hedged: true,
      // "officials said" is in the weasels lexicon: an attribution to nobody in particular.
      hedges: [
        { text: 'officials said', kind: 'weasel' },
        { text: 'reportedly', kind: 'reported' },
      ],
      evidence: ['a quantity (+3.00)', 'word “council” (+1.50)'],
    });
    expect(claim?.checkWorthiness).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 10);
  });

  it('gives no score without a model', () => {
    const [claim] = withoutModel(parse('The council counted 40 trucks.', { pos: true }));
    expect(claim?.checkWorthiness).toBeUndefined();
    expect(claim?.evidence).toEqual([]);
  });
});
