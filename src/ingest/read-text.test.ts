import { describe, expect, it } from 'vitest';
import { readText, titleOf } from './read-text.js';

describe('readText', () => {
  it('keeps the whole text, headline included', () => {
    const text = 'Talks stall\n\nNo deal yet.';
    expect(readText(text)).toEqual({ text, meta: { title: 'Talks stall' } });
  });
});

describe('titleOf', () => {
  it.each([
    ['a short first line before a blank line', 'Talks stall\n\nNo deal yet.', 'Talks stall'],
    ['CRLF and leading blank lines', '\r\n  Talks stall  \r\n\r\nBody', 'Talks stall'],
    ['a line followed by a line with only spaces', 'Talks stall\n   \nBody', 'Talks stall'],
    ['no blank line after the first line', 'Talks stall\nNo deal yet.', undefined],
    ['a single line', 'Only one line', undefined],
    ['nothing after the blank line', 'Talks stall\n\n', undefined],
    ['a first line of 200 characters or more', `${'x'.repeat(200)}\n\nBody`, undefined],
    ['a first line of 199 characters', `${'x'.repeat(199)}\n\nBody`, 'x'.repeat(199)],
    ['empty', '', undefined],
  ])('%s', (_name, text, expected) => {
    expect(titleOf(text)).toBe(expected);
  });
});
