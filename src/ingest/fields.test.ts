import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import type { Entry } from './entry.js';
import { DEFAULT_FIELDS, recordToEntry, resolveFields, tagsValue } from './fields.js';

function entry(record: Record<string, unknown>, fields = DEFAULT_FIELDS): Entry {
  const result = recordToEntry(record, fields, 'x.json', 7);
  if (result instanceof SlantError) throw result;
  return result;
}

describe('recordToEntry', () => {
  it('reads the default keys of common exports', () => {
    expect(
      entry({
        content: 'Body',
        headline: 'H',
        link: 'https://a.example',
        publisher: 'P',
        byline: 'B',
        publishedAt: '2024-01-02',
        label: 'left',
        tags: ['t1', 't2'],
        id: 42,
      }),
    ).toEqual({
      text: 'Body',
      meta: { title: 'H', url: 'https://a.example', outlet: 'P', author: 'B', publishedAt: '2024-01-02', side: 'left', tags: ['t1', 't2'] },
      row: 7,
      key: '42',
    });
  });

  it('prefers the original text of an AllSides-style record to its tokenized copy', () => {
    expect(entry({ content: 'Body , tokenized', content_original: 'Body, as written', bias_text: 'left' }).text).toBe('Body, as written');
  });

  it.each([
    ['the first default key present wins', { text: 'T', content: 'C' }, 'T'],
    ['an empty value is skipped', { text: '', body: 'B' }, 'B'],
    ['keys match case-insensitively', { Text: 'T' }, 'T'],
    ['a list of paragraphs is joined with a blank line', { body: ['P1', 'P2'] }, 'P1\n\nP2'],
    ['AllSides', { content_original: 'C' }, 'C'],
  ])('text: %s', (_name, record, expected) => {
    expect(entry(record).text).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['null', null],
  ])('reads an %s text as empty text (the document is empty, the field is not missing)', (_name, value) => {
    expect(entry({ text: value, title: 'T' })).toMatchObject({ text: '', meta: { title: 'T' } });
  });

  it('prefers a string side over a numeric code in an earlier key (AllSides bias/bias_text)', () => {
    expect(entry({ text: 't', bias: 0, bias_text: 'left' }).meta.side).toBe('left');
    expect(entry({ text: 't', bias: 2 }).meta.side).toBe('2');
  });

  it('reads nested values: NewsAPI source objects and dotted paths', () => {
    expect(entry({ text: 't', source: { id: null, name: 'Wire' } }).meta.outlet).toBe('Wire');
    expect(entry({ meta: { headline: 'Deep' }, text: 't' }, resolveFields({ title: 'meta.headline' })).meta.title).toBe('Deep');
  });

  it('joins author lists', () => {
    expect(entry({ text: 't', authors: ['A', 'B'] }).meta.author).toBe('A, B');
  });

  it('follows the user mapping, with | alternatives', () => {
    const fields = resolveFields({ text: 'article_body|summary', side: 'leaning' });
    expect(entry({ summary: 'S', text: 'ignored', leaning: 'right' }, fields)).toMatchObject({ text: 'S', meta: { side: 'right' } });
    expect(fields.title).toEqual(DEFAULT_FIELDS.title);
  });

  it('reports a record without a text field, naming the keys looked for and found', () => {
    const result = recordToEntry({ title: 'T', url: 'u' }, DEFAULT_FIELDS, 'x.json', 2);
    expect(result).toBeInstanceOf(SlantError);
    const error = result as SlantError;
    expect(error).toMatchObject({ code: 'SLANT_INPUT_MALFORMED', source: 'x.json', row: 2 });
    expect(error.message).toMatch(/looked for text, content_original, content, body, article; the record has: title, url\).*--text-field NAME/);
  });

  it.each([
    ['a number', { text: 5 }, /holds a number/],
    ['an object', { text: { a: 1 } }, /holds an object/],
    ['a mixed list', { text: ['a', 1] }, /a list that is not all strings/],
  ])('reports a text field holding %s', (_name, record, message) => {
    const result = recordToEntry(record, DEFAULT_FIELDS, 'x.json', 1);
    expect(result).toBeInstanceOf(SlantError);
    expect((result as SlantError).message).toMatch(message);
  });
});

describe('resolveFields', () => {
  it('ignores empty mappings and trims alternatives', () => {
    expect(resolveFields({ text: ' a | b |' }).text).toEqual(['a', 'b']);
    expect(resolveFields({ text: ' | ' }).text).toEqual(DEFAULT_FIELDS.text);
  });
});

describe('tagsValue', () => {
  it.each([
    ['a, b;c |d', ['a', 'b', 'c', 'd']],
    [['x', 3, null], ['x', '3']],
    ['', []],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(tagsValue(input)).toEqual(expected);
  });
});
