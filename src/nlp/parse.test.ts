import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NASTY } from '../../test/fixtures/nasty.js';
import { paragraphRanges, parse } from './parse.js';
import type { ParsedDoc } from './types.js';

/** The invariants every parse must keep, whatever the text. */
function checkInvariants(doc: ParsedDoc): void {
  const { text, tokens, sentences, paragraphs } = doc;
  let previousEnd = 0;
  tokens.forEach((t, i) => {
    expect(t.index).toBe(i);
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    // Between tokens there is only whitespace: nothing is lost.
    expect(text.slice(previousEnd, t.start).trim()).toBe('');
    previousEnd = t.end;
  });
  expect(text.slice(previousEnd).trim()).toBe('');
  let tokenCursor = 0;
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.tokenStart).toBe(tokenCursor);
    expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
    expect(s.start).toBe(tokens[s.tokenStart]?.start);
    expect(s.end).toBe(tokens[s.tokenEnd - 1]?.end);
    for (let t = s.tokenStart; t < s.tokenEnd; t += 1) expect(tokens[t]?.sentence).toBe(i);
    tokenCursor = s.tokenEnd;
  });
  expect(tokenCursor).toBe(tokens.length);
  let sentenceCursor = 0;
  for (const p of paragraphs) {
    expect(p.sentenceStart).toBe(sentenceCursor);
    for (let s = p.sentenceStart; s < p.sentenceEnd; s += 1) {
      const sentence = sentences[s];
      expect(sentence?.paragraph).toBe(p.index);
      expect(sentence!.start).toBeGreaterThanOrEqual(p.start);
      expect(sentence!.end).toBeLessThanOrEqual(p.end);
    }
    sentenceCursor = p.sentenceEnd;
  }
  expect(sentenceCursor).toBe(sentences.length);
}

describe('parse', () => {
  it('keeps every offset exact on the nasty fixture, with and without POS', () => {
    for (const pos of [false, true]) {
      const doc = parse(NASTY, { pos });
      checkInvariants(doc);
      expect(doc.hasPos).toBe(pos);
      expect(doc.tokens.every((t) => (pos ? typeof t.pos === 'string' : t.pos === undefined))).toBe(true);
    }
  });

  it.each([
    ['U.S.', 'U.S.'],
    ['https://example.org/a?b=1&c=2.', 'https://example.org/a?b=1&c=2.'],
    ['Cyrillic word', 'Кириллица'],
    ['Armenian word', 'Արցախ'],
    ['ZWJ family emoji', '👨‍👩‍👧'],
  ])('keeps %s as one token', (_name, value) => {
    const doc = parse(NASTY);
    expect(doc.tokens.map((t) => t.text)).toContain(value);
  });

  it('splits contractions and lower-cases with folded apostrophes', () => {
    const doc = parse('They can’t stop.');
    expect(doc.tokens.map((t) => [t.text, t.lower])).toEqual([
      ['They', 'they'],
      ['ca', 'ca'],
      ['n’t', "n't"],
      ['stop', 'stop'],
      ['.', '.'],
    ]);
  });

  it('gives lemmas without POS tagging', () => {
    const doc = parse('Villagers were slaughtered and fled.');
    expect(doc.tokens.map((t) => t.lemma)).toEqual(['villager', 'be', 'slaughter', 'and', 'flee', '.']);
  });

  it('marks quoted tokens, but not after a misused opening quote glued to a word', () => {
    const doc = parse('They call it “customs controls” and ‘checks’. Baku‘s rich gas flows.');
    expect(doc.tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['customs', 'controls', 'checks']);
  });

  it('never lets a sentence cross a line break', () => {
    const doc = parse('A title without a stop\nThe first sentence. The second one\nA third');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'A title without a stop',
      'The first sentence.',
      'The second one',
      'A third',
    ]);
  });

  it('counts words, not punctuation or emoji', () => {
    expect(parse('Hello, world! 👍').wordCount).toBe(2);
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', ' ', '\n\n\t']) {
      const doc = parse(text);
      expect(doc.tokens).toEqual([]);
      expect(doc.sentences).toEqual([]);
      expect(doc.paragraphs).toEqual([]);
    }
  });

  it('keeps the invariants on arbitrary text (property)', () => {
    const pieces = fc.constantFrom('word', 'U.S.', ' ', '\u00a0', '\n', '\n\n', '“', '”', '"', '‘', '’', "'", '!', '?', '.', '-', '—', '👍🏽', '🇦🇲', 'Արցախ', 'мир', 'can’t', '600,000', 'https://x.org', '\t', '…', 'É', 'e\u0301');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        checkInvariants(parse(parts.join('')));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});

describe('paragraphRanges', () => {
  it.each([
    ['blank-line blocks', 'One.\nStill one.\n\nTwo.', [[0, 15], [17, 21]]],
    ['lines when there are no blank lines', 'One.\nTwo.', [[0, 4], [5, 9]]],
    ['trims surrounding space', '  One.  \n \n Two. ', [[2, 6], [12, 16]]],
    ['nothing for blank text', ' \n ', []],
  ])('%s', (_name, text, expected) => {
    expect(paragraphRanges(text)).toEqual(expected);
  });
});
