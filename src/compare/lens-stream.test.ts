import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { lensRows, type LensDoc, type LensRows } from './lens-rows.js';
import { LensAccumulator, type LensLimits } from './lens-stream.js';
import { finding, makeLensDoc, random, SMALL, type Shape } from '../../bench/lens-docs.js';

// A generated corpus with the lens detectors' data shapes: bench/lens-docs.ts.

function* corpus(n: number, shape: Shape = SMALL, seed = 7): Generator<LensDoc> {
  const r = random(seed);
  for (let i = 0; i < n; i += 1) {
    const doc = makeLensDoc(i, r, shape);
    yield doc;
    if (i % 10 === 0) yield { ...doc, group: 'tagged' };
  }
}

/** The streaming protocol: pass 1 adds each document, pass 2 reads the texts still wanted. */
function streamed(read: () => Iterable<LensDoc>, limits: Partial<LensLimits> = {}): { lens: LensAccumulator; rows: LensRows } {
  const lens = new LensAccumulator(limits);
  for (const doc of read()) lens.add(doc);
  if (lens.pendingProbes().size > 0) {
    for (const doc of read()) {
      if (!lens.needsText()) break;
      if (lens.needsText(doc.group)) lens.observeText(doc.group, (doc.text ?? '').toLowerCase());
    }
  }
  return { lens, rows: lens.rows() };
}

describe('LensAccumulator', () => {
  it('gives, one document at a time in two passes, exactly the rows lensRows gives', () => {
    const docs = [...corpus(300)];
    const { rows, lens } = streamed(() => corpus(300));
    expect(rows).toEqual(lensRows(docs));
    expect(lens.pruned).toEqual({ items: 0, actors: 0, words: 0, claimKeys: 0 });
    // Every table has rows, so the equality above is not between empty tables.
    for (const [table, list] of Object.entries(rows)) expect(list.length, table).toBeGreaterThan(0);
    expect(rows.omissions.some((r) => r.kind === 'actor' || r.kind === 'place')).toBe(true);
  });

  it('finds in pass 2 names that only another group’s texts hold, and without pass 2 counts them omitted', () => {
    const docs: LensDoc[] = [
      { docId: 'a', group: 'x', findings: [finding('actors', { start: 0, end: 4, text: 'Orla' }, { actor: 'Orla', kind: 'place', aliases: ['Orla Vale'] })], signals: [], words: 2, text: 'Orla stood.' },
      { docId: 'b', group: 'y', findings: [], signals: [], words: 3, text: 'Rain fell.' },
      { docId: 'c', group: 'y', findings: [], signals: [], words: 4, text: 'They crossed orla vale, Orlan fields.' },
    ];
    const lens = new LensAccumulator();
    for (const d of docs) lens.add(d);
    expect(lens.omissions().map((r) => [r.item, r.missingFrom])).toEqual([['Orla', ['y']]]);
    expect(lens.pendingProbes()).toEqual(new Map([['y', ['orla', 'orla vale']]]));
    expect(() => lens.add(docs[0] as LensDoc)).toThrow(/after pendingProbes/);
    expect([lens.needsText(), lens.needsText('x'), lens.needsText('y')]).toEqual([true, false, true]);
    lens.observeText('y', 'rain fell.');
    expect(lens.needsText('y')).toBe(true);
    lens.observeText('y', 'they crossed orla vale, orlan fields.');
    // 'orla' is found as a word of 'orla vale' ('orlan' alone would not do); every name found, no text is wanted any more.
    expect(lens.pendingProbes()).toEqual(new Map());
    expect(lens.needsText()).toBe(false);
    expect(lens.omissions()).toEqual([]);
  });

  it('finds a name written with punctuation, and not inside a longer word', () => {
    const actor = (name: string): Finding => finding('actors', { start: 0, end: name.length, text: name }, { actor: name, kind: 'organization', aliases: [] });
    const lens = new LensAccumulator();
    lens.add({ docId: 'a', group: 'x', findings: [actor('U.N.'), actor('Kel-Mar'), actor('Tav')], signals: [], words: 3, text: 'U.N. Kel-Mar Tav' });
    lens.add({ docId: 'b', group: 'y', findings: [], signals: [], words: 3, text: '' });
    lens.pendingProbes();
    lens.observeText('y', 'the u.n. met at kel-mar near tavrensk.');
    expect(lens.omissions().map((r) => r.item)).toEqual(['Tav']);
  });

  it('counts a document in several groups once where groups are pooled', () => {
    const claim = (value: number, what: string): Finding =>
      finding('claims', { start: 0, end: 9, text: `${value} ${what}` }, { numbers: [{ start: 0, end: 9, text: `${value} ${what}`, kind: 'count', value, what }], dates: [] });
    const lens = new LensAccumulator();
    const doc = (docId: string, group: string, f: Finding): LensDoc => ({ docId, group, findings: [f], signals: [], words: 2 });
    lens.add(doc('a', 'x', claim(9, 'convoys')));
    lens.add(doc('a', 'y', claim(9, 'convoys')));
    lens.add(doc('b', 'y', claim(40, 'convoys')));
    lens.add(doc('c', 'x', claim(5, 'trucks')));
    lens.add(doc('d', 'y', claim(50, 'trucks')));
    lens.add(doc('e', 'y', claim(50, 'trucks')));
    // Blocks go by how many documents give the figure: trucks 3 (c, d, e), convoys 2 (a, b); counting
    // document a twice would tie them at 3 and put convoys first by name.
    expect(lens.claims().map((r) => [r.topic, r.group, r.values])).toEqual([
      ['truck', 'x', [5]],
      ['truck', 'y', [50, 50]],
      ['convoy', 'x', [9]],
      ['convoy', 'y', [9, 40]],
    ]);
  });

  it('keeps open key spaces under their caps, dropping the rarest keys', () => {
    const shape: Shape = { ...SMALL, uniqueActors: 0.5, uniqueTopics: 0.5 };
    const limits = { items: 200, actorCells: 100, words: 3, claimRows: 80, values: 2 };
    const { lens, rows } = streamed(() => corpus(300, shape), limits);
    expect(lens.pruned.items).toBeGreaterThan(0);
    expect(lens.pruned.actors).toBeGreaterThan(0);
    expect(lens.pruned.words).toBeGreaterThan(0);
    expect(lens.pruned.claimKeys).toBeGreaterThan(0);
    expect(rows.omissions.length).toBeLessThanOrEqual(200);
    expect(rows.claims.length).toBeLessThanOrEqual(80);
    expect(Math.max(...rows.claims.map((r) => r.values.length))).toBe(2);
    // The most named actors survive the pruning: the top three of the matrix (four groups each) are the exact ones.
    const exact = streamed(() => corpus(300, shape));
    const top = (list: LensRows['portrayal']): unknown[] => list.slice(0, 3 * 4).map((r) => [r.actor, r.group, r.mentions]);
    expect(top(rows.portrayal)).toEqual(top(exact.rows.portrayal));
  });

  it('refuses a cap below 2', () => {
    expect(() => new LensAccumulator({ actorCells: 1 })).toThrow(RangeError);
  });
});

/** Heap in use after a full collection. */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/** Reads `docs` in batches of 1,000 (their making not timed), timing `each` over every batch: wall and CPU milliseconds. */
function timedBatches(docs: Iterable<LensDoc>, each: (doc: LensDoc) => void): { wall: number; cpu: number; count: number } {
  const out = { wall: 0, cpu: 0, count: 0 };
  let batch: LensDoc[] = [];
  const run = (): void => {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const doc of batch) each(doc);
    const used = process.cpuUsage(c);
    out.cpu += (used.user + used.system) / 1000;
    out.wall += performance.now() - t;
    out.count += batch.length;
    batch = [];
  };
  for (const doc of docs) {
    batch.push(doc);
    if (batch.length === 1000) run();
  }
  run();
  return out;
}

describe.skipIf(process.env.SLANT_LENS_SCALE === undefined)('100,000 documents (skipped: set SLANT_LENS_SCALE=1 to measure; about a minute)', () => {
  it('stays within seconds and 200 MB of heap', () => {
    const n = 100_000;
    const shape: Shape = { actors: 3_000, uniqueActors: 0.15, topics: 2_000, uniqueTopics: 0.05, filler: 20 };
    const lens = new LensAccumulator();
    const before = heapAfterGc();
    let findings = 0;
    let chars = 0;
    const pass1 = timedBatches(corpus(n, shape), (doc) => {
      lens.add(doc);
      findings += doc.findings.length;
      chars += doc.text?.length ?? 0;
    });
    const afterPass1 = heapAfterGc() - before;
    let t = performance.now();
    const probes = lens.pendingProbes();
    const probeMs = performance.now() - t;
    const pass2 = timedBatches(corpus(n, shape), (doc) => {
      if (lens.needsText(doc.group)) lens.observeText(doc.group, (doc.text ?? '').toLowerCase());
    });
    t = performance.now();
    const rows = lens.rows();
    const rowsMs = performance.now() - t;
    const afterAll = heapAfterGc() - before;
    const mb = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MB`;
    const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      [
        `${pass1.count} adds (${n} documents, ${findings} findings, ${(chars / pass1.count).toFixed(0)} characters a text)`,
        `pass 1, add: ${s(pass1.wall)} wall, ${s(pass1.cpu)} CPU; heap growth ${mb(afterPass1)}`,
        `pendingProbes: ${probeMs.toFixed(0)} ms, ${[...probes.values()].reduce((k, l) => k + l.length, 0)} names over ${probes.size} groups`,
        `pass 2, lower-case and observeText: ${s(pass2.wall)} wall, ${s(pass2.cpu)} CPU`,
        `rows: ${rowsMs.toFixed(0)} ms; heap growth with the rows ${mb(afterAll)}`,
        `rows per table: ${Object.entries(rows).map(([k, v]) => `${k} ${v.length}`).join(', ')}`,
        `pruned: ${JSON.stringify(lens.pruned)}`,
      ].join('\n'),
    );
    expect(afterAll).toBeLessThan(200 * 2 ** 20);
    expect(rows.portrayal.length).toBe(20 * 4);
  }, 600_000);
});
