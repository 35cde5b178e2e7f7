import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import type { ReadResult } from './entry.js';
import { DEFAULT_FIELDS, resolveFields } from './fields.js';
import { detectDelimiter, readCsv } from './read-csv.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

function summary(results: Iterable<ReadResult>): string[] {
  return [...results].map((result) =>
    result instanceof SlantError ? `${result.row ?? '-'} ${result.code}: ${result.message}` : `${result.row ?? '-'} ok: ${result.text}`,
  );
}

describe('readCsv', () => {
  it('reads the fixture: good rows go on around a row with too many fields and an unclosed quote', () => {
    expect(summary(readCsv(fixture('articles.csv'), DEFAULT_FIELDS, 'articles.csv'))).toEqual([
      '2 ok: Delegations from both regions met again on Monday, officials said.',
      '3 ok: Negotiators said the talks were "constructive" but slow.',
      "4 SLANT_INPUT_MALFORMED: has 6 fields, the header has 5; quote values that contain ',' and check for a missing or extra delimiter",
      '5 SLANT_INPUT_MALFORMED: a quoted value is never closed; fix the quoting on this line',
      '6 ok: Reporters waited outside the venue until late evening.',
    ]);
  });

  it('maps columns to metadata; an empty cell is no value', () => {
    const [first, , , , last] = [...readCsv(fixture('articles.csv'), DEFAULT_FIELDS, 'articles.csv')];
    expect(first).toEqual({
      text: 'Delegations from both regions met again on Monday, officials said.',
      meta: { title: 'Talks resume', url: undefined, outlet: 'Valley Wire', author: undefined, publishedAt: '2024-03-04', side: undefined, tags: undefined },
      row: 2,
      key: undefined,
    });
    expect(last).toMatchObject({ meta: { outlet: 'Border Post', side: 'sudmark' } });
  });

  it('reads TSV with a given tab delimiter', () => {
    expect(summary(readCsv(fixture('articles.tsv'), DEFAULT_FIELDS, 'articles.tsv', { delimiter: '\t' }))).toEqual([
      '2 ok: Tab separated text, with a comma inside.',
      '3 ok: Another tab separated record.',
    ]);
  });

  it.each([
    ['semicolons are detected', 'text;outlet\nA, with comma;W\n', ['2 ok: A, with comma']],
    ['tabs are detected', 'text\toutlet\nA, b; c\tW\n', ['2 ok: A, b; c']],
    ['a record spanning lines is numbered by its first line', 'title,text\nT,"line one\nline two"\nU,next\n', ['2 ok: line one\nline two', '4 ok: next']],
    ['blank and space-only lines are skipped and counted', 'text\n\nA\n   \n\nB\n', ['3 ok: A', '6 ok: B']],
    ['CRLF line ends', 'text,outlet\r\nA,W\r\nB,X\r\n', ['2 ok: A', '3 ok: B']],
    ['a BOM before the header', '\uFEFFtext\nA\n', ['2 ok: A']],
    ['header names are matched case-insensitively and trimmed', ' Title , Text \nT,A\n', ['2 ok: A']],
    ['too few fields', 'title,text\nonly\nT,A\n', ["2 SLANT_INPUT_MALFORMED: has 1 fields, the header has 2; quote values that contain ',' and check for a missing or extra delimiter", '3 ok: A']],
    ['a stray quote inside an unquoted value', 'title,text\nT,5" screen\nU,fine\n', ['2 SLANT_INPUT_MALFORMED: a quote appears inside an unquoted value (quote the whole value and double the quote); fix the quoting on this line', '3 ok: fine']],
    ['an undoubled quote inside a quoted value', 'title,text\nT,"say "hi" now"\nU,fine\n', ['2 SLANT_INPUT_MALFORMED: a quote inside a quoted value is not doubled (""); fix the quoting on this line', '3 ok: fine']],
    ['an unclosed quote on the last line', 'text\nA\n"never closed', ['2 ok: A', '3 SLANT_INPUT_MALFORMED: a quoted value is never closed; fix the quoting on this line']],
    ['an empty text cell', 'title,text\nT,\n', ['2 ok: ']],
  ])('%s', (_name, csv, expected) => {
    expect(summary(readCsv(csv, DEFAULT_FIELDS, 'x.csv'))).toEqual(expected);
  });

  it.each([
    ['no text column', 'title,url\nT,u\n', "1 SLANT_INPUT_MALFORMED: no text column (looked for text, content_original, content, body, article; the header has: title, url, split at ','); name the column with --text-field NAME"],
    ['an empty file', '', '- SLANT_INPUT_EMPTY: the CSV has no header line; nothing to read'],
    ['a header and no records', 'title,text\n\n', '- SLANT_INPUT_EMPTY: the CSV has a header but no records; nothing to read'],
    ['a broken header', '"title,text\nT,A\n', '1 SLANT_INPUT_MALFORMED: the header line cannot be read: a quoted value is never closed; fix its quoting'],
  ])('gives one error for the file with %s', (_name, csv, expected) => {
    expect(summary(readCsv(csv, DEFAULT_FIELDS, 'x.csv'))).toEqual([expected]);
  });

  it('uses the field mapping for the text column', () => {
    expect(summary(readCsv('headline,story\nH,S\n', resolveFields({ text: 'story' }), 'x.csv'))).toEqual(['2 ok: S']);
  });

  it('recovers from many broken rows in one file', () => {
    const lines = ['text'];
    for (let i = 0; i < 200; i += 1) lines.push(i % 2 === 0 ? `"broken ${i}` : `fine ${i}`);
    const results = summary(readCsv(`${lines.join('\n')}\n`, DEFAULT_FIELDS, 'x.csv'));
    expect(results).toHaveLength(200);
    expect(results.filter((line) => line.includes(' ok: fine'))).toHaveLength(100);
    expect(results[0]).toBe('2 SLANT_INPUT_MALFORMED: a quote inside a quoted value is not doubled (""); fix the quoting on this line');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['title,text,url', ','],
    ['title;text;url', ';'],
    ['title\ttext\turl', '\t'],
    ['"a;b;c",text', ','],
    ['single', ','],
    ['', ','],
  ])('%j → %j', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
