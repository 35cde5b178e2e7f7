/** scripts/triplets.ts end to end: one AllSides story and one BASIL event into a store, then the comparison by side and by outlet. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTriplet, loadTriplets, pickTriplet, type Triplet, type TripletDataset } from '../../scripts/triplets.js';
import { buildStoreReport, createAnalyzer, normalizeText, openStore, renderHtml, type CorpusReport, type Store } from '../../src/index.js';
import { datasetsDir } from '../../src/train/datasets/paths.js';

const DATA = datasetsDir();
const present = (name: string): boolean => existsSync(join(DATA, name));
const analyzer = createAnalyzer();

/** A term key as `compareGroups` writes it: lower case, curly apostrophe and hyphen variants folded, whitespace runs collapsed. */
const termKey = (text: string): string => text.toLowerCase().replace(/’/g, "'").replace(/[\u2010\u2011]/g, '-').replace(/\s+/g, ' ');

/** Adds one triplet to a fresh in-memory store; returns the store and the events' statuses. */
async function storeTriplet(dataset: TripletDataset, story: string): Promise<{ store: Store; triplet: Triplet; statuses: string[] }> {
  const triplet = pickTriplet(loadTriplets(dataset, DATA), story);
  const store = await openStore(':memory:');
  const statuses: string[] = [];
  for await (const event of addTriplet(store, triplet)) statuses.push(event.status);
  return { store, triplet, statuses };
}

/**
 * What every triplet report must hold: three groups of one document each, and for every group at
 * least one distinctive term whose every evidence span is that term in a stored text of the group.
 */
async function expectThreeWayReport(store: Store, report: CorpusReport, groups: string[]): Promise<void> {
  expect(report.groups.map((g) => [g.name, g.documents])).toEqual(groups.map((g) => [g, 1]));
  expect(report.ungrouped).toBe(0);
  const groupOf = new Map(report.documents.map((d) => [d.id, d.group]));
  for (const { group, rows } of report.comparison.distinctive) {
    expect(rows.length, `distinctive terms of ${group}`).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.z).toBeGreaterThan(0);
      expect(row.evidence.length).toBeGreaterThan(0);
      for (const e of row.evidence) {
        expect(groupOf.get(e.docId)).toBe(group);
        const doc = await store.getDocument(e.docId);
        const slice = doc?.text.slice(e.start, e.end) ?? '';
        expect(slice).toBe(e.match);
        expect(termKey(slice)).toBe(row.term);
      }
    }
  }
  for (const row of report.lens?.omissions ?? []) {
    for (const e of row.evidence) expect((await store.getDocument(e.docId))?.text.slice(e.start, e.end)).toBe(e.text);
  }
  const html = renderHtml(report);
  for (const g of groups) expect(html).toContain(`>${g}<`);
}

describe('triplets: finding a story', () => {
  it('says where it looked when the datasets folder is missing', () => {
    expect(() => loadTriplets('basil', '/nonexistent/datasets')).toThrow(expect.objectContaining({ code: 'SLANT_NOT_FOUND', message: expect.stringContaining('/nonexistent/datasets/basil') }));
  });

  it.skipIf(!present('basil'))('refuses an unknown or ambiguous story with a usage error (skipped: needs ../shared/datasets/basil)', () => {
    const triplets = loadTriplets('basil', DATA);
    expect(() => pickTriplet(triplets, '0')).toThrow(expect.objectContaining({ code: 'SLANT_USAGE', message: expect.stringContaining('no such triplet') }));
    const first = triplets[0];
    expect(first).toBeDefined();
    expect(pickTriplet(triplets, first?.key.slice(0, 8) ?? '')).toBe(first);
    // A one-letter prefix that two uuids share (all digits would be read as a story number).
    const initials = triplets.map((t) => t.key.charAt(0)).filter((c) => /[a-f]/.test(c));
    const common = initials.find((c, i) => initials.indexOf(c) !== i) ?? '';
    expect(() => pickTriplet(triplets, common)).toThrow(expect.objectContaining({ code: 'SLANT_USAGE', message: expect.stringContaining('ambiguous') }));
  });
});

describe.skipIf(!present('allsides-article-bias'))('triplets: an AllSides story (skipped: needs ../shared/datasets/allsides-article-bias)', () => {
  it('stores left, center and right with the article text, and compares them with evidence', async () => {
    const { store, triplet, statuses } = await storeTriplet('allsides', '134');
    try {
      expect(statuses).toEqual(['added', 'added', 'added']);
      for (const doc of await store.listDocuments()) {
        const json = JSON.parse(readFileSync(doc.source, 'utf8')) as Record<string, string>;
        // The readable text, not the tokenized and outlet-masked `content` the files also hold.
        expect(doc.text).toBe(normalizeText(json.content_original ?? ''));
        expect([doc.side, doc.outlet, doc.tags]).toEqual([json.bias_text, json.source, [triplet.tag]]);
      }
      const report = await buildStoreReport(store, 'side', { analyzer });
      await expectThreeWayReport(store, report, ['center', 'left', 'right']);
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(!present('basil'))('triplets: a BASIL event (skipped: needs ../shared/datasets/basil)', () => {
  it('stores Fox, HuffPost and NYT with their relative stance, and compares them by outlet and by side', async () => {
    const { store, triplet, statuses } = await storeTriplet('basil', '7');
    try {
      expect(statuses).toEqual(['added', 'added', 'added']);
      const stance: Record<string, string> = { liberal: 'left', left: 'left', center: 'center', conservative: 'right', right: 'right' };
      for (const doc of await store.listDocuments()) {
        const article = JSON.parse(readFileSync(doc.source, 'utf8')) as { source: string; 'body-paragraphs': string[][] };
        const annotationPath = doc.source.replace('/articles/', '/annotations/').replace(/\.json$/, '_ann.json');
        const annotation = JSON.parse(readFileSync(annotationPath, 'utf8')) as { 'article-level-annotations': { relative_stance: string } };
        expect(doc.outlet).toBe(article.source.toLowerCase());
        expect(doc.side).toBe(stance[annotation['article-level-annotations'].relative_stance]);
        expect(doc.tags).toEqual([triplet.tag]);
        // Every sentence of the article is in the stored text, paragraphs a blank line apart.
        expect(doc.text.split('\n\n')).toHaveLength(article['body-paragraphs'].length);
        for (const sentence of article['body-paragraphs'].flat()) expect(doc.text).toContain(normalizeText(sentence));
      }
      const byOutlet = await buildStoreReport(store, 'outlet', { analyzer });
      await expectThreeWayReport(store, byOutlet, ['fox', 'hpo', 'nyt']);
      const bySide = await buildStoreReport(store, 'side', { analyzer });
      expect(bySide.groups.map((g) => g.name)).toEqual([...new Set(triplet.articles.map((a) => a.side))].sort());
    } finally {
      await store.close();
    }
  });
});
