/** Specification of the actors detector: one finding per portrayed actor, its role, evidence and data; neutral actors only when central. */
import { describe, expect, it } from 'vitest';
import { check, testLexicons } from '../detectors/test-helper.js';
import { parse } from '../nlp/parse.js';
import { createActorsDetector } from './detector.js';
import { loadEntityRoleModel } from './model.js';

const detector = createActorsDetector({ model: null, lexicons: testLexicons(), valence: () => 0 });

describe('actors detector (rules only)', () => {
  it('reports an actor with its portrayal, role and evidence (full finding)', () => {
    const [finding] = detector.detect(parse('Dorin Kast, the longtime autocrat, remains ruthless.', { pos: true }));
    // Evidence 0.7 (autocrat) + 0.8 (ruthless) = 1.5, all antagonist: score 1 × 1.5 / (1.5 + 0.5) = 0.75.
    expect(finding).toEqual({
      detector: 'actors',
      rule: 'actors/antagonist',
      label: 'Antagonist: Dorin Kast',
      start: 0,
      end: 10,
      text: 'Dorin Kast',
      reason: 'Dorin Kast (person, named 1 time) is cast as antagonist: “autocrat” (apposition, negative); “ruthless” (predicate, negative).',
      confidence: 0.75,
      data: {
        actor: 'Dorin Kast',
        key: 'person:dorin kast',
        surname: 'kast',
        kind: 'person',
        aliases: [],
        mentions: [{ start: 0, end: 10 }],
        portrayal: [
          { text: 'autocrat', start: 25, end: 33, polarity: 'negative', how: 'apposition', weight: 0.7, source: 'name-calling', negated: false, quoted: false },
          { text: 'ruthless', start: 43, end: 51, polarity: 'negative', how: 'predicate', weight: 0.8, source: 'loaded-language', negated: false, quoted: false },
        ],
        agentOfHarm: [],
        patientOfHarm: [],
        agentOfHelp: [],
        source: false,
        role: 'antagonist',
        roleScore: 0.75,
        ruleEvidence: { antagonist: 1.5, protagonist: 0, innocent: 0 },
        evidence: ['“autocrat” (apposition, negative)', '“ruthless” (predicate, negative)'],
      },
    });
  });

  it.each<[string, string, string[]]>([
    [
      'victims and perpetrators of a passive',
      'Norwegian civilians were killed by Danish troops.',
      ['0-19 actors/innocent: Norwegian civilians', '35-48 actors/antagonist: Danish troops'],
    ],
    ['praise', 'We admire the heroism of Danish soldiers.', ['25-40 actors/protagonist: Danish soldiers']],
    ['a name once, with nothing said of it: nothing', 'Norway signed the paper.', []],
    ['a name three times, with nothing said of it: neutral', 'Norway signed. Norway waited. Then Norway left.', ['0-6 actors/neutral: Norway']],
    ['an international body once, with nothing said of it: neutral', 'Norway wrote to the U.N. Security Council.', ['20-41 actors/neutral: U.N. Security Council']],
    ['an organisation the rules found, once: nothing', 'Norway wrote to the Tessa Council.', []],
    ['the finding sits on the most evaluative mention', 'Dorin Kast spoke. Later Kast remained ruthless.', ['24-28 actors/antagonist: Kast']],
  ])('%s', (_name, text, expected) => {
    expect(check(detector, text)).toEqual(expected);
  });

  it('reparses a document handed without POS tags', () => {
    const text = 'Norwegian civilians were killed by Danish troops.';
    expect(detector.detect(parse(text))).toEqual(detector.detect(parse(text, { pos: true })));
  });

  it('marks an international body in its data', () => {
    const [finding] = detector.detect(parse('The ICRC left.', { pos: true }));
    expect(finding?.data).toMatchObject({ actor: 'International Committee of the Red Cross', kind: 'organisation', international: true, role: 'neutral' });
  });

  it('names the gazetteer side of an actor and of the groups of its state', () => {
    const withPack = createActorsDetector({ model: null, lexicons: testLexicons(), valence: () => 0, gazetteer: [{ name: 'Norway', kind: 'state', aliases: [], side: 'north' }] });
    const findings = withPack.detect(parse('Norwegian civilians were killed.', { pos: true }));
    expect(findings.map((f) => `${f.data?.actor as string} ${f.data?.side as string}`)).toEqual(['Norwegian civilians north']);
  });
});

const model = loadEntityRoleModel();
describe.skipIf(model === undefined)('actors detector with the shipped role model (skipped: models/entity-roles.json.gz absent)', () => {
  const learned = createActorsDetector({ lexicons: testLexicons() });

  it('keeps the rules’ clear cases and adds the model’s probabilities and evidence', () => {
    const findings = learned.detect(parse('Dorin Kast, the longtime autocrat, remains dishonest and ruthless. Norwegian civilians were killed by Danish troops.', { pos: true }));
    expect(findings.map((f) => `${f.rule}: ${f.text}`)).toEqual(['actors/antagonist: Dorin Kast', 'actors/innocent: Norwegian civilians', 'actors/antagonist: Danish troops']);
    for (const f of findings) {
      const p = f.data?.modelProbabilities as { protagonist: number; antagonist: number; innocent: number };
      expect(p.protagonist + p.antagonist + p.innocent).toBeCloseTo(1, 1);
      expect((f.data?.evidence as string[]).some((e) => e.startsWith('model: '))).toBe(true);
    }
  });

  it('leaves an actor without cues neutral, whatever the model would say', () => {
    expect(check(learned, 'Norway signed. Norway waited. Then Norway left.')).toEqual(['0-6 actors/neutral: Norway']);
  });
});
