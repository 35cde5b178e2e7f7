/** Specification of the terminology detector: which terms fire, on which side, how they are used, and only for relevant packs. */
import { describe, expect, it } from 'vitest';
import { check } from '../detectors/test-helper.js';
import { parse } from '../nlp/parse.js';
import { createTerminologyDetector, NEUTRAL_CONFIDENCE } from './detector.js';
import { testPacks } from './test-helper.js';

const detector = createTerminologyDetector(testPacks());
const KELL = 'terminology/fictional-kell-valley';

describe('terminology detector', () => {
  it.each<[string, string, string[]]>([
    [
      'each side’s names, and the neutral ones at low confidence',
      'Ostrel calls it Upper Kellmark. Marrak says Kelhara. The Kell Valley waits. Tavrensk is cold.',
      [
        `16-30 ${KELL}/region-name/upper-kellmark: Upper Kellmark`,
        `44-51 ${KELL}/region-name/kelhara: Kelhara`,
        `57-68 ${KELL}/region-name/kell-valley: Kell Valley`,
        `76-84 ${KELL}/main-town/tavrensk: Tavrensk`,
      ],
    ],
    [
      'inflected and hyphenated forms',
      'Ostrel blockaded Kelhara; the Lusovian press wrote of the siege and of Senna Pass-road convoys to Tavrensk.',
      [
        `7-16 ${KELL}/closure/blockade: blockaded`,
        `17-24 ${KELL}/region-name/kelhara: Kelhara`,
        `58-63 ${KELL}/closure/siege: siege`,
        `71-86 ${KELL}/road/senna-pass-road: Senna Pass-road`,
        `98-106 ${KELL}/main-town/tavrensk: Tavrensk`,
      ],
    ],
    [
      '"occupied" only about a territory of the pack',
      'In Marrak every seat was occupied. Lusovia says occupied Kelhara is hungry, and Tavrensk too.',
      [`48-56 ${KELL}/takeover/occupied: occupied`, `57-64 ${KELL}/region-name/kelhara: Kelhara`, `80-88 ${KELL}/main-town/tavrensk: Tavrensk`],
    ],
    ['no pack for an occupied parking space', 'The parking space was occupied. The seat was occupied too. The room was liberated from clutter.', []],
    ['no pack for a conflict named once in passing', 'Unlike Karabakh, the parking space was occupied all day by a van from Leeds.', []],
  ])('%s', (_name, text, expected) => {
    expect(check(detector, text)).toEqual(expected);
  });

  it('says whose usage a term is, the neutral form and the source, in the reason and in data', () => {
    const text = 'Ostrel shut the road. Kelhara is starving, and Marrak’s papers print it.';
    const findings = detector.detect(parse(text));
    const kelhara = findings.find((f) => f.text === 'Kelhara');
    expect(kelhara).toEqual({
      detector: 'terminology',
      rule: `${KELL}/region-name/kelhara`,
      label: 'Side-marking term',
      start: 22,
      end: 29,
      text: 'Kelhara',
      reason: '“Kelhara” is the Lusovian side\'s usage for the disputed region; neutral usage: “the Kell Valley” (source: the example corpus\'s vocabulary table).',
      confidence: 0.9,
      data: { pack: 'fictional-kell-valley', concept: 'region-name', side: 'lusovia', neutral: 'the Kell Valley', weight: 0.9, use: 'used', term: 'Kelhara', source: 'examples-readme' },
    });
    expect(findings.find((f) => f.text === 'starving')?.data).toMatchObject({ side: 'lusovia', concept: 'closure' });
  });

  it('says what a context rule found: the place a term is about, the people it is said of', () => {
    const text = 'Marrak mourns. In occupied Kelhara, Lusovian doctors count the dead of Tavrensk.';
    const occupied = detector.detect(parse(text)).find((f) => f.text === 'occupied');
    expect(occupied?.reason).toBe('“occupied”, about “Kelhara”, is the Lusovian side\'s usage for the March 2023 takeover of the valley; neutral usage: “Dravenian forces took control” (source: the example corpus\'s vocabulary table).');
    expect(occupied?.data).toMatchObject({ context: 'territory', about: 'Kelhara' });
  });

  it('keeps scare-quoted, quoted and attributed terms at a lower confidence and says so', () => {
    const text = 'Dravenian papers mock the “siege” of Tavren. “Lift the blockade,” Marrak said. The valley, which Lusovia calls Kelhara, waits.';
    const byText = new Map(detector.detect(parse(text)).map((f) => [f.text, f]));
    expect(byText.get('siege')).toMatchObject({ confidence: 0.4, data: { use: 'mention', side: 'lusovia' } });
    expect(byText.get('siege')?.reason).toContain('scare quotes');
    expect(byText.get('blockade')).toMatchObject({ confidence: 0.4, data: { use: 'quoted' } });
    expect(byText.get('Kelhara')).toMatchObject({ confidence: 0.23, data: { use: 'attributed' } });
  });

  it('reports neutral terms at the neutral confidence, so --min-confidence can hide them', () => {
    const doc = parse('Dravenian forces took control of the Kell Valley; Lusovia objected; Tavren is quiet.');
    const all = detector.detect(doc);
    expect(all.map((f) => [f.text, f.label, f.confidence])).toEqual([
      ['Dravenian forces', 'Neutral term', NEUTRAL_CONFIDENCE],
      ['took control', 'Neutral term', NEUTRAL_CONFIDENCE],
      ['Kell Valley', 'Neutral term', NEUTRAL_CONFIDENCE],
      ['Tavren', 'Neutral term', NEUTRAL_CONFIDENCE],
    ]);
    expect(detector.detect(doc, { minConfidence: 0.2 })).toEqual([]);
  });

  it('lists a rule for every variant of every pack, and changes version with the packs', () => {
    const variants = testPacks().reduce((n, p) => n + p.concepts.reduce((m, c) => m + c.variants.length, 0), 0);
    expect(detector.rules().length).toBe(variants);
    expect(createTerminologyDetector(testPacks().slice(1)).version).not.toBe(detector.version);
  });
});
