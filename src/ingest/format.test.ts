import { describe, expect, it } from 'vitest';
import { charsetFromContentType, extensionOf, formatFromContentType, formatFromPath, sniffFormat } from './format.js';

describe('formatFromPath', () => {
  it.each([
    ['a.txt', 'txt'],
    ['notes/a.TEXT', 'txt'],
    ['a.md', 'md'],
    ['a.markdown', 'md'],
    ['page.HTML', 'html'],
    ['page.htm', 'html'],
    ['rows.json', 'json'],
    ['rows.jsonl', 'jsonl'],
    ['rows.ndjson', 'jsonl'],
    ['sheet.csv', 'csv'],
    ['sheet.tsv', 'csv'],
    ['world.rss', 'feed'],
    ['world.atom', 'feed'],
    ['export.xml', 'feed'],
    ['README', undefined],
    ['.bashrc', undefined],
    ['archive.tar.gz', undefined],
    ['dir.v2/file', undefined],
  ])('%s → %s', (path, expected) => {
    expect(formatFromPath(path)).toBe(expected);
  });

  it('takes the extension of the last path segment only', () => {
    expect(extensionOf('a.b/c')).toBe('');
    expect(extensionOf('C:\\docs\\x.Md')).toBe('md');
  });
});

describe('formatFromContentType', () => {
  it.each([
    ['text/html; charset=utf-8', 'html'],
    ['application/xhtml+xml', 'html'],
    ['application/rss+xml', 'feed'],
    ['application/atom+xml; charset=UTF-8', 'feed'],
    ['text/xml', 'feed'],
    ['application/json', 'json'],
    ['application/ld+json', 'json'],
    ['application/x-ndjson', 'jsonl'],
    ['text/csv', 'csv'],
    ['text/markdown', 'md'],
    ['text/plain', undefined],
    ['application/octet-stream', undefined],
    [undefined, undefined],
  ])('%s → %s', (type, expected) => {
    expect(formatFromContentType(type)).toBe(expected);
  });

  it.each([
    ['text/html; charset=ISO-8859-1', 'ISO-8859-1'],
    ['text/html;charset="windows-1252"', 'windows-1252'],
    ['text/html', undefined],
  ])('charset of %s is %s', (type, expected) => {
    expect(charsetFromContentType(type)).toBe(expected);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['doctype', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['leading space and html tag', '  \n<html lang="en">', 'html'],
    ['a body fragment', '<body><p>x</p></body>', 'html'],
    ['RSS with declaration and comment', '<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0">', 'feed'],
    ['Atom', '<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="x">', 'feed'],
    ['a JSON object', '{"text": "a"}', 'json'],
    ['a JSON array', ' [{"text": "a"}]', 'json'],
    ['JSON Lines', '{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['broken JSON falls back to text', '{not json at all', 'txt'],
    ['Markdown front matter', '---\ntitle: x\n---\nbody', 'md'],
    ['a dashed line is not front matter', '---\nJust a rule.', 'txt'],
    ['prose', 'Plain words.', 'txt'],
    ['prose starting with a bracket', '[Editor’s note] text', 'txt'],
    ['other XML is text', '<catalog/>', 'txt'],
  ])('%s → %s', (_name, text, expected) => {
    expect(sniffFormat(text)).toBe(expected);
  });
});
