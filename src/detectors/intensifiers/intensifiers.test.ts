/** Specification of the intensifiers detector. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { check, testLexicon } from '../test-helper.js';
import { createIntensifiersDetector } from './index.js';

const detector = createIntensifiersDetector({ lexicon: testLexicon('intensifiers') });

describe('intensifiers', () => {
  it.each<[string, string[]]>([
    ['The process has failed completely.', ['23-33 intensifiers/completely: completely']],
    ['They always lie.', ['5-11 intensifiers/always: always']],
    ['Britain is the single largest investor.', ['15-29 intensifiers/single-largest: single largest']],
    ['Every child knows it.', ['0-5 intensifiers/every: Every']],
    ['It is merely a checkpoint.', ['6-12 intensifiers/merely: merely']],
    ['Aware of it like never before.', ['12-29 intensifiers/like-never-before: like never before']],
    ['It was an utterly unprecedented move.', ['10-17 intensifiers/utterly: utterly', '18-31 intensifiers/unprecedented: unprecedented']],
    // Near misses: counting before a number, absolutes taken back, and idioms.
    ['All 27 members voted.', []],
    ['They meet every two years.', []],
    ['Not all is lost.', []],
    ['He is almost always late.', []],
    ['After all, it is over.', []],
    ['The country as a whole agreed.', []],
    ['As if it never happened, as if it was never sacked.', []],
    ['They will never keep their word.', ['10-15 intensifiers/never: never']],
    ['It has nothing to do with us.', []],
  ])('%s', (input, expected) => {
    expect(check(detector, input)).toEqual(expected);
  });

  it('reports the whole finding with its kind', () => {
    expect(detector.detect(parse('They always lie.'))).toEqual([
      {
        detector: 'intensifiers',
        rule: 'intensifiers/always',
        label: 'Absolute',
        category: 'manipulative-wording',
        start: 5,
        end: 11,
        text: 'always',
        reason: '“always” admits no exception, a possible sign of exaggeration.',
        confidence: 0.3,
        data: { lexicon: 'intensifiers', entry: 'always', source: 'semeval-2023-task3', kind: 'absolute', quoted: false },
      },
    ]);
  });

  it('never emits a rule for a stop phrase', () => {
    expect(detector.rules()).not.toContain('intensifiers/after-all');
    expect(detector.rules()).toContain('intensifiers/all');
  });
});
