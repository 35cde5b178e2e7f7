import { describe, expect, it } from 'vitest';
import type { SlantDocument } from '../core/document.js';
import { SqliteStore } from './sqlite-store.js';
import type { StoredAnalysis } from './store.js';

const doc = (id: string, text: string, side: string): SlantDocument => ({ id, text, language: 'eng', source: `${id}.txt`, simhash: id.padEnd(16, '0'), side });
const analysis = (docId: string, words: number): StoredAnalysis => ({
  docId,
  analyzer: { key: 'k1', version: 'test', stages: [], resources: {}, options: {} },
  createdAt: '2026-01-01T00:00:00.000Z',
  findings: [{ detector: 'loaded-language', rule: 'loaded-language/x', label: 'Loaded language', start: 0, end: 6, text: 'Tarsin', reason: 'test', confidence: 0.5 }],
  summary: { words },
});

describe('SqliteStore.addBulk', () => {
  it('adds documents with their analyses in one go, skipping duplicates and their analyses', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const outcomes = await store.addBulk([
        { doc: doc('aaaa1111', 'Tarsin holds.', 'east'), analyses: [analysis('aaaa1111', 2)] },
        { doc: doc('bbbb2222', 'Ombel waits.', 'west') },
        { doc: doc('aaaa1111', 'Tarsin holds.', 'east'), analyses: [analysis('aaaa1111', 99)] },
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'duplicate']);
      expect(await store.countDocuments()).toBe(2);
      expect((await store.latestAnalysis('aaaa1111'))?.summary).toEqual({ words: 2 });
      expect((await store.latestAnalysis('aaaa1111'))?.findings[0]?.text).toBe('Tarsin');
      expect(await store.latestAnalysis('bbbb2222')).toBeUndefined();
      expect((await store.search('Ombel')).map((h) => h.id)).toEqual(['bbbb2222']);
    } finally {
      await store.close();
    }
  });

  it('stores nothing when one item fails', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      await expect(store.addBulk([{ doc: doc('cccc3333', 'Vark spoke.', 'east') }, { doc: doc('dddd4444', 'Vark left.', 'east'), analyses: [analysis('eeee5555', 2)] }])).rejects.toThrow(
        /not in/,
      );
      expect(await store.countDocuments()).toBe(0);
      await expect(store.addBulk([{ doc: { ...doc('ffff6666', 'x', 'a'), simhash: 'nope' } }])).rejects.toThrow(/simhash/);
    } finally {
      await store.close();
    }
  });
});
