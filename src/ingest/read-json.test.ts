import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import type { ReadResult } from './entry.js';
import { DEFAULT_FIELDS, resolveFields } from './fields.js';
import { readJson, readJsonl } from './read-json.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

/** One line per result: `row ok: text` or `row CODE: message`, the way a spec table reads. */
function summary(results: Iterable<ReadResult>): string[] {
  return [...results].map((result) =>
    result instanceof SlantError ? `${result.row ?? '-'} ${result.code}: ${result.message}` : `${result.row ?? '-'} ok: ${result.text}`,
  );
}

describe('readJson', () => {
  it('reads the array fixture: one entry per element, an error for the element without text', () => {
    const results = [...readJson(fixture('articles.json'), DEFAULT_FIELDS, 'articles.json')];
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      text: 'The joint water commission will meet next week to review summer releases from the Velka dam.',
      meta: {
        title: 'Commission to meet on river flows',
        url: 'https://wire.example/101',
        outlet: 'Valley Wire',
        author: 'A. Novak',
        publishedAt: '2024-03-01T09:00:00Z',
        side: 'center',
        tags: ['water', 'diplomacy'],
      },
      row: 1,
      key: 'n-101',
    });
    expect(results[1]).toBeInstanceOf(SlantError);
    expect(results[1]).toMatchObject({ code: 'SLANT_INPUT_MALFORMED', source: 'articles.json', row: 2 });
    expect(results[2]).toMatchObject({ text: 'First paragraph of the story.\n\nSecond paragraph of the story.', meta: { outlet: 'Border Post', tags: ['water', 'energy'] }, row: 3 });
  });

  it.each([
    ['one object is one entry without a row', '{"text": "solo"}', ['- ok: solo']],
    ['string elements are texts', '["a", "b"]', ['1 ok: a', '2 ok: b']],
    ['a wrapped list (NewsAPI articles)', '{"status": "ok", "articles": [{"content": "c1"}, {"content": "c2"}]}', ['1 ok: c1', '2 ok: c2']],
    ['non-object elements are row errors', '[{"text": "a"}, 3, null, [1]]', ['1 ok: a', '2 SLANT_INPUT_MALFORMED: holds a number, expected an object with a text field', '3 SLANT_INPUT_MALFORMED: holds null, expected an object with a text field', '4 SLANT_INPUT_MALFORMED: holds an array, expected an object with a text field']],
    ['an empty array', '[]', ['- SLANT_INPUT_EMPTY: the JSON array is empty; nothing to read']],
    ['a top-level number', '42', ['- SLANT_INPUT_MALFORMED: the JSON holds a number, expected an object with a text field or an array of them']],
  ])('%s', (_name, json, expected) => {
    expect(summary(readJson(json, DEFAULT_FIELDS, 'x.json'))).toEqual(expected);
  });

  it('reports a syntax error once for the whole file, suggesting JSON Lines', () => {
    const results = [...readJson('{"text": "a"}\n{"text": "b"}', DEFAULT_FIELDS, 'x.json')];
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'SLANT_INPUT_MALFORMED', source: 'x.json', row: undefined });
    expect((results[0] as SlantError).message).toMatch(/^not valid JSON \(.*\); .*--input-format jsonl$/);
  });

  it('applies the field mapping', () => {
    expect(summary(readJson('[{"story": "mapped", "text": "ignored"}]', resolveFields({ text: 'story' }), 'x.json'))).toEqual(['1 ok: mapped']);
  });
});

describe('readJsonl', () => {
  it('reads the fixture: rows are line numbers, blank lines skipped, the broken line is one error', () => {
    // The JSON parser's own wording differs between Node versions, so only the start is pinned.
    expect(summary(readJsonl(fixture('articles.jsonl'), DEFAULT_FIELDS, 'articles.jsonl')).map((line) => line.slice(0, 49))).toEqual([
      '1 ok: Farmers downstream of the dam asked the reg',
      '3 SLANT_INPUT_MALFORMED: line is not valid JSON (',
      '4 ok: Electricity prices in Norland fell after th',
    ]);
  });

  it.each([
    ['CRLF line ends', '{"text": "a"}\r\n{"text": "b"}\r\n', ['1 ok: a', '2 ok: b']],
    ['no final newline', '{"text": "a"}', ['1 ok: a']],
    ['a record without text', '{"title": "t"}', ['1 SLANT_INPUT_MALFORMED: no text field (looked for text, content_original, content, body, article; the record has: title); name the field that holds the text with --text-field NAME']],
    ['a line holding a number', '7', ['1 SLANT_INPUT_MALFORMED: holds a number, expected an object with a text field']],
    ['only blank lines', '\n\n  \n', ['- SLANT_INPUT_EMPTY: no JSON lines in the file; nothing to read']],
  ])('%s', (_name, jsonl, expected) => {
    expect(summary(readJsonl(jsonl, DEFAULT_FIELDS, 'x.jsonl'))).toEqual(expected);
  });
});
