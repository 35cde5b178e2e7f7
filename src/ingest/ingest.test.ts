import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { type IngestItem, type IngestOptions, documentId, ingest } from './index.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url));
const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slant-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(inputs: string[], options?: IngestOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingest(inputs, options)) items.push(item);
  return items;
}

/** One line per item, sources relative to `base`: `source ok title` or `source CODE`. */
function table(items: IngestItem[], base: string): string[] {
  return items.map((item) => {
    const source = item.source.startsWith(base) ? relative(base, item.source) : item.source;
    return item.ok ? `${source} ok ${item.doc.title ?? '-'}` : `${source} ${item.error.code}`;
  });
}

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('ingest over the fixtures folder', () => {
  let items: IngestItem[] = [];
  beforeAll(async () => {
    items = await collect([fixtures]);
  });

  it('yields every document and every per-file or per-row error, in file order', () => {
    expect(table(items, fixtures)).toEqual([
      'article.txt ok Dam talks stall as Norland and Sudmark trade accusations',
      'articles.csv#2 ok Talks resume',
      'articles.csv#3 ok Quote trouble',
      'articles.csv#4 SLANT_INPUT_MALFORMED',
      'articles.csv#5 SLANT_INPUT_MALFORMED',
      'articles.csv#6 ok After the break',
      'articles.json#id=n-101 ok Commission to meet on river flows',
      'articles.json#2 SLANT_INPUT_MALFORMED',
      'articles.json#id=n-103 ok Paragraph list',
      'articles.jsonl#1 ok Farmers ask for compensation',
      'articles.jsonl#3 SLANT_INPUT_MALFORMED',
      'articles.jsonl#4 ok Power prices fall',
      'articles.tsv#2 ok First',
      'articles.tsv#3 ok Second',
      'bad-front-matter.md SLANT_INPUT_MALFORMED',
      'blank.txt SLANT_INPUT_EMPTY',
      'broken.xml SLANT_INPUT_MALFORMED',
      'catalog.xml SLANT_INPUT_UNSUPPORTED',
      'empty.txt SLANT_INPUT_EMPTY',
      'feed.atom#1 ok Wells run dry in southern villages',
      'feed.atom#2 ok Plain summary entry',
      'feed.rss#1 ok Commission schedules emergency meeting',
      'feed.rss#2 ok Turbine maintenance delayed',
      'feed.rss#3 SLANT_INPUT_EMPTY',
      'hostile.html ok Reservoir levels fall for a second year',
      'long-article.txt ok Velka dam deal within reach, mediators say',
      'opinion.md ok The dam is a lifeline, not a weapon',
      'unrelated-article.txt ok City library reopens after two-year renovation',
      'urls.txt ok -',
    ]);
  });

  it('puts the file in error.source and the row in error.row', () => {
    const csvError = items.find((item) => !item.ok && item.source.endsWith('articles.csv#4'));
    expect(csvError?.ok).toBe(false);
    if (csvError && !csvError.ok) {
      expect(csvError.error.source).toBe(join(fixtures, 'articles.csv'));
      expect(csvError.error.row).toBe(4);
      expect(csvError.error.describe()).toBe(`${join(fixtures, 'articles.csv')} (row 4): has 6 fields, the header has 5; quote values that contain ',' and check for a missing or extra delimiter`);
    }
  });

  it('builds complete documents: normalized text, id, language, simhash, metadata', () => {
    const opinion = items.find((item) => item.source.endsWith('opinion.md'));
    expect(opinion?.ok && opinion.doc).toMatchObject({
      source: join(fixtures, 'opinion.md'),
      language: 'eng',
      outlet: 'Norland Courier',
      author: 'Mira Castell',
      publishedAt: '2024-03-05',
      side: 'norland',
      url: 'https://courier.example/opinion/dam-lifeline',
      tags: ['water', 'energy'],
      simhash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    for (const item of items) {
      if (!item.ok) continue;
      expect(item.doc.id).toBe(documentId(item.doc.text));
      expect(item.doc.text).toBe(item.doc.text.trim());
      expect(item.doc.text).not.toMatch(/\r|\n{3}/);
      expect(item.doc.source).toBe(item.source);
    }
  });

  it('keeps the text exactly, nbsp, curly quotes and emoji included', () => {
    const article = items.find((item) => item.source.endsWith('article.txt'));
    expect(article?.ok && article.doc.text).toContain('Norland’s delegation accused its neighbour of “stalling for time”');
    expect(article?.ok && article.doc.text).toContain('🌊');
    const html = items.find((item) => item.source.endsWith('hostile.html'));
    expect(html?.ok && html.doc.text).toContain('held\u00a061 per cent');
  });
});

describe('ingest labels and options', () => {
  it('lets user-given side and outlet override the source, and merges tags', async () => {
    const [item] = await collect([join(fixtures, 'opinion.md')], { side: 'pro-dam', outlet: 'Reprint', tags: ['karabakh', 'Water'] });
    expect(item?.ok && item.doc).toMatchObject({ side: 'pro-dam', outlet: 'Reprint', tags: ['water', 'energy', 'karabakh'] });
  });

  it('reads every input in the forced format', async () => {
    const [item] = await collect([join(fixtures, 'opinion.md')], { format: 'txt' });
    expect(item?.ok && item.doc.text.startsWith('---\ntitle: "The dam is a lifeline, not a weapon"')).toBe(true);
  });

  it('applies the field mapping and the CSV delimiter', async () => {
    const path = await write('mapped.csv', 'headline|story|leaning\nH|The story text.|left\n');
    const [item] = await collect([path], { csvDelimiter: '|', fields: { text: 'story', side: 'leaning', title: 'headline' } });
    expect(item?.ok && item.doc).toMatchObject({ text: 'The story text.', title: 'H', side: 'left', source: `${path}#2` });
  });

  it('rejects invalid options on the first step, before reading anything', async () => {
    await expect(collect([fixtures], { maxBytes: -1 })).rejects.toThrow(SlantError);
    await expect(collect([fixtures], { maxBytes: -1 })).rejects.toMatchObject({ code: 'SLANT_USAGE' });
  });
});

describe('ingest of bad input', () => {
  it.each<[string, string | Uint8Array, string, RegExp]>([
    ['a NUL byte (binary)', Uint8Array.from([0x68, 0x69, 0x00, 0x01, 0x02]), 'SLANT_INPUT_BINARY', /NUL byte at offset 2/],
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n'), 'SLANT_INPUT_BINARY', /PDF/],
    ['invalid UTF-8', Uint8Array.from([0x4e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9]), 'SLANT_INPUT_ENCODING', /^not valid UTF-8 \(first bad byte 0xef at offset 2\)/],
    ['control characters only', '\u0001\u0002\u0003 \u0004', 'SLANT_INPUT_BINARY', /% control characters in the first 5 bytes/],
    ['whitespace with a stray control character', ' \u0001 \t  \n   ', 'SLANT_INPUT_EMPTY', /no text left after normalization/],
  ])('yields an error item for %s', async (name, content, code, message) => {
    const path = await write(`bad-${name.replace(/\W+/g, '-')}.txt`, content);
    const items = await collect([path]);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.ok).toBe(false);
    if (item && !item.ok) {
      expect(item.error.code).toBe(code);
      expect(item.error.source).toBe(path);
      expect(item.source).toBe(path);
      expect(item.error.message).toMatch(message);
    }
  });

  it('refuses a file over maxBytes from its size, saying how to raise the limit', async () => {
    const path = await write('big.txt', 'word '.repeat(500));
    const [item] = await collect([path], { maxBytes: 1024 });
    expect(item?.ok === false && item.error.code).toBe('SLANT_INPUT_TOO_LARGE');
    expect(item?.ok === false && item.error.message).toBe('file is 2.4 KB, over the 1 KB limit; raise it with --max-bytes, or split the input');
  });

  it('reads UTF-16 files with a BOM and CRLF line ends to the same document as UTF-8', async () => {
    const text = 'Same words\r\n\r\nin two encodings.';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const items = await collect([await write('utf16.txt', utf16), await write('utf8.txt', 'Same words\n\nin two encodings.\n')]);
    expect(items.map((item) => item.ok && item.doc.id)).toEqual([documentId('Same words\n\nin two encodings.'), documentId('Same words\n\nin two encodings.')]);
  });

  it('goes on after every kind of failure, never throwing', async () => {
    const good = await write('good.txt', 'A good text.');
    const items = await collect([join(dir, 'missing.txt'), join(dir, '*.nothing'), await write('bin.dat', Uint8Array.from([0, 1, 2])), 'ftp://a.example/x', good]);
    expect(items.map((item) => (item.ok ? 'ok' : item.error.code))).toEqual([
      'SLANT_INPUT_UNREADABLE',
      'SLANT_INPUT_UNREADABLE',
      'SLANT_INPUT_BINARY',
      'SLANT_FETCH_REFUSED',
      'ok',
    ]);
  });

  it('yields an error for an empty directory', async () => {
    await mkdir(join(dir, 'nothing-here'), { recursive: true });
    const [item] = await collect([join(dir, 'nothing-here')]);
    expect(item?.ok === false && item.error.code).toBe('SLANT_INPUT_EMPTY');
  });
});

describe('ingest format sniffing', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Sniffed</title></head><body><p>Page text.</p></body></html>', ['page ok Sniffed']],
    ['JSON Lines', '{"text": "one"}\n{"text": "two"}\n', ['jsonl#1 ok -', 'jsonl#2 ok -']],
    ['an RSS feed', '<?xml version="1.0"?><rss><channel><title>C</title><item><title>I</title><description>Text.</description></item></channel></rss>', ['feed#1 ok I']],
    ['Markdown with front matter', '---\ntitle: Front\n---\nBody *text*.', ['md ok Front']],
    ['plain text', 'Headline\n\nBody.', ['text ok Headline']],
  ])('reads a file without extension holding %s', async (_name, content, expected) => {
    const name = expected[0]?.split(/[# ]/)[0] ?? 'x';
    const sub = join(dir, `sniff-${name}`);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, name), content);
    expect(table(await collect([join(sub, name)]), sub)).toEqual(expected);
  });
});

describe('ingest from stdin', () => {
  it('reads - from the given stream, sniffing the format', async () => {
    const items = await collect(['-'], { stdin: Readable.from([Buffer.from('<html><head><title>Piped</title></head><body><p>From a pipe.</p></body></html>')]) });
    expect(items).toHaveLength(1);
    expect(items[0]?.ok && items[0].doc).toMatchObject({ source: '-', title: 'Piped', text: 'From a pipe.' });
  });

  it('uses a forced format for stdin', async () => {
    const items = await collect(['-'], { format: 'csv', stdin: Readable.from(['text\nrow one\nrow two\n']) });
    expect(table(items, '')).toEqual(['-#2 ok -', '-#3 ok -']);
  });

  it.each<[string, string[], IngestOptions, string]>([
    ['over the limit', ['x'.repeat(600), 'y'.repeat(600)], { maxBytes: 1000 }, 'SLANT_INPUT_TOO_LARGE'],
    ['empty', [], {}, 'SLANT_INPUT_EMPTY'],
    ['whitespace', [' \n\t '], {}, 'SLANT_INPUT_EMPTY'],
  ])('yields an error for stdin %s', async (_name, chunks, options, code) => {
    const [item] = await collect(['-'], { ...options, stdin: Readable.from(chunks) });
    expect(item?.ok === false && item.error.code).toBe(code);
    expect(item?.source).toBe('-');
  });
});

describe('ingest from URLs (a local server; nothing leaves the machine)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      switch (request.url) {
        case '/article':
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Served page</title></head><body><article><p>Served article text.</p></article></body></html>');
          return;
        case '/moved':
          response.writeHead(301, { location: '/article' }).end();
          return;
        case '/feed':
          response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><title>Served feed</title><item><title>Item</title><link>https://elsewhere.example/i</link><description>Item text.</description></item></channel></rss>');
          return;
        case '/latin1':
          response.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]));
          return;
        case '/data.tsv':
          response.writeHead(200, { 'content-type': 'application/octet-stream' }).end('text\toutlet\nTab row\tW\n');
          return;
        default:
          response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('refuses the loopback server by default and reads it with allowPrivate', async () => {
    const [refused] = await collect([`${base}/article`]);
    expect(refused?.ok === false && refused.error.code).toBe('SLANT_FETCH_REFUSED');
    const [item] = await collect([`${base}/moved`], { allowPrivate: true });
    expect(item?.ok && item.doc).toMatchObject({ source: `${base}/moved`, url: `${base}/article`, title: 'Served page', text: 'Served article text.' });
  });

  it('chooses the reader from the content type, the extension, or the declared charset', async () => {
    const items = await collect([`${base}/feed`, `${base}/latin1`, `${base}/data.tsv`, `${base}/missing`], { allowPrivate: true });
    expect(items.map((item) => (item.ok ? `${item.source} ${item.doc.text}` : `${item.source} ${item.error.code}`))).toEqual([
      `${base}/feed#1 Item text.`,
      `${base}/latin1 Café “ok”`,
      `${base}/data.tsv#2 Tab row`,
      `${base}/missing SLANT_FETCH_FAILED`,
    ]);
    expect(items[0]?.ok && items[0].doc).toMatchObject({ url: 'https://elsewhere.example/i', outlet: 'Served feed' });
  });
});

describe('ingest streams large folders', () => {
  it('reads files one at a time as the caller pulls (10,000 files)', async () => {
    const folder = join(dir, 'many');
    await mkdir(folder);
    const count = 10_000;
    for (let start = 0; start < count; start += 500) {
      await Promise.all(Array.from({ length: Math.min(500, count - start) }, (_, k) => writeFile(join(folder, `doc-${String(start + k).padStart(5, '0')}.txt`), `Document number ${start + k}.`)));
    }
    const iterator = ingest([folder])[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    expect(first.value.ok && first.value.doc.text).toBe('Document number 0.');
    // Delete the rest: a reader that had already loaded them would still yield documents.
    const names = await readdir(folder);
    for (let i = 0; i < names.length; i += 500) await Promise.all(names.slice(i, i + 500).map((name) => unlink(join(folder, name))));
    let unreadable = 0;
    let total = 1;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      total += 1;
      if (!next.value.ok && next.value.error.code === 'SLANT_INPUT_UNREADABLE') unreadable += 1;
    }
    expect(total).toBe(count);
    expect(unreadable).toBe(count - 1);
  }, 60_000);
});

const allsides = join(shared, 'datasets/allsides-article-bias/jsons');
const babe = join(shared, 'datasets/babe/babe-sg2-train.csv');
const seeds = join(shared, 'seeds');

describe('ingest of the shared datasets', () => {
  it.skipIf(!existsSync(allsides))('reads AllSides (Baly et al. 2020) JSON files with the default field mapping (skipped: ../shared/datasets absent)', async () => {
    const items = await collect([allsides]);
    const docs = items.flatMap((item) => (item.ok ? [item.doc] : []));
    expect(items.length - docs.length).toBe(0);
    expect(docs.length).toBeGreaterThan(1000);
    const sides = new Map<string, number>();
    for (const doc of docs) sides.set(doc.side ?? '-', (sides.get(doc.side ?? '-') ?? 0) + 1);
    expect([...sides.keys()].sort()).toEqual(['center', 'left', 'right']);
    expect(docs.filter((doc) => !(doc.title && doc.outlet && doc.language === 'eng'))).toEqual([]);
    // A few records have an empty date; every stated date is normalized.
    expect(docs.filter((doc) => doc.publishedAt !== undefined).length).toBeGreaterThan(docs.length * 0.99);
    expect(docs.every((doc) => doc.publishedAt === undefined || /^\d{4}-\d{2}-\d{2}$/.test(doc.publishedAt))).toBe(true);
  }, 60_000);

  it.skipIf(!existsSync(babe))('reads the semicolon-separated BABE CSV with its delimiter detected (skipped: ../shared/datasets absent)', async () => {
    const items = await collect([babe], { fields: { side: 'type' } });
    expect(items.filter((item) => !item.ok)).toEqual([]);
    expect(items.length).toBeGreaterThan(2900);
    expect(items[0]?.ok && items[0].doc.outlet).toBeTruthy();
  }, 60_000);

  it.skipIf(!existsSync(seeds))('reads the seed articles as English text with titles (skipped: ../shared/seeds absent)', async () => {
    const items = await collect([seeds]);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((item) => item.ok && item.doc.language === 'eng')).toBe(true);
  });
});
