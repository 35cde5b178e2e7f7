/** Specification of the hedges-weasels detector. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { check, testLexicon } from '../test-helper.js';
import { createHedgesWeaselsDetector } from './index.js';

const detector = createHedgesWeaselsDetector({ hedges: testLexicon('hedges'), weasels: testLexicon('weasels') });

describe('hedges-weasels', () => {
  it.each<[string, string[]]>([
    ['Perhaps it will rain.', ['0-7 hedges-weasels/perhaps: Perhaps']],
    ['Some say the war is over.', ['0-8 hedges-weasels/some-say: Some say']],
    ['Critics argued that it failed.', ['0-14 hedges-weasels/critics-argue: Critics argued']],
    ['It is widely believed that he lied.', ['0-21 hedges-weasels/it-is-widely-believed: It is widely believed']],
    ['The report appears to be wrong.', ['11-24 hedges-weasels/appear-to-be: appears to be']],
    ['The talks might resume, reportedly.', ['10-15 hedges-weasels/might: might', '24-34 hedges-weasels/reportedly: reportedly']],
    ['Experts agree the data is sound.', ['0-13 hedges-weasels/experts-agree: Experts agree']],
    ['The wall is pretty much finished.', ['12-23 hedges-weasels/pretty-much: pretty much']],
    // Near misses: named sources, months and names, and words the package lists but news uses plainly.
    ['Experts at the Red Cross say it is safe.', []],
    ['In May the talks resumed.', []],
    ['The court will decide and they can appeal.', []],
    ['A pretty village.', []],
    ['The alleged attacker was held.', []],
  ])('%s', (input, expected) => {
    expect(check(detector, input)).toEqual(expected);
  });

  it('labels hedges and weasels apart, without a technique category', () => {
    const [weasel, hedge] = detector.detect(parse('Some say it will perhaps rain.'));
    expect(weasel).toEqual({
      detector: 'hedges-weasels',
      rule: 'hedges-weasels/some-say',
      label: 'Weasel words',
      start: 0,
      end: 8,
      text: 'Some say',
      reason: '“Some say” attributes the claim to unnamed people or a vague consensus.',
      confidence: 0.6,
      data: { lexicon: 'weasels', entry: 'some say', source: 'wikipedia-words-to-watch', quoted: false },
    });
    expect(hedge).toMatchObject({ label: 'Hedge', rule: 'hedges-weasels/perhaps', data: { from: 'hedges', source: 'hedges-package' } });
    expect(hedge?.category).toBeUndefined();
  });
});
