/** The behaviour every Store must show, as a vitest suite any implementation registers with its own factory. */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlantDocument } from '../../src/core/document.js';
import { SlantError } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/finding.js';
import type { DocumentFilter, Store, StoredAnalysis } from '../../src/store/store.js';

/**
 * A document for tests: the id and a random-looking SimHash derive from the text (so documents
 * with different texts are never near-duplicates by accident), everything else can be overridden.
 *
 * @example
 * testDocument('Some text.', { side: 'a', tags: ['x'] });
 */
export function testDocument(text: string, overrides: Partial<SlantDocument> = {}): SlantDocument {
  const digest = createHash('sha256').update(text).digest('hex');
  return { id: digest.slice(0, 16), text, language: 'eng', source: 'test.txt', simhash: digest.slice(16, 32), ...overrides };
}

/** Flips the given bits (0 = most significant) of a 16-hex-digit SimHash. */
function flipBits(simhash: string, ...bits: number[]): string {
  let value = BigInt(`0x${simhash}`);
  for (const bit of bits) value ^= 1n << BigInt(63 - bit);
  return value.toString(16).padStart(16, '0');
}

/** Resolves to the SlantError a promise rejects with, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<SlantError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SlantError);
    return error as SlantError;
  }
  throw new Error('expected the promise to reject with a SlantError');
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

const analyzer = (key: string): StoredAnalysis['analyzer'] => ({
  key,
  version: '0.1.0',
  stages: ['nlp', 'loaded-language'],
  resources: { lexicon: 'abc123' },
  options: { minConfidence: 0.5, languages: ['eng'] },
});

/** Findings deliberately not in offset order, with and without category and data, and nested JSON. */
const FINDINGS: Finding[] = [
  {
    detector: 'loaded-language',
    rule: 'loaded-language/barbaric',
    label: 'Loaded language',
    category: 'manipulative-wording',
    start: 14,
    end: 22,
    text: 'barbaric',
    reason: '“barbaric” condemns instead of describing.',
    confidence: 0.8125,
    data: { entry: { term: 'barbaric', source: 'lexicon.yml' }, counts: [1, 2.5], none: null, flag: false, deep: [{ place: 'Київ' }] },
  },
  { detector: 'scare-quotes', rule: 'scare-quotes/so-called', label: 'So-called', start: 0, end: 9, text: 'So-called', reason: 'Distances the writer.', confidence: 1 },
  { detector: 'hedges', rule: 'hedges/reportedly', label: 'Hedge', start: 23, end: 23, text: '', reason: 'Empty span.', confidence: 0, data: {} },
];

/**
 * Registers the store contract suite: every test opens a fresh store with `makeStore` and closes it.
 *
 * @example
 * runStoreContract('sqlite :memory:', async () => openStore(':memory:'));
 */
export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('addDocument and getDocument', () => {
      it.each([
        { name: 'a minimal document', doc: testDocument('Only the required fields.') },
        {
          name: 'a document with every field',
          doc: testDocument('Every field, with “curly quotes”, emoji 🕊️ and Київ.', {
            title: 'Full',
            url: 'https://example.org/a',
            outlet: 'Daily',
            author: 'A. Writer',
            publishedAt: '2024-03-01T10:00:00Z',
            language: 'ukr',
            side: 'pro',
            tags: ['war', 'energy'],
            source: 'feeds/a.xml#3',
          }),
        },
        { name: 'empty tags kept as empty', doc: testDocument('No tags at all.', { tags: [] }) },
      ])('stores $name whole and reads it back without undefined keys', async ({ doc }) => {
        expect(await store.addDocument(doc)).toEqual({ status: 'added', id: doc.id });
        const stored = await store.getDocument(doc.id);
        expect(stored).toStrictEqual({ ...doc, addedAt: expect.any(String) });
        expect(Number.isNaN(Date.parse(stored?.addedAt ?? ''))).toBe(false);
      });

      it('reports the same id as a duplicate and writes nothing', async () => {
        const original = testDocument('First version.', { title: 'First', tags: ['a'] });
        await store.addDocument(original);
        const again = { ...original, text: 'Other text under the same id.', title: 'Second', tags: ['b'] };
        expect(await store.addDocument(again)).toEqual({ status: 'duplicate', id: original.id });
        expect(await store.countDocuments()).toBe(1);
        expect(await store.getDocument(original.id)).toMatchObject({ text: 'First version.', title: 'First', tags: ['a'] });
        expect(await store.facet('tag')).toEqual([{ value: 'a', count: 1 }]);
        expect(await store.search('other')).toEqual([]);
      });

      it('refuses a malformed simhash and writes nothing', async () => {
        const error = await rejection(store.addDocument(testDocument('Bad hash.', { simhash: 'not-hex' })));
        expect(error.code).toBe('SLANT_USAGE');
        expect(error.message).toMatch(/16 hex digits/);
        expect(await store.countDocuments()).toBe(0);
      });

      it('returns undefined for an unknown id', async () => {
        await store.addDocument(testDocument('Something.'));
        expect(await store.getDocument('ffffffffffffffff')).toBeUndefined();
      });
    });

    describe('near-duplicates', () => {
      const base = testDocument('The original article.', { simhash: '0123456789abcdef' });
      it.each([
        { name: 'identical simhash', bits: [], expected: { nearDuplicateOf: base.id, distance: 0 } },
        { name: '1 bit apart', bits: [10], expected: { nearDuplicateOf: base.id, distance: 1 } },
        { name: '3 bits apart', bits: [0, 31, 63], expected: { nearDuplicateOf: base.id, distance: 3 } },
        { name: '6 bits apart', bits: [0, 11, 22, 33, 44, 55], expected: { nearDuplicateOf: base.id, distance: 6 } },
        { name: '7 bits apart', bits: [0, 9, 18, 27, 36, 45, 54], expected: {} },
      ])('$name → $expected', async ({ bits, expected }) => {
        await store.addDocument(base);
        const copy = testDocument('A syndicated copy.', { simhash: flipBits(base.simhash, ...bits) });
        expect(await store.addDocument(copy)).toEqual({ status: 'added', id: copy.id, ...expected });
        expect((await store.getDocument(copy.id))?.nearDuplicateOf).toBe(expected.nearDuplicateOf);
      });

      it('points to the closest earlier document, the earliest on ties', async () => {
        const far = testDocument('Two bits away.', { simhash: flipBits(base.simhash, 1, 2) });
        const first = testDocument('One bit away, first.', { simhash: flipBits(base.simhash, 5) });
        const second = testDocument('One bit away, second.', { simhash: flipBits(base.simhash, 50) });
        for (const doc of [far, first, second]) await store.addDocument(doc);
        expect(await store.addDocument(base)).toEqual({ status: 'added', id: base.id, nearDuplicateOf: first.id, distance: 1 });
      });

      it('forgets a deleted original', async () => {
        await store.addDocument(base);
        const copy = testDocument('A copy.', { simhash: flipBits(base.simhash, 3) });
        await store.addDocument(copy);
        await store.deleteDocument(base.id);
        expect((await store.getDocument(copy.id))?.nearDuplicateOf).toBeUndefined();
        const later = testDocument('Another copy.', { simhash: base.simhash });
        expect(await store.addDocument(later)).toEqual({ status: 'added', id: later.id, nearDuplicateOf: copy.id, distance: 1 });
      });
    });

    describe('getDocument by id prefix', () => {
      const docs = ['abcd0000aaaa0001', 'abcd0000bbbb0002', 'abce000000000003'].map((id, i) => testDocument(`Prefix document ${i}.`, { id }));
      beforeEach(async () => {
        for (const doc of docs) await store.addDocument(doc);
      });

      it.each([
        ['abcd0000a', 0],
        ['abce', 2],
        ['abcd0000bbbb0002', 1],
      ])('%s finds document %i', async (prefix, index) => {
        expect((await store.getDocument(prefix))?.id).toBe(docs[index]?.id);
      });

      it('returns undefined for a prefix nothing has', async () => {
        expect(await store.getDocument('abcf')).toBeUndefined();
      });

      it('refuses an ambiguous prefix, listing the candidates', async () => {
        const error = await rejection(store.getDocument('abcd'));
        expect(error.code).toBe('SLANT_USAGE');
        expect(error.message).toMatch(/ambiguous/);
        expect(error.message).toContain('abcd0000aaaa0001');
        expect(error.message).toContain('abcd0000bbbb0002');
      });

      it('refuses a prefix shorter than 4 characters', async () => {
        const error = await rejection(store.getDocument('abc'));
        expect(error.code).toBe('SLANT_USAGE');
        expect(error.message).toMatch(/at least 4 characters/);
      });
    });

    describe('listDocuments, countDocuments, iterateDocuments and facet', () => {
      const a = testDocument('Document a.', { side: 'pro', outlet: 'Daily', language: 'eng', tags: ['war', 'energy'] });
      const b = testDocument('Document b.', { side: 'contra', outlet: 'Herald', language: 'eng', tags: ['war'] });
      const c = testDocument('Document c.', { side: 'pro', outlet: 'Herald', language: 'ukr', tags: [] });
      const d = testDocument('Document d.', { outlet: 'Daily', language: 'hye' });
      const e = testDocument('Document e.', { side: 'pro', language: 'eng', tags: ['energy', 'energy'] });
      const byName = { a, b, c, d, e };
      beforeEach(async () => {
        for (const doc of [a, b, c, d, e]) await store.addDocument(doc);
      });

      it.each<{ filter: DocumentFilter | undefined; expected: string; total?: number }>([
        { filter: undefined, expected: 'abcde' },
        { filter: { side: 'pro' }, expected: 'ace' },
        { filter: { outlet: 'Herald' }, expected: 'bc' },
        { filter: { tag: 'war' }, expected: 'ab' },
        { filter: { tag: 'energy' }, expected: 'ae' },
        { filter: { language: 'eng' }, expected: 'abe' },
        { filter: { side: 'pro', tag: 'energy', language: 'eng' }, expected: 'ae' },
        { filter: { ids: [e.id, a.id] }, expected: 'ae' },
        { filter: { ids: [] }, expected: '' },
        { filter: { ids: ['0000000000000000'] }, expected: '' },
        { filter: { side: 'nobody' }, expected: '' },
        { filter: { limit: 2 }, expected: 'ab', total: 5 },
        { filter: { offset: 3 }, expected: 'de', total: 5 },
        { filter: { limit: 1, offset: 1 }, expected: 'b', total: 5 },
        { filter: { limit: 0 }, expected: '', total: 5 },
        { filter: { side: 'pro', limit: 1, offset: 1 }, expected: 'c', total: 3 },
        { filter: { offset: 9 }, expected: '', total: 5 },
      ])('$filter → $expected', async ({ filter, expected, total }) => {
        const ids = [...expected].map((key) => byName[key as keyof typeof byName].id);
        expect((await store.listDocuments(filter)).map((doc) => doc.id)).toEqual(ids);
        expect((await collect(store.iterateDocuments(filter))).map((doc) => doc.id)).toEqual(ids);
        expect(await store.countDocuments(filter)).toBe(total ?? ids.length);
      });

      it.each([{ limit: -1 }, { offset: 1.5 }, { limit: Number.NaN }])('refuses the page %o', async (filter) => {
        expect((await rejection(store.listDocuments(filter))).code).toBe('SLANT_USAGE');
        expect((await rejection(collect(store.iterateDocuments(filter)))).code).toBe('SLANT_USAGE');
      });

      it.each([
        ['side', [{ value: 'pro', count: 3 }, { value: 'contra', count: 1 }]],
        ['outlet', [{ value: 'Daily', count: 2 }, { value: 'Herald', count: 2 }]],
        ['tag', [{ value: 'energy', count: 2 }, { value: 'war', count: 2 }]],
        ['language', [{ value: 'eng', count: 3 }, { value: 'hye', count: 1 }, { value: 'ukr', count: 1 }]],
      ] as const)('facet(%s)', async (field, expected) => {
        expect(await store.facet(field)).toEqual(expected);
      });
    });

    describe('iterateDocuments over many pages', () => {
      const many = Array.from({ length: 700 }, (_, i) => testDocument(`Bulk document number ${i}.`, { side: i % 2 === 0 ? 'even' : 'odd' }));
      beforeEach(async () => {
        for (const doc of many) await store.addDocument(doc);
      });

      it.each([
        { filter: {}, expected: many },
        { filter: { offset: 250, limit: 300 }, expected: many.slice(250, 550) },
        { filter: { side: 'odd', offset: 100 }, expected: many.filter((_, i) => i % 2 === 1).slice(100) },
      ])('yields $filter in insertion order', async ({ filter, expected }) => {
        expect((await collect(store.iterateDocuments(filter))).map((doc) => doc.id)).toEqual(expected.map((doc) => doc.id));
      });

      it('lets the caller write while iterating', async () => {
        let seen = 0;
        for await (const doc of store.iterateDocuments()) {
          seen += 1;
          if (seen % 2 === 0) await store.deleteDocument(doc.id);
          else await store.saveAnalysis({ docId: doc.id, analyzer: analyzer('k'), createdAt: '2024-01-01T00:00:00.000Z', findings: [], summary: { seen } });
        }
        expect(seen).toBe(many.length);
        expect(await store.countDocuments()).toBe(many.length / 2);
        expect((await store.latestAnalysis(many[698]?.id ?? ''))?.summary).toEqual({ seen: 699 });
      });

      it('stops reading when the caller breaks out', async () => {
        const taken: string[] = [];
        for await (const doc of store.iterateDocuments()) {
          taken.push(doc.id);
          if (taken.length === 3) break;
        }
        expect(taken).toEqual(many.slice(0, 3).map((doc) => doc.id));
      });
    });

    describe('deleteDocument', () => {
      it('removes the document with its tags, search entry, analyses and findings', async () => {
        const doomed = testDocument('A doomed article about pipelines.', { tags: ['gone'], side: 'x' });
        const kept = testDocument('A kept article about pipelines.', { tags: ['kept'], side: 'x' });
        await store.addDocument(doomed);
        await store.addDocument(kept);
        await store.saveAnalysis({ docId: doomed.id, analyzer: analyzer('k1'), createdAt: '2024-01-01T00:00:00.000Z', findings: FINDINGS, summary: {} });
        expect(await store.deleteDocument(doomed.id)).toBe(true);
        expect(await store.getDocument(doomed.id)).toBeUndefined();
        expect(await store.getAnalysis(doomed.id, 'k1')).toBeUndefined();
        expect(await store.latestAnalysis(doomed.id)).toBeUndefined();
        expect(await store.facet('tag')).toEqual([{ value: 'kept', count: 1 }]);
        expect(await store.facet('side')).toEqual([{ value: 'x', count: 1 }]);
        expect((await store.search('pipelines')).map((hit) => hit.id)).toEqual([kept.id]);
        expect(await store.deleteDocument(doomed.id)).toBe(false);
        expect(await store.addDocument(doomed)).toEqual({ status: 'added', id: doomed.id });
        expect((await store.search('doomed')).map((hit) => hit.id)).toEqual([doomed.id]);
      });
    });

    describe('search', () => {
      const geneva = testDocument('The so-called ceasefire collapsed after negotiations in Geneva. Café owners were relieved.', {
        title: 'Talks in Geneva',
        side: 'pro',
      });
      const prices = testDocument('Negotiators discussed gas prices; Geneva came up once.', { title: 'Energy prices', side: 'contra' });
      const kyiv = testDocument('Міністерство заявило, що переговори в Києві тривають.', { title: 'Заява', language: 'ukr' });
      const yerevan = testDocument('Հայաստանի կառավարությունը հայտարարեց բանակցությունների մասին։', { language: 'hye' });
      beforeEach(async () => {
        for (const doc of [geneva, prices, kyiv, yerevan]) await store.addDocument(doc);
      });

      // `anyOrder` marks rows whose ranking is the ranker's business; the others hold for any sane ranking.
      it.each<{ query: string; expected: SlantDocument[]; filter?: DocumentFilter; limit?: number; marked?: string; anyOrder?: boolean }>([
        { query: 'geneva', expected: [geneva, prices], marked: '«Geneva»' },
        { query: 'cafe', expected: [geneva], marked: '«Café»' },
        { query: 'so-called', expected: [geneva], marked: '«so-called»' },
        { query: 'ПЕРЕГОВОРИ', expected: [kyiv], marked: '«переговори»' },
        { query: 'ՀԱՅԱՍՏԱՆԻ', expected: [yerevan], marked: '«Հայաստանի»' },
        { query: 'negotiat*', expected: [geneva, prices], anyOrder: true },
        { query: '"ceasefire collapsed"', expected: [geneva] },
        { query: '"geneva', expected: [geneva, prices] },
        { query: 'geneva AND', expected: [] },
        { query: 'AND OR', expected: [] },
        { query: 'geneva', filter: { side: 'contra' }, expected: [prices] },
        { query: 'geneva', limit: 1, expected: [geneva] },
        { query: 'geneva', filter: { offset: 1 }, expected: [prices] },
        { query: 'nothing-like-this', expected: [] },
      ])('$query $filter → $expected.length hits', async ({ query, expected, filter, limit, marked, anyOrder }) => {
        const hits = await store.search(query, { filter, limit });
        const order = (ids: string[]): string[] => (anyOrder === true ? [...ids].sort() : ids);
        expect(order(hits.map((hit) => hit.id))).toEqual(order(expected.map((doc) => doc.id)));
        expect(hits.map((hit) => hit.title)).toEqual(hits.map((hit) => expected.find((doc) => doc.id === hit.id)?.title));
        if (marked !== undefined) expect(hits[0]?.snippet).toContain(marked);
        const ranks = hits.map((hit) => hit.rank);
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      });

      it('refuses an empty query', async () => {
        const error = await rejection(store.search('  '));
        expect(error.code).toBe('SLANT_USAGE');
        expect(error.message).toMatch(/empty/);
      });
    });

    describe('analyses', () => {
      const doc = testDocument('So-called barbaric acts were reported.');
      const saved: StoredAnalysis = { docId: doc.id, analyzer: analyzer('key-1'), createdAt: '2024-05-01T12:00:00.000Z', findings: FINDINGS, summary: { words: 5, language: 'eng' } };
      beforeEach(async () => {
        await store.addDocument(doc);
      });

      it('reads an analysis back exactly as saved, findings in saved order, no undefined keys', async () => {
        await store.saveAnalysis(saved);
        const read = await store.getAnalysis(doc.id, 'key-1');
        expect(read).toStrictEqual(saved);
        expect(read?.findings.map((finding) => Object.keys(finding).includes('category'))).toEqual([true, false, false]);
        expect(await store.latestAnalysis(doc.id)).toStrictEqual(saved);
      });

      it('drops undefined optional fields of findings', async () => {
        const withUndefined: Finding = { ...FINDINGS[1]!, category: undefined, data: undefined };
        await store.saveAnalysis({ ...saved, findings: [withUndefined] });
        const [read] = (await store.getAnalysis(doc.id, 'key-1'))?.findings ?? [];
        expect(read).toStrictEqual(FINDINGS[1]);
      });

      it('replaces an analysis under the same key, keeps other keys', async () => {
        await store.saveAnalysis(saved);
        await store.saveAnalysis({ ...saved, analyzer: analyzer('key-2'), createdAt: '2024-05-02T12:00:00.000Z', findings: [FINDINGS[0]!] });
        await store.saveAnalysis({ ...saved, findings: [FINDINGS[2]!], summary: { words: 6 } });
        expect(await store.getAnalysis(doc.id, 'key-1')).toStrictEqual({ ...saved, findings: [FINDINGS[2]], summary: { words: 6 } });
        expect((await store.getAnalysis(doc.id, 'key-2'))?.findings).toStrictEqual([FINDINGS[0]]);
      });

      it.each([
        { name: 'the latest createdAt wins', times: ['2024-05-02T00:00:00.000Z', '2024-05-01T00:00:00.000Z'], latest: 'a' },
        { name: 'the last saved wins a tie', times: ['2024-05-01T00:00:00.000Z', '2024-05-01T00:00:00.000Z'], latest: 'b' },
        { name: 'a later save with a later time wins', times: ['2024-05-01T00:00:00.000Z', '2024-05-03T00:00:00.000Z'], latest: 'b' },
      ])('latestAnalysis: $name', async ({ times, latest }) => {
        await store.saveAnalysis({ ...saved, analyzer: analyzer('a'), createdAt: times[0]! });
        await store.saveAnalysis({ ...saved, analyzer: analyzer('b'), createdAt: times[1]! });
        expect((await store.latestAnalysis(doc.id))?.analyzer.key).toBe(latest);
      });

      it('returns undefined for what was never saved', async () => {
        expect(await store.getAnalysis(doc.id, 'key-1')).toBeUndefined();
        expect(await store.latestAnalysis(doc.id)).toBeUndefined();
        expect(await store.getAnalysis('0000000000000000', 'key-1')).toBeUndefined();
      });

      it('refuses an analysis of an unknown document', async () => {
        const error = await rejection(store.saveAnalysis({ ...saved, docId: '0000000000000000' }));
        expect(error.code).toBe('SLANT_NOT_FOUND');
        expect(error.message).toContain('0000000000000000');
        expect(await store.latestAnalysis('0000000000000000')).toBeUndefined();
      });

      it.each([
        { name: 'a BigInt in the data of the second finding', bad: { ...FINDINGS[0]!, data: { count: 1n } } },
        { name: 'a cycle in the data of the second finding', bad: { ...FINDINGS[0]!, data: cyclic() } },
      ])('a save that fails midway ($name) leaves the previous state intact', async ({ bad }) => {
        await store.saveAnalysis(saved);
        const failing = { ...saved, createdAt: '2024-06-01T00:00:00.000Z', findings: [FINDINGS[1]!, bad, FINDINGS[2]!] };
        const error = await rejection(store.saveAnalysis(failing));
        expect(error.message).toMatch(/finding 1 .*cannot be stored as JSON/);
        expect(await store.getAnalysis(doc.id, 'key-1')).toStrictEqual(saved);
        await rejection(store.saveAnalysis({ ...failing, analyzer: analyzer('fresh-key') }));
        expect(await store.getAnalysis(doc.id, 'fresh-key')).toBeUndefined();
        expect(await store.latestAnalysis(doc.id)).toStrictEqual(saved);
      });
    });

    describe('term streams', () => {
      const doc = testDocument('Lift the blockade of Karabakh now.');
      const stream = 'lift \u0001the blockade \u0001of karabakh\nnow — ünïcode 😀';
      beforeEach(async () => {
        await store.addDocument(doc);
      });

      it('reads a stream back exactly, only under the version it was saved with', async () => {
        expect(await store.termStream(doc.id, 1)).toBeUndefined();
        await store.saveTermStream(doc.id, 1, stream);
        expect(await store.termStream(doc.id, 1)).toBe(stream);
        expect(await store.termStream(doc.id, 2)).toBeUndefined();
        await store.saveTermStream(doc.id, 2, 'other');
        expect(await store.termStream(doc.id, 2)).toBe('other');
        expect(await store.termStream(doc.id, 1)).toBeUndefined();
        await store.saveTermStream(doc.id, 2, '');
        expect(await store.termStream(doc.id, 2)).toBe('');
      });

      it('refuses a stream for a document it does not hold, and forgets it with the document', async () => {
        expect((await rejection(store.saveTermStream('0000000000000000', 1, stream))).code).toBe('SLANT_NOT_FOUND');
        await store.saveTermStream(doc.id, 1, stream);
        await store.deleteDocument(doc.id);
        expect(await store.termStream(doc.id, 1)).toBeUndefined();
        await store.addDocument(doc);
        expect(await store.termStream(doc.id, 1)).toBeUndefined();
      });
    });

    describe('close', () => {
      it('is idempotent, and the store refuses work afterwards', async () => {
        await store.close();
        await store.close();
        expect((await rejection(store.countDocuments())).code).toBe('SLANT_STORE');
        expect((await rejection(collect(store.iterateDocuments()))).code).toBe('SLANT_STORE');
      });
    });
  });
}

function cyclic(): Record<string, unknown> {
  const data: Record<string, unknown> = { name: 'loop' };
  data.self = data;
  return data;
}
