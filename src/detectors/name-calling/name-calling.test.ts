/** Specification of the name-calling detector. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { check, testLexicon } from '../test-helper.js';
import { createNameCallingDetector } from './index.js';

const detector = createNameCallingDetector({ lexicon: testLexicon('name-calling') });

describe('name-calling', () => {
  it.each<[string, string[]]>([
    ['He is a warmonger.', ['8-17 name-calling/warmonger: warmonger']],
    ['Despots and tyrants rule.', ['0-7 name-calling/despot: Despots', '12-19 name-calling/tyrant: tyrants']],
    ['The terrorists fled.', ['4-14 name-calling/terrorist: terrorists']],
    ["Putin's cronies got rich.", ["0-15 name-calling/crony: Putin's cronies"]],
    ['Marrak’s propagandists insist.', ['0-22 name-calling/propagandist: Marrak’s propagandists']],
    ['The Pashinyan regime in Yerevan.', ['4-20 name-calling/regime: Pashinyan regime']],
    ['It is a criminal regime.', ['8-23 name-calling/regime: criminal regime']],
    ['The puppet regime collapsed.', ['4-17 name-calling/regime: puppet regime']],
    ['Sanctions hit the regime in Tehran.', ['18-34 name-calling/regime: regime in Tehran']],
    ['Heroes of the war returned.', ['0-6 name-calling/hero: Heroes']],
    ['That talking-shop and its self-declared peaceniks.', ['5-17 name-calling/talking-shop: talking-shop', '40-49 name-calling/peacenik: peaceniks']],
    // Near misses: technical senses of "regime", and no regime without a label.
    ['The sanctions regime was tightened.', []],
    ['The New Visa Regime Starts Today', []],
    ['They called for regime change.', []],
    ['A regime of daily exercise helps.', []],
    ['The regime has fallen.', []],
  ])('%s', (input, expected) => {
    expect(check(detector, input)).toEqual(expected);
  });

  it('reports the whole finding, with the target of a possessive label', () => {
    expect(detector.detect(parse("Putin's cronies got rich."))).toEqual([
      {
        detector: 'name-calling',
        rule: 'name-calling/crony',
        label: 'Name calling',
        category: 'attack-on-reputation',
        start: 0,
        end: 15,
        text: "Putin's cronies",
        reason: '“Putin\'s cronies” is a pejorative label: it asks for contempt instead of describing what was done.',
        confidence: 0.8,
        data: { lexicon: 'name-calling', entry: 'crony', source: 'ptc-2019', kind: 'follower', polarity: 'negative', quoted: false, target: 'Putin' },
      },
    ]);
  });

  it('names the target of a regime label and keeps quoted labels weak', () => {
    const [regime] = detector.detect(parse('The Aliyev regime.'));
    expect(regime?.data).toMatchObject({ target: 'Aliyev', entry: 'regime' });
    const [quoted] = detector.detect(parse('He called them “thugs” yesterday.'));
    expect(quoted?.confidence).toBe(0.43);
    expect(quoted?.data?.quoted).toBe(true);
  });

  it('lists the regime rule and a rule per entry', () => {
    expect(detector.rules()).toContain('name-calling/regime');
    expect(detector.rules()).toContain('name-calling/warmonger');
  });
});
