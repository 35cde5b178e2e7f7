/** Checks of the SemEval-2025 Task 10 subtask 1 loader: the real data when present, and a small file written here. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../../core/errors.js';
import { datasetsDir } from './paths.js';
import { loadSemeval2025Entities, SEMEVAL2025_ROLES } from './semeval2025.js';

function writeDataset(rows: string[], docs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'slant-semeval2025-'));
  mkdirSync(join(dir, 'raw-documents'));
  for (const [name, text] of Object.entries(docs)) writeFileSync(join(dir, 'raw-documents', name), text);
  writeFileSync(join(dir, 'subtask-1-annotations.txt'), `${rows.join('\n')}\n`);
  return dir;
}

describe('loadSemeval2025Entities on a small file', () => {
  it('turns inclusive ends into half-open offsets, finds a shifted span nearby, and drops what it cannot find', () => {
    const dir = writeDataset(
      [
        'EN_UA_1.txt\tVarnia\t0\t5\tAntagonist\tAggressor',
        'EN_UA_1.txt\tOstrel\t18\t23\tInnocent\tVictim\tExploited',
        'EN_UA_1.txt\tNowhere\t2\t8\tProtagonist\tGuardian',
        'EN_CC_2.txt\tKast\t0\t3\tProtagonist\tRebel',
      ],
      { 'EN_UA_1.txt': 'Varnia shelled the Ostrel villages.', 'EN_CC_2.txt': 'Kast spoke.' },
    );
    const docs = loadSemeval2025Entities(dir);
    expect(docs.map((d) => `${d.id} ${d.domain}`)).toEqual(['EN_CC_2 CC', 'EN_UA_1 UA']);
    expect(docs[1]?.mentions).toEqual([
      { start: 0, end: 6, text: 'Varnia', role: 'Antagonist', fineRoles: ['Aggressor'] },
      { start: 19, end: 25, text: 'Ostrel', role: 'Innocent', fineRoles: ['Victim', 'Exploited'] },
    ]);
  });

  it('refuses a row without a known main role', () => {
    const dir = writeDataset(['EN_UA_1.txt\tVarnia\t0\t5\tVillain\tAggressor'], { 'EN_UA_1.txt': 'Varnia' });
    expect(() => loadSemeval2025Entities(dir)).toThrow(SlantError);
  });
});

const dir = datasetsDir();
describe.skipIf(!existsSync(`${dir}/semeval2025-task10-en`))('SemEval-2025 Task 10 subtask 1 (skipped: needs ../shared/datasets)', () => {
  it('loads 163 documents and 562 mentions whose offsets slice out their entity', () => {
    const docs = loadSemeval2025Entities();
    expect(docs).toHaveLength(163);
    const mentions = docs.flatMap((d) => d.mentions.map((m) => ({ d, m })));
    expect(mentions).toHaveLength(562);
    for (const { d, m } of mentions) {
      expect(d.text.slice(m.start, m.end)).toBe(m.text);
      expect(SEMEVAL2025_ROLES as readonly string[]).toContain(m.role);
    }
    expect(mentions.filter(({ m }) => m.role === 'Antagonist')).toHaveLength(398);
  });
});
