/** The library API from its one entry point: what a program embedding slant would do. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDocuments, analyzeStored, buildStoreReport, createAnalyzer, openStore, renderMarkdown, SlantError } from '../../src/index.js';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

describe('library API', () => {
  it('analyzes a text into findings with exact offsets', () => {
    const text = 'The so-called experts are warmongers! Why would anyone trust such barbaric liars?';
    const { findings, summary } = createAnalyzer().analyze(text);
    expect(findings.map((f) => f.detector)).toEqual(expect.arrayContaining(['scare-quotes', 'name-calling', 'loaded-language', 'punctuation-rhetoric']));
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(summary.words).toBe(13);
  });

  it('keys analyses by their settings: other options, other key', () => {
    expect(createAnalyzer().info.key).toBe(createAnalyzer().info.key);
    expect(createAnalyzer({ minConfidence: 0.5 }).info.key).not.toBe(createAnalyzer().info.key);
    expect(() => createAnalyzer({ detectors: ['nope'] })).toThrow(SlantError);
    expect(() => createAnalyzer({ skip: ['nope'] })).toThrow(SlantError);
    expect(() => createAnalyzer({ sideModel: '/nonexistent/side-model.json.gz' })).toThrow(expect.objectContaining({ code: 'SLANT_NOT_FOUND' }));
  });

  it('runs the technique model by default, with categories and evidence, and leaves it out on request', () => {
    const text = 'These barbaric thugs and traitors have lied to our great nation for decades! Enough is enough.';
    const full = createAnalyzer();
    expect(full.info.stages).toEqual(expect.arrayContaining(['pos', 'techniques']));
    const techniques = full.analyze(text).findings.filter((f) => f.detector === 'techniques');
    expect(techniques.length).toBeGreaterThan(0);
    for (const f of techniques) {
      expect(f.category).toBeDefined();
      expect((f.data as { evidence: string[] }).evidence.length).toBeGreaterThan(0);
    }
    const skipped = createAnalyzer({ skip: ['techniques'] });
    expect(skipped.info.stages).not.toContain('techniques');
    expect(skipped.info.key).not.toBe(full.info.key);
    expect(skipped.analyze(text).findings.some((f) => f.detector === 'techniques')).toBe(false);
    const fast = createAnalyzer({ fast: true });
    expect(fast.info.stages).not.toContain('pos');
    expect(fast.info.stages).toEqual(expect.arrayContaining(['loaded-language', 'terminology', 'side']));
    for (const slow of ['techniques', 'actors', 'claims', 'sentence-signals', 'genre']) expect(fast.info.stages).not.toContain(slow);
    expect(fast.analyze(text).findings.some((f) => f.detector === 'techniques')).toBe(false);
  });

  it('stores, analyzes and compares a corpus', async () => {
    const store = await openStore(':memory:');
    try {
      const statuses = [];
      for await (const event of addDocuments(store, [EXAMPLES])) statuses.push(event.status);
      expect(statuses).toEqual(Array(6).fill('added'));
      let analyzed = 0;
      for await (const { cached } of analyzeStored(store, { side: 'neutral' })) if (!cached) analyzed += 1;
      expect(analyzed).toBe(2);
      const report = await buildStoreReport(store, 'side');
      expect(report.groups.map((g) => [g.name, g.documents])).toEqual([
        ['dravenia', 2],
        ['lusovia', 2],
        ['neutral', 2],
      ]);
      // Opinion pieces carry far more persuasion techniques per word than the wire reports.
      const rate = (name: string) => report.groups.find((g) => g.name === name)!.per1000Words;
      expect(rate('dravenia')).toBeGreaterThan(2 * rate('neutral'));
      expect(rate('lusovia')).toBeGreaterThan(2 * rate('neutral'));
      expect(renderMarkdown(report)).toContain('## Distinctive language');
    } finally {
      await store.close();
    }
  });
});
