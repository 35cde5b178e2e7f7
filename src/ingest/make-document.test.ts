import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { cleanLine, cleanTags, makeDocument } from './make-document.js';
import { documentId } from './normalize.js';

const BODY = 'The regional water commission met on Tuesday to discuss the summer releases from the dam.';

describe('makeDocument', () => {
  it('builds the full document from text and metadata', () => {
    const doc = makeDocument(`\uFEFF${BODY}\r\n\r\n\r\n`, {
      title: '  Commission   meets ',
      url: ' https://wire.example/a ',
      outlet: 'Valley\tWire',
      author: 'A. Novak',
      publishedAt: 'March 2, 2024',
      side: ' center ',
      tags: ['water', ' Water ', '', 'diplomacy'],
    }, 'a.txt');
    expect(doc).toEqual({
      id: documentId(BODY),
      text: BODY,
      language: 'eng',
      source: 'a.txt',
      simhash: expect.stringMatching(/^[0-9a-f]{16}$/),
      title: 'Commission meets',
      url: 'https://wire.example/a',
      outlet: 'Valley Wire',
      author: 'A. Novak',
      publishedAt: '2024-03-02',
      side: 'center',
      tags: ['water', 'diplomacy'],
    });
  });

  it('leaves out metadata that is missing, empty or unreadable', () => {
    const doc = makeDocument('Short text.', { title: '   ', publishedAt: 'someday', tags: [' '] }, '-');
    expect(Object.keys(doc).sort()).toEqual(['id', 'language', 'simhash', 'source', 'text']);
    expect(doc.language).toBe('und');
  });

  it('gives the same id to the same text from different sources and metadata', () => {
    const a = makeDocument('Same words.\n', { title: 'A' }, 'a.txt');
    const b = makeDocument('Same words.', { outlet: 'B' }, 'https://b.example/');
    expect(a.id).toBe(b.id);
    expect(a.simhash).toBe(b.simhash);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n '],
    ['control characters only', '\u0000\u0007\u001B'],
  ])('throws SLANT_INPUT_EMPTY for %s text, naming source and row', (_name, text) => {
    let caught: unknown;
    try {
      makeDocument(text, {}, 'a.csv', { row: 4 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlantError);
    expect((caught as SlantError).code).toBe('SLANT_INPUT_EMPTY');
    expect((caught as SlantError).source).toBe('a.csv');
    expect((caught as SlantError).row).toBe(4);
    expect((caught as SlantError).message).toMatch(/no text left/);
  });

  it('uses the given language allow-list', () => {
    const german = 'Die regionale Wasserkommission traf sich am Dienstag, um über die Abgaben aus dem Staudamm zu beraten.';
    expect(makeDocument(german, {}, 'x').language).toBe('deu');
    expect(makeDocument(german, {}, 'x', { languages: ['eng'] }).language).toBe('eng');
  });
});

describe('cleanLine and cleanTags', () => {
  it.each([
    [' a \n b ', 'a b'],
    ['a\u0000b', 'a b'],
    ['cafe\u0301', 'caf\u00e9'],
    ['   ', undefined],
    [undefined, undefined],
  ])('cleanLine(%j) → %j', (input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it('drops empty tags and case-insensitive duplicates, keeping first spelling and order', () => {
    expect(cleanTags(['Energy', 'water', ' energy ', '', 'WATER', 'climate'])).toEqual(['Energy', 'water', 'climate']);
    expect(cleanTags(undefined)).toEqual([]);
  });
});
