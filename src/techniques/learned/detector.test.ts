import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings, type Finding } from '../../core/finding.js';
import { createDefaultDetectors } from '../../detectors/index.js';
import { testLexicons } from '../../detectors/test-helper.js';
import { parse } from '../../nlp/parse.js';
import { createTechniquesDetector } from './detector.js';
import { createLearnedTechniqueModel } from './learned-model.js';
import { testWeightsJson } from './test-weights.js';
import { parseTechniqueWeights } from './weights.js';

const model = createLearnedTechniqueModel(parseTechniqueWeights(testWeightsJson()), createDefaultDetectors(testLexicons()));
const detector = createTechniquesDetector(model);
const CATEGORIES = new Set(['attack-on-reputation', 'justification', 'simplification', 'distraction', 'call', 'manipulative-wording']);

function expectContract(text: string, findings: readonly Finding[]): void {
  const rules = new Set(detector.rules());
  for (const f of findings) {
    expect(f.detector).toBe('techniques');
    expect(rules.has(f.rule)).toBe(true);
    expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.confidence >= 0 && f.confidence <= 1).toBe(true);
    expect(CATEGORIES.has(f.category ?? '')).toBe(true);
  }
  for (let i = 1; i < findings.length; i += 1) expect(compareFindings(findings[i - 1] as Finding, findings[i] as Finding)).toBeLessThanOrEqual(0);
}

describe('techniques detector', () => {
  it('reports each span as a finding with technique, category, confidence and evidence', () => {
    const text = 'The barbaric attack was planned by thugs.';
    const findings = detector.detect(parse(text, { pos: true }));
    expect(findings.map((f) => `${f.start}-${f.end} ${f.rule} ${f.category}: ${f.text}`)).toEqual([
      '4-12 techniques/Loaded_Language manipulative-wording: barbaric',
      '35-40 techniques/Name_Calling,Labeling attack-on-reputation: thugs',
    ]);
    const [first] = findings;
    expect(first?.label).toBe('Loaded language');
    expect(first?.confidence).toBe(0.88);
    expect(first?.data).toMatchObject({ technique: 'Loaded_Language', model: 'learned-test' });
    expect((first?.data?.evidence as string[])[0]).toBe('word “barbaric” (+7.00)');
    expect(first?.reason).toMatch(/^“barbaric” reads as loaded language to the technique model/);
  });

  it('gives nothing for empty or blank text, and honours minConfidence', () => {
    expect(detector.detect(parse(''))).toEqual([]);
    expect(detector.detect(parse(' \n\t\u00a0 '))).toEqual([]);
    const doc = parse('Barbaric thugs, utterly barbaric thugs!', { pos: true });
    const all = detector.detect(doc);
    expect(all.length).toBeGreaterThan(0);
    expect(detector.detect(doc, { minConfidence: 0.95 })).toEqual(all.filter((f) => f.confidence >= 0.95));
  });

  it('is deterministic and keeps every invariant on random text', () => {
    const pool = ['barbaric', 'thugs', 'utterly', 'the', 'They', 'lie', '!', '?', '.', '“', '”', '😀', 'Ереван', '\n\n', 'so-called', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        const findings = detector.detect(parse(text, { pos: true }));
        expectContract(text, findings);
        expect(detector.detect(parse(text))).toEqual(findings);
      }),
      { numRuns: 100 },
    );
  });

  it('declares what it needs and the rules it can emit', () => {
    expect(detector.requires).toEqual(['pos']);
    expect(detector.rules()).toHaveLength(14);
    expect(detector.version).toMatch(/^\d+\.\d+\.\d+\+learned-test$/);
  });
});
