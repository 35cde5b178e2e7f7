import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';

const split = (text: string): string[] => parse(text).sentences.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['a plain stop before a capital', 'It rained. We left.', ['It rained.', 'We left.']],
    ['abbreviations stay inside', 'The U.S. envoy met Mr. Smith today. He left.', ['The U.S. envoy met Mr. Smith today.', 'He left.']],
    ['closing quotes belong to the sentence', 'He said “Stop.” Then he left.', ['He said “Stop.”', 'Then he left.']],
    ['question and exclamation marks', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['an ellipsis before a capital ends a sentence', 'As if it never happened… As if nobody saw.', ['As if it never happened…', 'As if nobody saw.']],
    ['a lower-case word after a stop does not', 'Prices rose 3.5 per cent. and then fell.', ['Prices rose 3.5 per cent. and then fell.']],
    ['a digit can open a sentence', 'It ended in 2020. 600,000 people fled.', ['It ended in 2020.', '600,000 people fled.']],
    ['an opening quote can open a sentence', 'He paused. “Never,” he said.', ['He paused.', '“Never,” he said.']],
    ['a line break always ends one', 'A headline without a stop\nThe body starts here.', ['A headline without a stop', 'The body starts here.']],
    ['other scripts: the Armenian full stop, and case as in Latin', 'Բարև Ձեզ։ Ողջույն. Привет. мир.', ['Բարև Ձեզ։', 'Ողջույն.', 'Привет. мир.']],
    ['the last sentence may lack a stop', 'One. Two', ['One.', 'Two']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
