/** Specification of the punctuation-rhetoric detector. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { check, testLexicon } from '../test-helper.js';
import { createPunctuationRhetoricDetector } from './index.js';

const detector = createPunctuationRhetoricDetector({ questions: testLexicon('rhetorical-questions') });

describe('punctuation-rhetoric', () => {
  it.each<[string, string[]]>([
    ['It failed. How about just one?', ['11-30 punctuation-rhetoric/rhetorical-question: How about just one?']],
    ['It failed!', ['0-10 punctuation-rhetoric/exclamation: It failed!']],
    ['Eighty-five thousand!!', ['0-22 punctuation-rhetoric/exclamation: Eighty-five thousand!!']],
    ["Isn't it obvious?", ["0-17 punctuation-rhetoric/rhetorical-question: Isn't it obvious?"]],
    ['And why should we care?', ['0-23 punctuation-rhetoric/rhetorical-question: And why should we care?']],
    ['Many ask what is it about them that matters?', ['0-44 punctuation-rhetoric/rhetorical-question: Many ask what is it about them that matters?']],
    ['Where were they in 1992?', ['0-24 punctuation-rhetoric/rhetorical-question: Where were they in 1992?']],
    // Near misses: someone else's words, and interview layouts.
    ['“It failed!” he shouted.', []],
    ['He asked: “Why now?”', []],
    ['Q: Why did you go?\n\nA: Because I had to.', []],
    ['Aliyev: What did they expect?', []],
    ['Why go?\n\nTo see.\n\nWhen?\n\nNow.\n\nWho came?\n\nAll.', []],
    ['The talks failed.', []],
  ])('%s', (input, expected) => {
    expect(check(detector, input)).toEqual(expected);
  });

  it('weighs a question by its cue', () => {
    const confidenceOf = (text: string) => detector.detect(parse(text))[0]?.confidence;
    expect(confidenceOf('Did the convoys arrive?')).toBe(0.3);
    expect(confidenceOf("Isn't it obvious?")).toBe(0.6);
    expect(confidenceOf('Is it any wonder they left?')).toBe(0.8);
  });

  it('reports the whole finding for a rhetorical question', () => {
    expect(detector.detect(parse('How about just one?'))).toEqual([
      {
        detector: 'punctuation-rhetoric',
        rule: 'punctuation-rhetoric/rhetorical-question',
        label: 'Rhetorical question',
        category: 'manipulative-wording',
        start: 0,
        end: 19,
        text: 'How about just one?',
        reason: '“How about just one?” is a question in the writer\'s own voice that opens with “How about”, asked to make a point rather than to get an answer.',
        confidence: 0.65,
        data: { cue: 'How about', kind: 'opener' },
      },
    ]);
  });

  it('gives an exclamation no technique category', () => {
    expect(detector.detect(parse('It failed!'))[0]?.category).toBeUndefined();
  });
});
