/** Specification of the claims detector: one finding per claim, its rule by attribution, and the full finding. */
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { check } from '../detectors/test-helper.js';
import { createClaimsDetector, describeDate, describeQuantity } from './detector.js';
import { createClaimExtractor } from './extract.js';
import { testCheckWorthinessModel, testFeatureContext } from './test-model.js';
import type { DateMention, Quantity } from './types.js';

const model = testCheckWorthinessModel();
const detector = createClaimsDetector(createClaimExtractor({ model, hedges: testFeatureContext().hedges }), model.id);

describe('claims detector', () => {
  it.each<[string, string[]]>([
    ['The council counted 40 trucks.', ['0-30 claims/unattributed: The council counted 40 trucks.']],
    ['Officials said 40 trucks crossed.', ['0-33 claims/anonymous-source: Officials said 40 trucks crossed.']],
    ['The Tavush Council said 40 trucks crossed.', ['0-42 claims/attributed: The Tavush Council said 40 trucks crossed.']],
    ['It was reported that 40 trucks crossed.', ['0-39 claims/unattributed: It was reported that 40 trucks crossed.']],
    ['The road reopened. Hello, the trucks are here!', []],
  ])('%s', (text, expected) => {
    expect(check(detector, text)).toEqual(expected);
  });

  it('reports a claim with its figures, date, source and score, and no technique category', () => {
    const text = 'The road reopened. According to the Tavush Herald, the council counted more than 40 trucks in 1993.';
    expect(detector.detect(parse(text, { pos: true }))).toEqual([
      {
        detector: 'claims',
        rule: 'claims/attributed',
        label: 'Claim (attributed)',
        start: 19,
        end: 99,
        text: 'According to the Tavush Herald, the council counted more than 40 trucks in 1993.',
        reason: 'Check-worthy factual claim (check-worthiness 0.92); figures and dates: more than 40 trucks, 1993; source “Tavush Herald” (“According to”).',
        confidence: 0.92,
        data: {
          checkWorthiness: 0.924,
          basis: ['model', 'numbers', 'dates', 'source'],
          numbers: [{ start: 71, end: 90, text: 'more than 40 trucks', kind: 'count', value: 40, vague: false, bound: 'above', qualifier: 'more than', what: 'trucks' }],
          dates: [{ start: 94, end: 98, text: '1993', kind: 'absolute', date: '1993', precision: 'year' }],
          attribution: { kind: 'named', source: 'Tavush Herald', start: 36, end: 49, text: 'Tavush Herald', cue: 'According to', cueStart: 19, cueEnd: 31 },
          hedged: false,
          hedges: [],
          evidence: ['a quantity (+3.00)', 'word “council” (+1.50)'],
          model: 'check-worthy-test',
        },
      },
    ]);
  });

  it('says when a claim is hedged, and why a low-scored sentence was kept', () => {
    const [finding] = detector.detect(parse('Officials said the trucks may have crossed.', { pos: true }));
    expect(finding?.label).toBe('Claim (unnamed source, hedged)');
    expect(finding?.reason).toBe(
      'Asserts what a source said (check-worthiness 0.12); unnamed source “Officials” (“said”); hedged by “Officials said”, “may”.',
    );
    expect(finding?.confidence).toBe(0.12);
  });

  it('has the rules it emits and honours minConfidence', () => {
    expect(detector.rules()).toEqual(['claims/attributed', 'claims/anonymous-source', 'claims/unattributed']);
    expect(detector.requires).toEqual(['pos']);
    expect(check(detector, 'Officials said 40 trucks crossed. Officials said the road is closed.', { minConfidence: 0.5 })).toEqual([
      '0-33 claims/anonymous-source: Officials said 40 trucks crossed.',
    ]);
  });
});

describe('describeQuantity', () => {
  const q = (fields: Partial<Quantity>): Quantity => ({ start: 0, end: 1, text: 'x', kind: 'count', value: undefined, vague: false, ...fields });
  it.each<[Quantity, string]>([
    [q({ value: 600000, qualifier: 'More than', what: 'villagers' }), 'more than 600,000 villagers'],
    [q({ kind: 'duration', value: 7, unit: 'month' }), '7 months'],
    [q({ kind: 'percent', value: 40, unit: 'percent' }), '40%'],
    [q({ kind: 'money', value: 5200000, unit: 'USD' }), '5,200,000 USD'],
    [q({ kind: 'factor', value: 2, what: 'gas' }), '×2 gas'],
    [q({ text: 'dozens', vague: true, range: { min: 24, max: 100 } }), '“dozens” (vague: 24–100)'],
  ])('%j', (quantity, expected) => expect(describeQuantity(quantity)).toBe(expected));
});

describe('describeDate', () => {
  it.each<[DateMention, string]>([
    [{ start: 0, end: 19, text: 'December 12th, 2022', kind: 'absolute', date: '2022-12-12', precision: 'day' }, '“December 12th, 2022” (2022-12-12)'],
    [{ start: 0, end: 4, text: '1993', kind: 'absolute', date: '1993', precision: 'year' }, '1993'],
    [{ start: 0, end: 9, text: 'last year', kind: 'relative' }, '“last year” (relative)'],
    [{ start: 0, end: 9, text: 'last year', kind: 'relative', date: '2022', precision: 'year' }, '“last year” (relative: 2022)'],
    [{ start: 0, end: 14, text: 'in recent days', kind: 'vague' }, '“in recent days” (vague time)'],
  ])('%j', (date, expected) => expect(describeDate(date)).toBe(expected));
});
