/** Specification of the loaded-language detector. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { check, testLexicon } from '../test-helper.js';
import { createLoadedLanguageDetector } from './index.js';

const detector = createLoadedLanguageDetector({ lexicon: testLexicon('loaded-language') });

describe('loaded-language', () => {
  it.each<[string, string[]]>([
    ['A barbaric attack.', ['2-10 loaded-language/barbaric: barbaric']],
    ['They slaughtered civilians.', ['5-16 loaded-language/slaughter: slaughtered']],
    ['Atrocities were committed.', ['0-10 loaded-language/atrocity: Atrocities']],
    ['It was blood money, and blood was spilled.', ['7-18 loaded-language/blood-money: blood money']],
    ['A savage attack by savages.', ['2-8 loaded-language/savage: savage']],
    ['The glorious tricolour and heroic soldiers.', ['4-12 loaded-language/glorious: glorious', '27-33 loaded-language/heroic: heroic']],
    ['The hypocrisy and double standards are breathtaking.', ['4-13 loaded-language/hypocrisy: hypocrisy', '18-34 loaded-language/double-standards: double standards', '39-51 loaded-language/breathtaking: breathtaking']],
    // Near misses: other senses and other forms kept out by `match: exact` or by not being listed.
    ['The barber cut his hair.', []],
    ['They lie down to rest.', []],
    ['A revolt broke out.', []],
    ['A chill wind blew.', []],
    ['The troops took control of the valley.', []],
  ])('%s', (input, expected) => {
    expect(check(detector, input)).toEqual(expected);
  });

  it('reports the whole finding, with the entry, source and category', () => {
    expect(detector.detect(parse('A barbaric attack.'))).toEqual([
      {
        detector: 'loaded-language',
        rule: 'loaded-language/barbaric',
        label: 'Loaded language',
        category: 'manipulative-wording',
        start: 2,
        end: 10,
        text: 'barbaric',
        reason: '“barbaric” is loaded wording (violence): it invites a judgement instead of describing.',
        confidence: 0.9,
        data: { lexicon: 'loaded-language', entry: 'barbaric', source: 'ptc-2019', kind: 'violence', quoted: false },
      },
    ]);
  });

  it('halves the confidence inside a quotation and says so', () => {
    const [finding] = detector.detect(parse('“These barbaric acts must stop,” the minister said.'));
    expect(finding?.confidence).toBe(0.45);
    expect(finding?.data?.quoted).toBe(true);
    expect(finding?.reason).toContain('inside a quotation');
  });

  it('drops findings under minConfidence', () => {
    expect(check(detector, 'A dire and barbaric war.', { minConfidence: 0.5 })).toEqual(['11-19 loaded-language/barbaric: barbaric']);
  });

  it('lists a rule for every entry it can emit', () => {
    expect(detector.rules()).toContain('loaded-language/barbaric');
    expect(detector.rules()).toHaveLength(testLexicon('loaded-language').entries.length);
  });
});
