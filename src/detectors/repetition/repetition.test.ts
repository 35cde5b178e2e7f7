/** Specification of the repetition detector. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { createWordForms } from '../../nlp/word-forms.js';
import { check } from '../test-helper.js';
import { createRepetitionDetector } from './index.js';

const detector = createRepetitionDetector();

describe('repetition', () => {
  it.each<[string, string[]]>([
    [
      'They lie. They lie about the road. They lie about the numbers.',
      ['0-8 repetition/anaphora: They lie', '10-18 repetition/anaphora: They lie', '35-43 repetition/anaphora: They lie'],
    ],
    [
      'As if A happened… As if B burned… As if C fell…',
      ['0-5 repetition/anaphora: As if', '18-23 repetition/anaphora: As if', '34-39 repetition/anaphora: As if'],
    ],
    [
      'Gaza is occupied, Crimea is occupied, but Karabakh is occupied too.',
      ['5-16 repetition/phrase: is occupied', '25-36 repetition/phrase: is occupied', '51-62 repetition/phrase: is occupied'],
    ],
    [
      'It cannot be trusted. The deal cannot be trusted. Their word cannot be trusted.',
      ['3-20 repetition/phrase: cannot be trusted', '31-48 repetition/phrase: cannot be trusted', '61-78 repetition/phrase: cannot be trusted'],
    ],
    // Near misses: topic terms, phrases opening with an article or preposition, and two uses only.
    ['Talks on human rights ended; human rights groups left, and human rights law applies.', []],
    ['Aid reached the region. Fighting hit the region. Few left the region.', []],
    ['They lie. They lie again.', []],
    ['Ilham Aliyev spoke. Then Ilham Aliyev left, and Ilham Aliyev returned.', []],
  ])('%s', (input, expected) => {
    expect(check(detector, input)).toEqual(expected);
  });

  it('reports the phrase and how often it occurs', () => {
    const findings = detector.detect(parse('Gaza is occupied, Crimea is occupied, but Karabakh is occupied too.'));
    expect(findings[0]).toEqual({
      detector: 'repetition',
      rule: 'repetition/phrase',
      label: 'Repetition',
      category: 'manipulative-wording',
      start: 5,
      end: 16,
      text: 'is occupied',
      reason: '“is occupied” is one of 3 uses of the same phrase in this text.',
      confidence: 0.4,
      data: { phrase: 'be occupy', count: 3 },
    });
  });

  it('finds the same when its word table starts afresh between documents', () => {
    const small = createRepetitionDetector({ words: createWordForms({ maxForms: 5 }) });
    for (const text of [
      'Gaza is occupied, Crimea is occupied, but Karabakh is occupied too.',
      'It cannot be trusted. The deal cannot be trusted. Their word cannot be trusted.',
      'They lie. They lie about the road. They lie about the numbers.',
      'Gaza is occupied, Crimea is occupied, but Karabakh is occupied too.',
    ]) {
      expect(small.detect(parse(text))).toEqual(createRepetitionDetector().detect(parse(text)));
    }
  });

  it('honours minCount and minRun', () => {
    const strict = createRepetitionDetector({ minCount: 4, minRun: 4 });
    expect(check(strict, 'They lie. They lie about the road. They lie about the numbers.')).toEqual([]);
    expect(check(createRepetitionDetector({ minRun: 2 }), 'They lie. They lie again.')).toHaveLength(2);
  });
});
