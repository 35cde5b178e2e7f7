/** Checks of entity-roles training on a small synthetic dataset in the SemEval-2025 format: files, baselines, determinism. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseEntityRoleWeights } from '../actors/model.js';
import { testLexicons } from '../detectors/test-helper.js';
import { trainEntityRoles } from './entity-roles.js';

/** 18 documents, each with an Antagonist, an Innocent and (every third) a Protagonist, written from templates. */
function writeSynthetic(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slant-roles-'));
  const base = join(dir, 'semeval2025-task10-en');
  mkdirSync(join(base, 'raw-documents'), { recursive: true });
  const rows: string[] = [];
  const pairs = [['Danish', 'Norwegian'], ['Swedish', 'Finnish'], ['Polish', 'Czech']];
  for (let i = 0; i < 18; i += 1) {
    const [a, v] = pairs[i % 3] as [string, string];
    const name = `EN_UA_${100 + i}.txt`;
    let text = `Report ${i}\n\n${v} civilians were killed by ${a} troops near the river.`;
    rows.push(`${name}\t${v} civilians\t${text.indexOf(v)}\t${text.indexOf(v) + v.length + 10 - 1}\tInnocent\tVictim`);
    const troops = text.indexOf(`${a} troops`);
    rows.push(`${name}\t${a} troops\t${troops}\t${troops + a.length + 7 - 1}\tAntagonist\tAggressor`);
    if (i % 3 === 0) {
      text += ' Dorin Kast, a brave doctor, rescued the wounded.';
      const kast = text.indexOf('Dorin Kast');
      rows.push(`${name}\tDorin Kast\t${kast}\t${kast + 9}\tProtagonist\tGuardian`);
    }
    writeFileSync(join(base, 'raw-documents', name), text);
  }
  writeFileSync(join(base, 'subtask-1-annotations.txt'), `${rows.join('\n')}\n`);
  return dir;
}

describe('trainEntityRoles', () => {
  it('writes weights and card, scores the baselines, and gives the same bytes twice', () => {
    const dataDir = writeSynthetic();
    const run = (): { report: ReturnType<typeof trainEntityRoles>; bytes: Buffer; card: string } => {
      const outDir = mkdtempSync(join(tmpdir(), 'slant-roles-out-'));
      const report = trainEntityRoles({ dataDir, outDir, folds: 3, seed: 1, log: () => {}, lexicons: testLexicons() });
      return { report, bytes: readFileSync(join(outDir, 'entity-roles.json.gz')), card: readFileSync(join(outDir, 'entity-roles.md'), 'utf8') };
    };
    const first = run();
    const r = first.report;
    expect(r.documents).toBe(18);
    expect(r.mentions).toBe(42);
    // 18 Antagonist of 42: always answering Antagonist is right 18 / 42 times.
    expect(r.majority.accuracy).toBeCloseTo(18 / 42, 6);
    expect(r.nested.perFold).toHaveLength(3);
    expect(r.nested.score.accuracy).toBeGreaterThan(0.9);
    const model = parseEntityRoleWeights(JSON.parse(gunzipSync(first.bytes).toString('utf8')));
    expect(model.id).toBe(r.weights.id);
    expect(first.card).toContain('# Model card: entity main roles');
    expect(first.card).toContain(r.weights.id);
    expect(run().bytes.equals(first.bytes)).toBe(true);
  });

  it('refuses fewer than three folds', () => {
    expect(() => trainEntityRoles({ dataDir: '/nonexistent', outDir: '/nonexistent', folds: 2, seed: 1, log: () => {} })).toThrow(/--folds 3 or more/);
  });
});
