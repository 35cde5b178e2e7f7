/** The default detectors on the two seed articles (read from ../shared/seeds, never copied into the repo). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../nlp/parse.js';
import { createDefaultDetectors, runDetectors } from './index.js';
import { testLexicons } from './test-helper.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const files = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(files.length === 0)('seed articles (skipped: needs ../shared/seeds)', () => {
  const detectors = createDefaultDetectors(testLexicons());
  const results = files.map((file) => {
    const text = readFileSync(`${SEEDS}${file}`, 'utf8');
    return { file, findings: runDetectors(parse(text, { pos: true }), detectors) };
  });

  it('has both seeds', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(results.map((r) => [r.file, r] as const))('%s has name-calling, scare-quotes and loaded-language findings', (_file, { findings }) => {
    const detectorsFound = new Set(findings.map((f) => f.detector));
    expect(detectorsFound).toContain('name-calling');
    expect(detectorsFound).toContain('scare-quotes');
    expect(detectorsFound).toContain('loaded-language');
  });

  it('finds the patterns the seeds are known for: a regime label, a so-called, an anaphora run and quoted terms', () => {
    const rules = new Set(results.flatMap((r) => r.findings.map((f) => f.rule)));
    for (const rule of ['name-calling/regime', 'scare-quotes/so-called', 'scare-quotes/quoted-term', 'repetition/anaphora', 'punctuation-rhetoric/rhetorical-question']) {
      expect(rules, rule).toContain(rule);
    }
  });

  it('finds the technique cues a careful reader finds there: flag waving, a double-standard contrast, doubt and attacks on trust, association with despots', () => {
    const rules = new Set(results.flatMap((r) => r.findings.map((f) => f.rule)));
    for (const rule of [
      'technique-cues/Flag_Waving/eternal-claim',
      'technique-cues/Appeal_to_Hypocrisy/parallel-contrast',
      'technique-cues/Whataboutism/unequal-treatment-question',
      'technique-cues/Doubt/doubt-before-quote',
      'technique-cues/Questioning_the_Reputation/cannot-be-trusted',
      'technique-cues/Guilt_by_Association/akin-to-others',
      'technique-cues/Appeal_to_Time/must-now',
    ]) {
      expect(rules, rule).toContain(rule);
    }
  });

  it('stays readable: fewer than 100 findings per 1,000 words on each seed', () => {
    for (const { file, findings } of results) {
      const words = parse(readFileSync(`${SEEDS}${file}`, 'utf8')).wordCount;
      expect(findings.length / (words / 1000), file).toBeLessThan(100);
    }
  });
});
