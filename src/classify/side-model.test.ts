/** Specification of the user-trainable side model: labels from the store, too little data, cross-validation, the written file and its assessor. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { makeDocument } from '../ingest/make-document.js';
import { seededRandom } from '../learn/random.js';
import { parse } from '../nlp/parse.js';
import { openStore } from '../store/index.js';
import { createSideModelAssessor, trainSideFromTexts, trainSideModel, type SideText } from './side-model.js';

const SHARED = ['the', 'council', 'of', 'veldmark', 'met', 'on', 'tuesday', 'and', 'talked', 'about', 'roads', 'schools', 'a', 'plan', 'for', 'next', 'year', 'with', 'residents'];
const WORDS: Record<string, string[]> = {
  north: ['glacier', 'fjord', 'pine', 'aurora', 'sled', 'tundra', 'herring', 'lighthouse'],
  south: ['vineyard', 'olive', 'desert', 'oasis', 'citrus', 'lagoon', 'palm', 'siesta'],
};

/** `n` articles per side: shared filler and five words of the side's own, in a seeded order. */
function articles(n: number, seed: number): Array<{ text: string; side: string }> {
  const next = seededRandom(seed);
  const pick = (xs: readonly string[]): string => xs[Math.floor(next() * xs.length)] as string;
  const out: Array<{ text: string; side: string }> = [];
  for (let i = 0; i < n; i += 1) {
    for (const side of ['north', 'south']) {
      const words = Array.from({ length: 40 }, (_, k) => (k % 8 === 3 ? pick(WORDS[side] as string[]) : pick(SHARED)));
      out.push({ text: `${words.join(' ')} number ${i}.`, side });
    }
  }
  return out;
}

describe('trainSideFromTexts', () => {
  it('refuses fewer than two labels with enough documents, saying what it found', () => {
    const texts: SideText[] = [{ text: 'a b c', labels: ['north'], group: '1' }, { text: 'd e f', labels: ['south'], group: '2' }];
    expect(() => trainSideFromTexts(texts, { by: 'side' })).toThrow(SlantError);
    expect(() => trainSideFromTexts(texts, { by: 'side' })).toThrow(/at least two sides with 3 or more documents each; found north \(1\), south \(1\)/);
  });

  it('trains without cross-validation when there are few documents, dropping rare labels', () => {
    const texts: SideText[] = articles(4, 1).map((a, i) => ({ text: a.text, labels: [a.side], group: String(i) }));
    texts.push({ text: 'east words only here', labels: ['east'], group: 'e' });
    const r = trainSideFromTexts(texts, { by: 'side' });
    expect(r.cv).toBeUndefined();
    expect(r.labels).toEqual({ north: 4, south: 4 });
    expect(r.dropped).toEqual({ east: 1 });
    expect(r.model.labels).toEqual(['north', 'south']);
    expect(r.path).toBeUndefined();
  });
});

describe('trainSideModel and createSideModelAssessor', () => {
  it('learns the sides of stored documents, cross-validates, writes the file, and reads a new text', async () => {
    const store = await openStore(':memory:');
    try {
      for (const a of articles(12, 2)) await store.addDocument(makeDocument(a.text, { side: a.side }, 'test'));
      await store.addDocument(makeDocument('An article nobody labelled, about the council and its plan.', {}, 'test'));
      const out = join(mkdtempSync(join(tmpdir(), 'slant-side-')), 'side.json.gz');
      const r = await trainSideModel(store, { by: 'side', out });
      expect(r.documents).toBe(24);
      expect(r.labels).toEqual({ north: 12, south: 12 });
      expect(r.cv?.score.accuracy).toBeGreaterThan(0.9);
      expect(existsSync(out)).toBe(true);
      const assessor = createSideModelAssessor(out);
      const assessed = assessor?.assess(parse('The council met about the fjord, the glacier and the lighthouse by the tundra.'), []);
      const signal = Array.isArray(assessed) ? undefined : assessed;
      expect(signal?.id).toBe('side-model');
      expect(signal?.labels[0]?.label).toBe('north');
      expect(signal?.summary).toMatch(/^Side by your model: north \([01]\.\d\d\)$/);
      expect(signal?.evidence.some((e) => /fjord|glacier|lighthouse|tundra/.test(e))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('has no assessor without a model file', () => {
    expect(createSideModelAssessor(join(tmpdir(), 'no-such-side-model.json.gz'))).toBeUndefined();
  });
});
