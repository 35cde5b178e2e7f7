import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentId, normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it.each([
    ['strips a BOM', '\uFEFFHello', 'Hello'],
    ['CRLF and CR to LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['line and paragraph separators to LF', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['vertical tab, form feed and NEL separate lines instead of gluing words', 'end.\fStart\u000Bnext\u0085last', 'end.\nStart\nnext\nlast'],
    ['composes to NFC', 'cafe\u0301', 'caf\u00e9'],
    ['drops C0 controls except tab and LF', 'a\u0000b\u0007c\u001Bd\te', 'abcd\te'],
    ['drops DEL and C1 controls', 'a\u007Fb\u0080c\u009Fd', 'abcd'],
    ['composes a mark that followed a dropped control character', 'e\u0001\u0301', '\u00e9'],
    ['trims trailing spaces and tabs on each line', 'a  \t\nb\t \nc', 'a\nb\nc'],
    ['keeps leading indentation', 'a\n  b', 'a\n  b'],
    ['collapses three or more newlines to a blank line', 'a\n\n\n\nb\n\n\nc', 'a\n\nb\n\nc'],
    ['collapses blank lines that held only spaces', 'a\n  \n \t \n\nb', 'a\n\nb'],
    ['trims the whole text', '\n\n  Title\n\n', 'Title'],
    ['keeps non-breaking and other spaces inside', 'a\u00a0b\u2009c\u3000d', 'a\u00a0b\u2009c\u3000d'],
    ['keeps curly quotes, dashes, emoji and ZWJ sequences', '“So-called” — 👩‍👩‍👧 ‘ok’', '“So-called” — 👩‍👩‍👧 ‘ok’'],
    ['keeps Cyrillic and Armenian', 'Карабах Արցախ', 'Карабах Արցախ'],
    ['turns whitespace and controls only into the empty string', ' \u0000\r\n\t \u0007 ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent and leaves no CR, no control characters and no trailing line space (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const once = normalizeText(raw);
        expect(normalizeText(once)).toBe(once);
        expect(once).not.toMatch(/\r|\n{3}|[ \t]$/m);
        // eslint-disable-next-line no-control-regex -- asserting their absence
        expect(once).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        expect(once).toBe(once.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('documentId', () => {
  it('is the first 16 hex digits of the SHA-256 of the text', () => {
    // sha256('Hello') = 185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969
    expect(documentId('Hello')).toBe('185f8db32271fe25');
    expect(documentId('')).toBe('e3b0c44298fc1c14');
  });

  it('differs for texts that differ in one character and hashes UTF-8, not UTF-16', () => {
    expect(documentId('Hello')).not.toBe(documentId('Hello.'));
    // sha256 of the UTF-8 bytes of 'é' (c3 a9)
    expect(documentId('é')).toBe('4a99557e4033c353');
  });
});
