import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { lensRows, type LensDoc, type LensRows } from './lens-rows.js';
import { foldAcronyms, foldName, LensAccumulator, personLinks, type LensLimits, type PersonEntry } from './lens-stream.js';
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

  it('finds a name written as a dotted acronym, with a curly apostrophe, or as a possessive', () => {
    const actor = (name: string): Finding => finding('actors', { start: 0, end: name.length, text: name }, { actor: name, kind: 'organization', aliases: [] });
    const lens = new LensAccumulator();
    lens.add({ docId: 'a', group: 'x', findings: [actor('OVC'), actor('F.B.I.'), actor("Dal O'Rourke"), actor('Marrak’s'), actor('US')], signals: [], words: 5, text: '' });
    lens.add({ docId: 'b', group: 'y', findings: [], signals: [], words: 3, text: '' });
    expect(lens.pendingProbes()).toEqual(new Map([['y', ['ovc', 'fbi', "dal o'rourke", 'marrak', 'us']]]));
    lens.observeText('y', 'the o.v.c. and the fbi met dal o’rourke in the u.s.; marrak’s men left.');
    // "U.S." keeps its dots ("us" is a word), so the "US" of x is not found in it.
    expect(lens.omissions().map((r) => r.item)).toEqual(['US']);
  });

  it('finds a name where a regex over the folded text finds it as a phrase (property)', () => {
    const names = ['Orla', 'Orla Vale', 'OVC', 'O’Rla', 'Élan 2', '𝐀rla', 'U.N.'];
    const pieces = ['orla', 'vale', 'o.v.c.', 'ovc', 'o.v.c', 'u.n.', 'un', "o'rla", 'o’rla', 'élan', '2', '𝐀', 'rla', ' ', ' ', '.', ',', '-', 'n', 'é', '😀', '1', 'x.'];
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const lens = new LensAccumulator();
        const findings = names.map((name) => finding('actors', { start: 0, end: name.length, text: name }, { actor: name, kind: 'place', aliases: [] }));
        lens.add({ docId: 'a', group: 'x', findings, signals: [], words: 1, text: '' });
        lens.add({ docId: 'b', group: 'y', findings: [], signals: [], words: 1, text: '' });
        lens.pendingProbes();
        lens.observeText('y', text);
        const folded = foldAcronyms(text);
        const expected = names.filter((name) => !new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldName(name))}(?![\\p{L}\\p{N}])`, 'u').test(folded));
        expect(lens.omissions().map((r) => r.item).sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
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

describe('foldAcronyms and foldName', () => {
  it.each<[string, string]>([
    ['the n.a.a.c.p. said', 'the naacp said'],
    ['the f.b.i and the u.k.-led talks', 'the fbi and the uk-led talks'],
    ['u.s.a.', 'usa'],
    // Spelling a word, or not an acronym: as written.
    ['in the u.s. at 9 a.m.', 'in the u.s. at 9 a.m.'],
    ['a ph.d. and a.b.cd, 3.5 or x.5', 'a ph.d. and a.b.cd, 3.5 or x.5'],
    ['no dots at all', 'no dots at all'],
  ])('folds %j as %j', (text, expected) => {
    expect(foldAcronyms(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['N.A.A.C.P.', 'naacp'],
    ['NAACP', 'naacp'],
    ['F.B.I.', 'fbi'],
    ['Trump’s', 'trump'],
    ["Veterans'", 'veterans'],
    ['Dal O’Rourke', "dal o'rourke"],
    ['U.S.', 'u.s.'],
    [' Orla Vale ', 'orla vale'],
  ])('folds the name %j as %j', (name, expected) => {
    expect(foldName(name)).toBe(expected);
  });
});

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

describe('a person named by the full name in one group and by the surname in another', () => {
  const person = (docId: string, group: string, actor: string, data: Record<string, unknown>): LensDoc => ({
    docId,
    group,
    findings: [finding('actors', { start: 0, end: actor.length, text: actor }, { actor, kind: 'person', aliases: [], mentions: [{ start: 0, end: actor.length }], role: 'neutral', portrayal: [], ...data })],
    signals: [],
    words: 10,
    text: `${actor} spoke.`,
  });
  const rowsOf = (docs: LensDoc[]): LensRows => lensRows(docs);

  it('is one row of the portrayal matrix, under the full name, and omitted by neither', () => {
    const rows = rowsOf([
      person('a', 'x', 'Ilan Varro', { key: 'person:ilan varro', surname: 'varro', role: 'antagonist' }),
      person('b', 'y', 'Varro', { key: 'person:varro', surname: 'varro' }),
    ]);
    expect(rows.portrayal.map((r) => `${r.actor} ${r.group} ${r.documents} ${JSON.stringify(r.roles)}`)).toEqual(['Ilan Varro x 1 {"antagonist":1}', 'Ilan Varro y 1 {"neutral":1}']);
    expect(rows.omissions.filter((r) => r.kind === 'actor')).toEqual([]);
  });

  it('an unknown name that is a surname is folded too', () => {
    const rows = rowsOf([person('a', 'x', 'Ilan Varro', { surname: 'varro' }), person('b', 'y', 'Varro', { kind: 'unknown' })]);
    expect(rows.portrayal.map((r) => `${r.actor} ${r.group} ${r.documents}`)).toEqual(['Ilan Varro x 1', 'Ilan Varro y 1']);
  });

  it('stays apart where two full names share the surname', () => {
    const rows = rowsOf([
      person('a', 'x', 'Ilan Varro', { surname: 'varro' }),
      person('c', 'x', 'Mira Varro', { surname: 'varro' }),
      person('b', 'y', 'Varro', { surname: 'varro' }),
    ]);
    expect(new Set(rows.portrayal.map((r) => r.actor))).toEqual(new Set(['Ilan Varro', 'Mira Varro', 'Varro']));
    // "Varro" is in the texts of x (as a word of both full names), so x does not omit it.
    expect(rows.omissions.filter((r) => r.kind === 'actor').map((r) => `${r.item} ${r.missingFrom.join(',')}`).sort()).toEqual(['Ilan Varro y', 'Mira Varro y']);
  });

  it('joins the surname to the person most named by it, and a middle initial to the plain name', () => {
    const mentions = (n: number): Array<{ start: number; end: number }> => Array.from({ length: n }, () => ({ start: 0, end: 4 }));
    const rows = rowsOf([
      person('a', 'x', 'Ilan Varro', { surname: 'varro', mentions: mentions(5) }),
      person('c', 'x', 'Mira Varro', { surname: 'varro' }),
      person('b', 'y', 'Varro', { surname: 'varro' }),
      person('d', 'z', 'Ilan K. Varro', { surname: 'varro' }),
    ]);
    expect(rows.portrayal.filter((r) => r.documents > 0).map((r) => `${r.actor} ${r.group} ${r.mentions}`)).toEqual(['Ilan Varro x 5', 'Ilan Varro y 1', 'Ilan Varro z 1', 'Mira Varro x 1']);
  });
});

describe('personLinks', () => {
  const p = (name: string, mentions: number, surname?: string): PersonEntry => ({ name, surname, lone: !name.includes(' '), mentions });
  it.each<[string, PersonEntry[], Array<[string, string]>]>([
    ['a surname joins its one full name', [p('ilan varro', 2, 'varro'), p('varro', 5)], [['varro', 'ilan varro']]],
    ['a surname joins a full name named two thirds of the time', [p('ilan varro', 2, 'varro'), p('mira varro', 1, 'varro'), p('varro', 1)], [['varro', 'ilan varro']]],
    ['below two thirds it stays apart', [p('ilan varro', 3, 'varro'), p('mira varro', 2, 'varro'), p('varro', 1)], []],
    ['middle names and initials are the same person', [p('ilan varro', 3, 'varro'), p('ilan k. varro', 1, 'varro')], [['ilan k. varro', 'ilan varro']]],
    ['a suffix is another person', [p('ilan varro', 3, 'varro'), p('ilan varro jr.', 1, 'varro')], []],
    ['a one-word name no full name ends in stays', [p('ilan varro', 3, 'varro'), p('kast', 2)], []],
  ])('%s', (_name, people, expected) => {
    expect([...personLinks(people)]).toEqual(expected);
  });
});
