/** The detector contract, checked for every rule detector, the technique model's and the lens detectors: offsets, order, rules, determinism, no throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings, type Finding } from '../../src/core/finding.js';
import { createDefaultDetectors, RULE_DETECTOR_IDS, ruleLexicons, runDetectors } from '../../src/detectors/index.js';
import type { Detector } from '../../src/detectors/detector.js';
import { testLexicons } from '../../src/detectors/test-helper.js';
import { parse } from '../../src/nlp/parse.js';
import { ASSESSOR_IDS, createAssessors, createLensDetectors, LENS_DETECTOR_IDS } from '../../src/lens/index.js';
import { createTechniquesDetector, loadLearnedTechniqueModel } from '../../src/techniques/learned/index.js';

/** The committed technique model: shipped in models/, so its absence is a failure, not a skip. */
function techniqueModel(): NonNullable<ReturnType<typeof loadLearnedTechniqueModel>> {
  const model = loadLearnedTechniqueModel();
  if (model === undefined) throw new Error('models/techniques.json.gz is missing: retrain with `npm run train`');
  return model;
}

const detectors = [...createDefaultDetectors(testLexicons()), createTechniquesDetector(techniqueModel()), ...createLensDetectors()];

/** SemEval-2023 Task 3 categories; a finding that is not a technique has none. */
const CATEGORIES = new Set(['attack-on-reputation', 'justification', 'simplification', 'distraction', 'call', 'manipulative-wording']);

/** A text written to break offsets: odd spaces, emoji sequences, quotes of every kind, scripts, caps. */
const NASTY = [
  'BREAKING:\u00a0The SO-CALLED “peacekeepers” can’t stop the BARBARIC war\u2009— again!!',
  'The U.S. envoy said: “We will never surrender!” See https://example.org/a-b?x=1&y=“2” now.',
  'Flags 🇦🇲🇦🇿 and families 👨‍👩‍👧‍👦 and hands 👋🏽 sit\u3000between words; so‑called (non-breaking hyphen) and so–called.',
  'Ереван и Баку — «так называемые» переговоры. Հայաստան՝ «խաղաղություն»։ Nagorno-Karabakh, Nagorno Karabakh.',
  '"Straight quotes" and \'single ones\' and ‘curly singles’ and an unclosed “quote that runs on',
  '',
  'Isn’t it obvious?! Who benefits? They lie. They lie about the road. They lie about the numbers… As if… As if… As if…',
  "Putin's cronies, the Aliyev regime, self-styled experts, the supposed victims, ALL 27 members, not all.\r\nTabs\there.",
  '\u200b\u200dzero-width\ufeff and combining e\u0301 marks, 𝒎𝒂𝒕𝒉 letters, and a lone surrogate-free end.',
  'Freedonia\u00a0was, is and will always be “ours”! What\u2009about the 🇦🇲 border? Either we hold it or we lose it —\u00a0end of story.',
].join('\n\n');

/** A deterministic 5,000-word text from a pool of lexicon words, function words and punctuation. */
function generated(words: number): string {
  const pool = [
    'the', 'regime', 'so-called', 'experts', 'barbaric', 'slaughtered', 'they', 'lie', 'always', 'never', 'all', 'some', 'say',
    'perhaps', '“peacekeepers”', 'is', 'occupied', 'warmonger', 'Aliyev', 'Pashinyan', 'of', 'and', 'a', 'U.S.', 'can’t',
    '🇦🇲', 'Ереван', 'utterly', 'thugs', 'cronies', "Putin's", 'self-declared', 'heroic', 'As', 'if', 'massacre',
  ];
  const ends = ['.', '!', '?', ',', '', '', '', '', '…', ';'];
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) {
    const word = pool[next(pool.length)] ?? 'the';
    const end = ends[next(ends.length)] ?? '';
    out.push(word + end + (next(40) === 0 ? '\n\n' : ''));
  }
  return out.join(' ');
}

const LONG = generated(5000);

/** Every invariant of the contract for one detector's output on one text. */
function expectContract(detector: Detector, text: string, findings: readonly Finding[]): void {
  const rules = new Set(detector.rules());
  for (const f of findings) {
    expect(f.detector).toBe(detector.id);
    expect(rules.has(f.rule), `${f.rule} is not in rules()`).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(f.label.length).toBeGreaterThan(0);
    expect(f.reason.length).toBeGreaterThan(0);
    if (f.category !== undefined) expect(CATEGORIES.has(f.category), `${f.category} is not a SemEval-2023 category`).toBe(true);
  }
  for (let i = 1; i < findings.length; i += 1) {
    expect(compareFindings(findings[i - 1] as Finding, findings[i] as Finding)).toBeLessThanOrEqual(0);
  }
}

describe('default detectors', () => {
  it('the lens builds what its id lists name, in that order, and only what is asked for', () => {
    expect(createLensDetectors().map((d) => d.id)).toEqual([...LENS_DETECTOR_IDS]);
    expect(createAssessors().map((a) => a.id)).toEqual([...ASSESSOR_IDS]);
    expect(createLensDetectors({ only: new Set(['terminology']) }).map((d) => d.id)).toEqual(['terminology']);
    expect(createAssessors({ only: new Set(['frames', 'side']) }).map((a) => a.id)).toEqual(['side', 'frames']);
  });

  it('read only the lexicons RULE_LEXICONS names (the technique weights hash exactly those)', () => {
    expect(createDefaultDetectors(ruleLexicons(testLexicons())).map((d) => d.id)).toEqual(createDefaultDetectors(testLexicons()).map((d) => d.id));
    expect(createDefaultDetectors(testLexicons()).map((d) => d.id)).toEqual([...RULE_DETECTOR_IDS]);
  });

  it('come in a fixed order, the rule detectors, the model, the lens, with distinct ids, a description and a version', () => {
    expect(detectors.map((d) => d.id)).toEqual([
      'loaded-language', 'name-calling', 'scare-quotes', 'intensifiers', 'hedges-weasels', 'punctuation-rhetoric', 'repetition', 'technique-cues',
      'techniques', 'terminology', 'claims', 'actors', 'sentence-signals',
    ]);
    for (const d of detectors) {
      expect(d.description.length).toBeGreaterThan(10);
      expect(d.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(new Set(d.rules()).size).toBe(d.rules().length);
      for (const rule of d.rules()) expect(rule.startsWith(`${d.id}/`)).toBe(true);
    }
  });
});

describe.each(detectors.map((d) => [d.id, d] as const))('contract: %s', (_id, detector) => {
  it.each([
    ['empty text', ''],
    ['whitespace only', ' \n\t\u00a0\u2009\u3000 \r\n '],
  ])('gives nothing for %s', (_name, text) => {
    expect(detector.detect(parse(text))).toEqual([]);
    expect(detector.detect(parse(text, { pos: true }))).toEqual([]);
  });

  it.each([
    ['the nasty fixture', NASTY],
    ['a 5,000-word generated text', LONG],
  ])('keeps every invariant on %s, with and without POS tags', (_name, text) => {
    for (const pos of [false, true]) {
      const findings = detector.detect(parse(text, { pos }));
      expectContract(detector, text, findings);
    }
  });

  it('finds something on the nasty fixture and the long text (the invariants are not vacuous)', () => {
    expect(detector.detect(parse(NASTY, { pos: true })).length + detector.detect(parse(LONG, { pos: true })).length).toBeGreaterThan(0);
  });

  it('gives the same output twice, and for a fresh parse of the same text', () => {
    const doc = parse(NASTY, { pos: true });
    const first = detector.detect(doc);
    expect(detector.detect(doc)).toEqual(first);
    expect(detector.detect(parse(NASTY, { pos: true }))).toEqual(first);
  });

  it('honours minConfidence', () => {
    const doc = parse(LONG, { pos: true });
    const all = detector.detect(doc);
    const kept = detector.detect(doc, { minConfidence: 0.5 });
    expect(kept).toEqual(all.filter((f) => f.confidence >= 0.5));
  });

  it('keeps every invariant on random text (fast-check)', () => {
    const pool = [
      'so', '-', 'called', 'so-called', '“', '”', '"', '‘', '’', "'", '!', '?', '.', '…', ',', ':', 'regime', 'the', 'Aliyev',
      'barbaric', 'They', 'lie', 'all', '27', 'never', 'perhaps', 'Some', 'say', '🇦🇲', '👨‍👩‍👧', 'U.S.', 'Ереван', 'Երևան',
      'can’t', 'How', 'about', 'Isn’t', 'it', 'thugs', "Putin's", 'cronies', 'As', 'if', '\u00a0', '\n', '\n\n', 'https://x.org/a',
    ];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(' ', '', ' ', '\u2009')), { maxLength: 80 })
      .map((parts) => parts.map(([w, gap]) => w + gap).join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (input, pos) => {
        expectContract(detector, input, detector.detect(parse(input, { pos })));
      }),
      { numRuns: 150 },
    );
  });
});

describe('runDetectors', () => {
  it('concatenates, sorts and filters by minConfidence', () => {
    const doc = parse(NASTY, { pos: true });
    const all = runDetectors(doc, detectors);
    const some = runDetectors(doc, detectors, { minConfidence: 0.6 });
    expect(new Set(all.map((f) => f.detector)).size).toBeGreaterThanOrEqual(5);
    expect([...all].sort(compareFindings)).toEqual(all);
    expect(some).toEqual(all.filter((f) => f.confidence >= 0.6));
    expect(runDetectors(parse(''), detectors)).toEqual([]);
  });
});
