/** Tests for keyword-in-context snippets: exact offsets, word-boundary windows, collapsed whitespace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { kwic, kwicAt } from './kwic.js';

describe('kwicAt', () => {
  it('cuts the windows at word boundaries', () => {
    expect(kwicAt('d1', 'They lifted the blockade of the corridor yesterday.', 16, 24, 12)).toEqual({
      docId: 'd1',
      start: 16,
      end: 24,
      left: 'lifted the ',
      match: 'blockade',
      right: ' of the',
    });
  });

  it('collapses whitespace in the context but not in the match', () => {
    const text = 'Line one\n\n  ends here.\tThe  blockade\n\ncontinues   today.';
    const start = text.indexOf('The  blockade');
    const k = kwicAt('d', text, start, start + 'The  blockade'.length);
    expect(k.match).toBe('The  blockade');
    expect(k.left).toBe('Line one ends here. ');
    expect(k.right).toBe(' continues today.');
  });

  it('takes the whole text when it is shorter than the window', () => {
    const k = kwicAt('d', 'Lift the blockade', 9, 17);
    expect([k.left, k.match, k.right]).toEqual(['Lift the ', 'blockade', '']);
  });

  it('keeps a window that has no space rather than returning nothing, without splitting a surrogate pair', () => {
    const text = `${'😀'.repeat(40)}X${'😀'.repeat(40)}`;
    const start = text.indexOf('X');
    const k = kwicAt('d', text, start, start + 1, 7);
    expect(k.match).toBe('X');
    expect(k.left.length % 2).toBe(0);
    expect(k.right.length % 2).toBe(0);
    expect(k.left.length).toBeLessThanOrEqual(7);
    expect(k.left.length).toBeGreaterThan(0);
  });

  it('rejects a range outside the text', () => {
    expect(() => kwicAt('d', 'short', 3, 10)).toThrow(RangeError);
    expect(() => kwicAt('d', 'short', 4, 2)).toThrow(RangeError);
  });

  it('always satisfies text.slice(start, end) === match and bounded context', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(20), fc.nat(80), (text, a, len, window) => {
        const start = a % text.length;
        const end = Math.min(text.length, start + len);
        const k = kwicAt('d', text, start, end, window);
        expect(text.slice(k.start, k.end)).toBe(k.match);
        expect(k.left.length).toBeLessThanOrEqual(window);
        expect(k.right.length).toBeLessThanOrEqual(window);
        expect(k.left).not.toMatch(/^\s|\s\s/);
        expect(k.right).not.toMatch(/\s$|\s\s/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('kwic', () => {
  const text = 'Lift the blockade now. The blockade starves them. Blockade, blockade, blockade.';

  it('gives a snippet for each occurrence of a term, in text order', () => {
    const snippets = kwic({ id: 'a', text }, 'blockade');
    expect(snippets).toHaveLength(5);
    expect(snippets.map((s) => text.slice(s.start, s.end))).toEqual(['blockade', 'blockade', 'Blockade', 'blockade', 'blockade']);
    expect(snippets.every((s) => s.docId === 'a')).toBe(true);
  });

  it('honours limit and window, and reuses a given parse', () => {
    const snippets = kwic({ id: 'a', text, parsed: parse(text) }, 'blockade', { limit: 2, window: 10 });
    expect(snippets).toHaveLength(2);
    expect(snippets[1]?.left).toBe('now. The ');
  });

  it('finds n-gram terms and nothing for an absent term', () => {
    expect(kwic({ id: 'a', text }, 'blockade starves')[0]?.match).toBe('blockade starves');
    expect(kwic({ id: 'a', text }, 'corridor')).toEqual([]);
  });
});
