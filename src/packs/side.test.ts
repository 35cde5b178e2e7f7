/** Specification of the side reading: the scoring against hand-computed values, the units, the example corpus and the seeds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentSignal } from '../core/signal.js';
import { createNameCallingDetector } from '../detectors/name-calling/index.js';
import { testLexicon } from '../detectors/test-helper.js';
import { parse } from '../nlp/parse.js';
import { packScanner } from './scan.js';
import { assessPackSide, createSideAssessor, scoreSides, sideTotals, sideUnits, type SideUnit } from './side.js';
import { testPack, testPacks } from './test-helper.js';

const nameCalling = createNameCallingDetector({ lexicon: testLexicon('name-calling') });
const assessor = createSideAssessor(testPacks());

/** The side signals of a text, with the name-calling findings the pipeline would pass. */
function signals(text: string): DocumentSignal[] {
  const doc = parse(text);
  return [assessor.assess(doc, nameCalling.detect(doc)) ?? []].flat();
}

describe('scoreSides', () => {
  // strength = 1 − exp(−total/2); a side scores strength × share, mixed strength × (1 − (p1 − p2)), neutral 1 − strength.
  it.each<[string, string[], Record<string, number>, string, number, Record<string, number>]>([
    ['one side only, 4 in all: strength 1 − e⁻² = 0.8647', ['a', 'b'], { a: 4 }, 'a', 0.865, { neutral: 0.135, mixed: 0, a: 0.865, b: 0 }],
    ['2 against 1.5: strength 1 − e^−1.75 = 0.8262, mixed 0.8262 × (1 − 1/7)', ['a', 'b'], { a: 2, b: 1.5 }, 'mixed', 0.708, { neutral: 0.174, mixed: 0.708, a: 0.472, b: 0.354 }],
    ['too little: 0.5 gives strength 1 − e^−0.25 = 0.2212', ['a', 'b'], { a: 0.5 }, 'neutral', 0.779, { neutral: 0.779, mixed: 0, a: 0.221, b: 0 }],
    ['nothing at all', ['a', 'b'], {}, 'neutral', 1, { neutral: 1, mixed: 0, a: 0, b: 0 }],
    ['three sides, two even', ['a', 'b', 'c'], { a: 2, b: 2 }, 'mixed', 0.865, { neutral: 0.135, mixed: 0.865, a: 0.432, b: 0.432, c: 0 }],
  ])('%s', (_name, sides, totals, label, score, all) => {
    const r = scoreSides(sides, totals);
    expect([r.label, r.score]).toEqual([label, score]);
    expect(Object.fromEntries(r.scores.map((s) => [s.label, s.score]))).toEqual(all);
    expect(r.scores.map((s) => s.score)).toEqual([...r.scores.map((s) => s.score)].sort((x, y) => y - x));
  });
});

describe('sideTotals', () => {
  it('counts a concept’s strongest weight, and repetitions with diminishing returns: 0.8 × (1 + 0.5 ln 3) + 0.5', () => {
    const units: SideUnit[] = [
      { side: 'a', key: 'concept:x', weight: 0.8, count: 3, text: 'x' },
      { side: 'a', key: 'concept:y', weight: 0.5, count: 1, text: 'y' },
      { side: 'b', key: 'attack:z', weight: 0.3, count: 1, text: 'z' },
    ];
    expect(sideTotals(units)).toEqual({ a: 1.739, b: 0.3 });
  });
});

describe('sideUnits', () => {
  const kell = testPack('fictional-kell-valley');
  const unitsOf = (text: string): string[] => {
    const doc = parse(text);
    const reading = packScanner(testPacks()).read(doc).find((r) => r.pack === kell);
    if (reading === undefined) throw new Error('no reading');
    return sideUnits(doc, reading, nameCalling.detect(doc)).map((u) => `${u.side} ${u.key} ${Math.round(u.weight * 100) / 100} ×${u.count}`);
  };

  it('counts used terms for their side, quoted ones at half, scare-quoted ones at half for the other side, attributed ones not at all', () => {
    expect(unitsOf('The siege of Kelhara goes on. Ostrel calls it a “checkpoint”; its “customs controls” are a lie. Ostrel calls the valley Upper Kellmark. “End the blockade,” a nurse said.')).toEqual([
      'lusovia concept:closure 0.8 ×2',
      'lusovia concept:region-name 0.9 ×1',
      'lusovia mention:closure 0.35 ×1',
    ]);
  });

  it('counts name calling aimed at an actor of a side for the other side, and a label that is itself a pack term only once', () => {
    expect(unitsOf('Verel’s thugs hold Tavrensk. The terrorists of Kelhara fled, says Ostrel.')).toEqual([
      'dravenia concept:main-town 0.8 ×1',
      'dravenia concept:fighters 0.8 ×1',
      'lusovia concept:region-name 0.9 ×1',
      'lusovia attack:Anton Verel 0.43 ×1',
    ]);
  });
});

describe('side assessor', () => {
  it('gives no reading for a text about no pack’s conflict', () => {
    expect(assessor.assess(parse('The parking space was occupied all day.'), [])).toBeUndefined();
  });

  it('reads a text in one side’s vocabulary as that side, with the evidence per side', () => {
    const [signal] = signals('The siege of Kelhara is in its seventh month. The occupiers in Ostrel keep the lifeline corridor shut and call their settlers returnees.');
    expect(signal?.id).toBe('side:fictional-kell-valley');
    // 0.9 + 0.8 + 0.8 + 0.8 + 0.7 = 4.0; strength 1 − e⁻² = 0.865; "returnees" is what Ostrel is said to call them.
    expect(signal?.labels).toEqual([{ label: 'lusovia', score: 0.865 }]);
    expect(signal?.evidence).toEqual([
      'lusovia: the Lusovian side’s vocabulary holds 100% of the side-marking weight (dravenia 0.00, lusovia 4.00), from 5 concepts and targets',
      'lusovia usage: “Kelhara”, “siege”, “occupiers”, “lifeline corridor”, “settlers”',
      '1 side-marking term attributed to others (“which … calls …”), not counted',
    ]);
  });

  // The example corpus is slant's own invented writing (examples/); the front matter is left out as `slant add` does.
  const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
  it.each([
    ['dravenia-herald-reunification.md', 'dravenia'],
    ['dravenia-patriot-lies.md', 'dravenia'],
    ['lusovia-voice-siege.md', 'lusovia'],
    ['lusovia-tribune-silence.md', 'lusovia'],
    ['wire-convoy-talks.md', 'neutral'],
    ['wire-valley-census.md', 'neutral'],
  ])('reads examples/%s as %s', (file, side) => {
    const text = readFileSync(`${EXAMPLES}${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const found = signals(text);
    expect(found.map((s) => s.id)).toEqual(['side:fictional-kell-valley']);
    expect(found[0]?.labels[0]?.label).toBe(side);
  });
});

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(seeds.length < 2)('the seed articles (skipped: needs ../shared/seeds)', () => {
  const read = (prefix: string): ReturnType<typeof assessPackSide> => {
    const file = seeds.find((f) => f.startsWith(prefix)) as string;
    const doc = parse(readFileSync(`${SEEDS}${file}`, 'utf8'));
    const readings = packScanner(testPacks()).read(doc);
    expect(readings.filter((r) => r.relevant).map((r) => r.pack.id)).toEqual(['karabakh']);
    return assessPackSide(doc, readings.find((r) => r.pack.id === 'karabakh') as (typeof readings)[number], nameCalling.detect(doc));
  };

  it('reads 000 as taking the Azerbaijani side, from its occupation, liberation, place and memory terms and a label aimed at Armenia’s leader', () => {
    const a = read('000');
    expect(a.label).toBe('azerbaijan');
    expect(a.score).toBeGreaterThan(0.8);
    const evidence = a.evidence.join('\n');
    for (const term of ['“occupied territories”', '“liberated territories”', '“Armenian occupation”', '“Shusha”', '“Khojaly”', '“Pashinyan regime” (at Nikol Pashinyan)']) expect(evidence).toContain(term);
    expect(a.totals.armenia ?? 0).toBe(0);
  });

  it('reads 003 as taking the Armenian side, from its name for the region, the blockade, the corridor and the people, and a scare-quoted Azerbaijani term', () => {
    const a = read('003');
    expect(a.label).toBe('armenia');
    expect(a.score).toBeGreaterThan(0.8);
    const evidence = a.evidence.join('\n');
    for (const term of ['“Artsakh”', '“blockade”', '“Lachin Corridor”', '“Armenians of Karabakh”', 'scare-quoted terms of the other side count for armenia: “eco-activists”']) expect(evidence).toContain(term);
    expect(a.totals.azerbaijan ?? 0).toBe(0);
  });
});
