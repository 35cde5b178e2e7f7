import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScaleCorpus, syntheticAnalysis, syntheticDocument } from '../../bench/scale-corpus.js';
import { createAnalyzer } from '../core/pipeline.js';
import { seededRandom } from '../learn/random.js';
import { compareGroups, pickDistinctive, resolveCompareOptions, TERM_STREAM_VERSION, TermCounts, termStream } from '../compare/index.js';
import { parse } from '../nlp/parse.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { addDocuments } from './add.js';
import { analyzeStored } from './analyze.js';
import { buildStoreReport, type CorpusReport } from './report.js';
import { compareStore, groupsOf } from './store-compare.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

/** The parts of a report both paths must agree on (the clock aside). */
function core(report: CorpusReport): unknown {
  return {
    lens: report.lens,
    groups: report.groups,
    documents: report.documents,
    comparison: report.comparison,
    techniques: report.techniques,
    profile: report.profile,
    categories: report.categories,
    ungrouped: report.ungrouped,
  };
}

describe('streaming store comparison', () => {
  it('equals the in-memory report on the example corpus', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      for await (const event of addDocuments(store, [EXAMPLES])) expect(event.status).toBe('added');
      const analyzer = createAnalyzer({ fast: true });
      for await (const _ of analyzeStored(store, {}, { analyzer })) void _;
      const memory = await buildStoreReport(store, 'side', { analyzer });
      const streamed = await buildStoreReport(store, 'side', { analyzer, streamAbove: 0 });
      expect(memory.comparison.distinctive.every((d) => d.rows.length > 0)).toBe(true);
      expect(core(streamed)).toEqual(core(memory));
      // The lens tables too, built one document at a time (with `fast`, only terminology feeds them).
      expect(streamed.lens).toEqual(memory.lens);
      for (const table of ['naming', 'omissions', 'timeline'] as const) expect(streamed.lens?.[table].length).toBeGreaterThan(0);
      // The analyses kept each document's term stream, which is what the streamed path counted.
      for await (const doc of store.iterateDocuments()) expect(await store.termStream(doc.id, TERM_STREAM_VERSION)).toBe(termStream(parse(doc.text)));
    } finally {
      await store.close();
    }
  });

  it('gives the same lens tables as the in-memory report with the whole lens (actors, claims, readings)', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      for await (const event of addDocuments(store, [EXAMPLES])) expect(event.status).toBe('added');
      const analyzer = createAnalyzer({ skip: ['techniques'] });
      const memory = await buildStoreReport(store, 'side', { analyzer });
      const streamed = await buildStoreReport(store, 'side', { analyzer, streamAbove: 0 });
      for (const table of ['naming', 'omissions', 'storyStart', 'claims', 'portrayal', 'frames', 'timeline'] as const) {
        expect(memory.lens?.[table].length, table).toBeGreaterThan(0);
      }
      expect(streamed.lens).toEqual(memory.lens);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('equals the in-memory report on a small generated corpus, by side and by tag', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      expect(await loadScaleCorpus(store, EXAMPLES, 60, { batch: 25, words: 200, lens: true })).toBe(60);
      const analyzer = createAnalyzer({ fast: true });
      // The synthetic analyses have their own key: the in-memory path would re-analyze, so give it that key.
      const pinned = { ...analyzer, info: { ...analyzer.info, key: 'synthetic-bench' } };
      const memory = await buildStoreReport(store, 'side', { analyzer: pinned, top: 15 });
      const streamed = await buildStoreReport(store, 'side', { analyzer: pinned, top: 15, streamAbove: 10 });
      expect(streamed.documents).toHaveLength(60);
      expect(core(streamed)).toEqual(core(memory));
      expect(streamed.comparison.distinctive.map((d) => d.rows.length)).toEqual([15, 15, 15]);
      for (const table of ['naming', 'omissions', 'storyStart', 'claims', 'portrayal', 'frames', 'timeline'] as const) expect(streamed.lens?.[table].length, table).toBeGreaterThan(0);
      // The synthetic store had no term streams: the streamed path parsed, kept them, and the next run reads them.
      const ids: string[] = [];
      for await (const doc of store.iterateDocuments()) ids.push(doc.id);
      for (const id of ids) expect(await store.termStream(id, TERM_STREAM_VERSION)).toBeDefined();
      await store.saveTermStream(ids[0] ?? '', TERM_STREAM_VERSION - 1, 'stale');
      const again = await buildStoreReport(store, 'side', { analyzer: pinned, top: 15, streamAbove: 10 });
      expect(core(again)).toEqual(core(memory));
    } finally {
      await store.close();
    }
  });

  it('compares only the documents a filter picks, in memory and streaming alike', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      for await (const event of addDocuments(store, [EXAMPLES])) expect(event.status).toBe('added');
      const analyzer = createAnalyzer({ fast: true });
      // The opinion pieces only (tagged "opinion"): the two wire reports are left out.
      const filter = { tag: 'opinion' };
      const memory = await buildStoreReport(store, 'side', { analyzer, filter });
      const streamed = await buildStoreReport(store, 'side', { analyzer, filter, streamAbove: 0 });
      expect(memory.groups.map((g) => [g.name, g.documents])).toEqual([['dravenia', 2], ['lusovia', 2]]);
      expect(core(streamed)).toEqual(core(memory));
      await expect(buildStoreReport(store, 'side', { analyzer, filter: { tag: 'no-such-tag' } })).rejects.toThrow('no stored documents match tag no-such-tag');
      const all = await buildStoreReport(store, 'side', { analyzer });
      expect(all.groups.map((g) => g.name)).toEqual(['dravenia', 'lusovia', 'neutral']);
    } finally {
      await store.close();
    }
  });

  it('keeps no term streams when told not to', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      await loadScaleCorpus(store, EXAMPLES, 12, { words: 100 });
      await compareStore(store, 'side', (doc) => doc.id, { analyzeMissing: false, saveTermStreams: false });
      for await (const doc of store.iterateDocuments()) expect(await store.termStream(doc.id, TERM_STREAM_VERSION)).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('compares two single documents, and joins a document to each of its tags', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const random = seededRandom(3);
      const one = syntheticDocument('Colonel Vark ordered the blockade of Tarsin. The blockade of Tarsin went on.', 0, ['east']);
      const two = { ...syntheticDocument('The ferry to Ombel sailed. Ombel welcomed the ferry and its crew.', 1, ['west']), tags: ['x', 'y'] };
      await store.addBulk([{ doc: one, analyses: [syntheticAnalysis(one, random)] }, { doc: two, analyses: [syntheticAnalysis(two, random)] }]);
      const pinned = { ...createAnalyzer({ fast: true }), info: { ...createAnalyzer({ fast: true }).info, key: 'synthetic-bench' } };
      const memory = await buildStoreReport(store, 'side', { analyzer: pinned });
      const streamed = await buildStoreReport(store, 'side', { analyzer: pinned, streamAbove: 0 });
      expect(core(streamed)).toEqual(core(memory));
      expect(streamed.comparison.distinctive[0]?.rows[0]?.term).toBe('blockade of tarsin');
      expect(groupsOf(two, 'tag')).toEqual(['x', 'y']);
      const tags = await compareStore(store, 'tag', (doc, group) => `${group}:${doc.id}`, { analyzeMissing: false });
      expect(tags.members.map((m) => m.doc)).toEqual([`x:${two.id}`, `y:${two.id}`]);
      expect(tags.ungrouped).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('refuses one group, and a group with no terms, like the in-memory path', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const only = syntheticDocument('Ombel harbour reopened after the storm.', 0, ['east']);
      await store.addBulk([{ doc: only }]);
      await expect(buildStoreReport(store, 'side', { streamAbove: 0, analyzeMissing: false })).rejects.toThrow(/only one group \(east\)/);
    } finally {
      await store.close();
    }
    const counted = [
      { name: 'a', counts: new TermCounts(), documents: 0, tokens: 0 },
      { name: 'b', counts: new TermCounts(), documents: 1, tokens: 3 },
    ];
    counted[1]?.counts.add('tarsin');
    expect(() => pickDistinctive(counted, resolveCompareOptions())).toThrow(/found 1/);
    // A group with no documents among three: it gets no rows, the others compare.
    const result = compareGroups([
      { name: 'a', docs: [] },
      { name: 'b', docs: [{ id: 'b1', text: 'The blockade of Tarsin.' }] },
      { name: 'c', docs: [{ id: 'c1', text: 'The ferry to Ombel.' }] },
    ]);
    expect(result.distinctive[0]).toEqual({ group: 'a', rows: [] });
    expect(result.groups[0]?.documents).toBe(0);
  });

  it('analyzes documents with no stored analysis only when asked', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const a = syntheticDocument('Tarsin lies under blockade. Tarsin asks for help.', 0, ['east']);
      const b = syntheticDocument('Ombel opened the ferry. Ombel thanks its sailors.', 1, ['west']);
      await store.addBulk([{ doc: a }, { doc: b }]);
      const bare = await compareStore(store, 'side', (doc, _g, findings, words) => ({ id: doc.id, findings: findings.length, words }), { analyzeMissing: false });
      expect(bare.unanalyzed).toBe(2);
      expect(bare.members.map((m) => m.doc.words)).toEqual([8, 8]);
      expect(await store.latestAnalysis(a.id)).toBeUndefined();
      const analyzer = createAnalyzer({ fast: true });
      const done = await compareStore(store, 'side', (doc) => doc.id, { analyzer: () => analyzer });
      expect(done.unanalyzed).toBe(0);
      expect((await store.latestAnalysis(a.id))?.analyzer.key).toBe(analyzer.info.key);
    } finally {
      await store.close();
    }
  });
});


