/** Checks on the shipped data/packs: they compile, are deep enough, cite style guides, every term finds itself, and docs/packs.md is current. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPhraseMatcher } from '../lexicon/matcher.js';
import { parse } from '../nlp/parse.js';
import { packCounts, renderPackDocs } from './docs.js';
import { packScanner } from './scan.js';
import { NEUTRAL } from './schema.js';
import { assessPackSide } from './side.js';
import { testPack, testPacks } from './test-helper.js';

const REAL = ['china-taiwan', 'cyprus', 'israel-palestine', 'karabakh', 'kashmir', 'kosovo', 'russia-ukraine', 'western-sahara'];

describe('data/packs', () => {
  it('compiles into eight real conflicts and the fictional one of the example corpus', () => {
    expect(testPacks().map((p) => p.id)).toEqual([...REAL.slice(0, 3), 'fictional-kell-valley', ...REAL.slice(3)].sort());
  });

  it('has at least 40 variants for karabakh and 20 for every other pack, each side marked by at least five', () => {
    for (const pack of testPacks()) {
      const n = packCounts(pack);
      expect(n.variants, pack.id).toBeGreaterThanOrEqual(pack.id === 'karabakh' ? 40 : 20);
      for (const side of pack.sides) expect(n.bySide[side.id], `${pack.id} ${side.id}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('records the karabakh terms the issue asks for, on the sides their users are', () => {
    const karabakh = testPack('karabakh');
    const side = new Map(karabakh.concepts.flatMap((c) => c.variants.flatMap((v) => [v.term, ...v.forms].map((t) => [t, v.side ?? 'by victim'] as const))));
    expect(
      ['Artsakh', 'Nagorno-Karabakh', 'Karabakh', 'Stepanakert', 'Khankendi', 'Shushi', 'Shusha', 'Lachin corridor', 'Lachin road', 'liberated territories', 'occupied territories', '2020 Karabakh war', 'Patriotic War', '44-day war', 'Armenian separatists', 'Artsakh Defence Army', 'ethnic cleansing', 'reintegration', 'blockade', 'eco-activists'].map((t) => `${t}: ${side.get(t)}`),
    ).toEqual([
      'Artsakh: armenia', 'Nagorno-Karabakh: neutral', 'Karabakh: neutral', 'Stepanakert: armenia', 'Khankendi: azerbaijan', 'Shushi: armenia', 'Shusha: azerbaijan',
      'Lachin corridor: armenia', 'Lachin road: azerbaijan', 'liberated territories: azerbaijan', 'occupied territories: azerbaijan', '2020 Karabakh war: neutral',
      'Patriotic War: azerbaijan', '44-day war: neutral', 'Armenian separatists: azerbaijan', 'Artsakh Defence Army: armenia', 'ethnic cleansing: by victim',
      'reintegration: azerbaijan', 'blockade: armenia', 'eco-activists: azerbaijan',
    ]);
  });

  it('cites a newsroom style guide in every real pack', () => {
    for (const id of REAL) expect(testPack(id).sources.map((s) => s.id).filter((s) => /ap-stylebook|reuters|bbc/.test(s)).length, id).toBeGreaterThan(0);
  });

  it('gives every concept a neutral form, as a concept default or a neutral variant, except framing and label concepts that have none', () => {
    const missing: string[] = [];
    for (const pack of testPacks()) {
      for (const c of pack.concepts) {
        const hasNeutral = c.neutral !== undefined || c.variants.some((v) => v.side === NEUTRAL || v.neutral !== undefined);
        if (!hasNeutral && c.kind !== 'framing' && c.kind !== 'label' && c.kind !== 'event') missing.push(`${pack.id}/${c.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  describe.each(testPacks().map((p) => [p.id, p] as const))('%s', (_id, pack) => {
    it('matches every term and form of every variant, in a sentence, to that variant', () => {
      const entries = [...pack.concepts.flatMap((c) => c.variants), ...pack.ignore];
      const matcher = createPhraseMatcher(entries);
      const missed: string[] = [];
      for (const entry of entries) {
        for (const surface of [entry.term, ...entry.forms]) {
          const text = `Then ${surface} came.`;
          const hit = matcher.matchAll(parse(text).tokens).find((m) => m.start === 5 && m.end === 5 + surface.length);
          if (hit?.entry !== entry) missed.push(`${surface} → ${hit?.entry.term ?? 'nothing'}`);
        }
      }
      expect(missed).toEqual([]);
    });
  });

  // Built from the data, not written as partisan prose: "Reporters wrote: T1 again, they said. …" with a side's five
  // strongest context-free variants, so each pack is shown able to fire and to read each of its sides.
  it.each(testPacks().flatMap((p) => p.sides.map((s) => [p.id, s.id] as const)))('%s reads a text in the %s side’s terms as that side', (packId, sideId) => {
    const pack = testPack(packId);
    const terms = pack.concepts
      .flatMap((c) => c.variants.filter((v) => v.side === sideId && v.context === undefined && v.match === 'lemma').map((v) => ({ c: c.id, v })))
      .sort((a, b) => b.v.weight - a.v.weight)
      .filter((t, i, all) => all.findIndex((u) => u.c === t.c) === i)
      .slice(0, 5);
    const text = terms.map((t) => `Reporters wrote: ${t.v.term} again, they said.`).join(' ');
    const doc = parse(text);
    const reading = packScanner(testPacks()).read(doc).find((r) => r.pack.id === packId);
    expect(reading).toBeDefined();
    expect(assessPackSide(doc, reading as NonNullable<typeof reading>, []).label).toBe(sideId);
  });

  it('is documented in docs/packs.md as the build writes it (run `npm run build:data` after editing a pack)', () => {
    const docs = readFileSync(new URL('../../docs/packs.md', import.meta.url), 'utf8');
    expect(docs).toBe(renderPackDocs(testPacks()));
  });
});
