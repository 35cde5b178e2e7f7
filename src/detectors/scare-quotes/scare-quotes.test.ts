/** Specification of the scare-quotes detector. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { check, testLexicon } from '../test-helper.js';
import { createScareQuotesDetector } from './index.js';

const detector = createScareQuotesDetector({ cues: testLexicon('scare-quote-cues'), speechVerbs: testLexicon('speech-verbs') });

describe('scare-quotes', () => {
  it.each<[string, string[]]>([
    ['The so-called experts agree.', ['4-21 scare-quotes/so-called: so-called experts']],
    ['The so called peace process failed.', ['4-27 scare-quotes/so-called: so called peace process']],
    ['The self-styled government of Artsakh.', ['4-26 scare-quotes/self-styled: self-styled government']],
    ['The so-called "conflict resolution" industry.', ['4-35 scare-quotes/so-called: so-called "conflict resolution"']],
    ['The supposed victims never existed.', ['4-20 scare-quotes/supposed: supposed victims']],
    ['The alleged attacker was held.', ['4-20 scare-quotes/alleged: alleged attacker']],
    ['Russian “peacekeepers” did little.', ['8-22 scare-quotes/quoted-term: “peacekeepers”']],
    ['Baku’s seemingly ‘goodwill gestures’ failed.', ['17-36 scare-quotes/quoted-term: ‘goodwill gestures’']],
    ['Under the guise of “eco-activists,” the army moved.', ['19-35 scare-quotes/quoted-term: “eco-activists,”']],
    ['Borrell called the blockade “unacceptable”.', ['28-42 scare-quotes/quoted-term: “unacceptable”']],
    // Near misses: speech, sentences, long quotations, and cues used plainly.
    ['“Peace,” he said.', []],
    ['He said: “never”.', []],
    ['She said “no” to the plan.', []],
    ['“We will never surrender!”', []],
    ['“This is a long quotation of many words,” she wrote.', []],
    ['He was supposed to come.', []],
    ['She allegedly took it.', []],
    ['The poster read “No Entry”.', []],
  ])('%s', (input, expected) => {
    expect(check(detector, input)).toEqual(expected);
  });

  it('finds the same noun phrases without POS tags', () => {
    expect(check(detector, 'The so-called experts agree.', { pos: false })).toEqual(['4-21 scare-quotes/so-called: so-called experts']);
    expect(check(detector, 'The self-styled government of Artsakh.', { pos: false })).toEqual(['4-26 scare-quotes/self-styled: self-styled government']);
    expect(check(detector, 'The so called peace process failed.', { pos: false })).toEqual(['4-27 scare-quotes/so-called: so called peace process']);
  });

  it('reports the whole finding for a cue', () => {
    expect(detector.detect(parse('The so-called experts agree.', { pos: true }))).toEqual([
      {
        detector: 'scare-quotes',
        rule: 'scare-quotes/so-called',
        label: 'So-called',
        category: 'manipulative-wording',
        start: 4,
        end: 21,
        text: 'so-called experts',
        reason: '“so-called” casts doubt on “experts”: the writer distances themselves from the term.',
        confidence: 0.85,
        data: { lexicon: 'scare-quote-cues', entry: 'so-called', source: 'ptc-2019', target: 'experts', quoted: false },
      },
    ]);
  });

  it('keeps an attributed quotation at low confidence and an unattributed one higher', () => {
    const [attributed] = detector.detect(parse('Borrell called the blockade “unacceptable”.', { pos: true }));
    expect(attributed?.confidence).toBe(0.3);
    expect(attributed?.data).toMatchObject({ term: 'unacceptable', attributed: true });
    const [plain] = detector.detect(parse('Russian “peacekeepers” did little.', { pos: true }));
    expect(plain?.confidence).toBe(0.6);
    expect(plain?.data).toMatchObject({ term: 'peacekeepers', attributed: false, words: 1 });
  });
});
