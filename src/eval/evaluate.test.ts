/** Specification of evaluateTask on small gold and prediction files with hand-computed scores, and on the real data when present. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetsDir } from '../train/datasets/paths.js';
import { evaluateTask, type EvalReport } from './evaluate.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

const figure = (report: EvalReport, name: string): number | undefined => report.scores.headline.find((f) => f.name === name)?.value;
const sp = (start: number, end: number, technique: string) => ({ start, end, technique });

const spansGold = file('spans-gold.jsonl', [
  { id: 'A', text: 'aaaa bbbb cccc dddd', spans: [sp(0, 4, 'Loaded_Language'), sp(10, 14, 'Doubt')] },
  { id: 'B', text: 'nothing here', spans: [] },
  { id: 'C', text: 'xyz', spans: [sp(0, 3, 'Repetition')] },
]);

describe('evaluateTask techniques-spans (hand-computed)', () => {
  it('scores SI with labels ignored and full detection with labels, counting a missing document as answered with nothing', async () => {
    const pred = file('spans-pred.jsonl', [
      { id: 'A', spans: [{ ...sp(0, 4, 'Loaded_Language'), score: 0.9 }, { ...sp(5, 9, 'Doubt'), score: 0.6 }, { ...sp(10, 12, 'Loaded_Language'), score: 0.7 }] },
      { id: 'B', spans: [] },
    ]);
    const report = await evaluateTask('techniques-spans', { goldFile: spansGold, predFile: pred });
    // SI: gold [0,4) [10,14) [0,3); pred [0,4) [5,9) [10,12).
    // P = (4/4 + 0 + 2/2)/3 = 2/3; R = (4/4 + 2/4 + 0)/3 = 0.5; F1 = 2·(2/3)·0.5/(7/6) = 4/7.
    expect(figure(report, 'SI precision')).toBeCloseTo(2 / 3, 9);
    expect(figure(report, 'SI recall')).toBeCloseTo(0.5, 9);
    expect(figure(report, 'SI F1')).toBeCloseTo(4 / 7, 9);
    // Full: Loaded P (1 + 0)/2, R 1; Doubt P 0, R 0; Repetition R 0. P = 1/3, R = 1/3, F1 = 1/3.
    expect(figure(report, 'full precision')).toBeCloseTo(1 / 3, 9);
    expect(figure(report, 'full recall')).toBeCloseTo(1 / 3, 9);
    expect(figure(report, 'full F1')).toBeCloseTo(1 / 3, 9);
    expect(report.items).toBe(3);
    expect(report.notes).toContain('1 documents had no prediction and count as answered with nothing');
    expect(report.scores.perTechnique.find((r) => r.technique === 'Loaded_Language')).toMatchObject({ support: 1, predicted: 2, precision: 0.5, recall: 1 });
  });

  it('runs the model when no predictions are given', async () => {
    const report = await evaluateTask('techniques-spans', { goldFile: spansGold, model: 'rules' });
    expect(report.model).toMatch(/^rules-/);
    expect(report.items).toBe(3);
  });
});

describe('evaluateTask techniques-classify (hand-computed)', () => {
  it('pairs a duplicated span with its answers in any order; micro-F1 over gold spans', async () => {
    const gold = file('tc-gold.jsonl', [{ id: 'A', text: 'aaaa bbbb cccc dddd', spans: [sp(0, 4, 'Loaded_Language'), sp(0, 4, 'Doubt'), sp(10, 14, 'Doubt')] }]);
    const pred = file('tc-pred.jsonl', [{ id: 'A', spans: [{ ...sp(0, 4, 'Doubt'), score: 0.5 }, { ...sp(0, 4, 'Repetition'), score: 0.3 }, { ...sp(10, 14, 'Doubt'), score: 0.6 }] }]);
    const report = await evaluateTask('techniques-classify', { goldFile: gold, predFile: pred });
    // Pairs: (Loaded, Repetition), (Doubt, Doubt), (Doubt, Doubt): tp 2, fp 1, fn 1 → micro-F1 2/3.
    expect(figure(report, 'micro-F1')).toBeCloseTo(2 / 3, 9);
    // Macro over all 14 PTC labels, absent ones 0: Doubt F1 1, every other label 0 → 1/14.
    expect(figure(report, 'macro-F1')).toBeCloseTo(1 / 14, 9);
    expect(report.scores.perTechnique.find((r) => r.technique === 'Doubt')).toMatchObject({ support: 2, predicted: 2, f1: 1 });
  });
});

describe('evaluateTask techniques-paragraphs (hand-computed)', () => {
  const gold = file('para-gold.jsonl', [
    { id: 'p1', text: 'one', labels: ['Loaded_Language', 'Doubt'], group: 'art1' },
    { id: 'p2', text: 'two', labels: [], group: 'art1' },
    { id: 'p3', text: 'three', labels: ['Slogans'], group: 'art2' },
  ]);
  const pred = file('para-pred.jsonl', [
    { id: 'p1', labels: ['Loaded_Language'] },
    { id: 'p2', labels: ['Doubt'] },
    { id: 'p3', labels: ['Slogans', 'Repetition'] },
    { id: 'p4', line: 4, error: 'a line slant predict could not answer' },
  ]);

  it('gives micro- and macro-F1', async () => {
    const report = await evaluateTask('techniques-paragraphs', { goldFile: gold, predFile: pred });
    // tp: Loaded (p1), Slogans (p3); fp: Doubt (p2), Repetition (p3); fn: Doubt (p1).
    // micro P = 2/4, R = 2/3, F1 = 2·0.5·(2/3)/(7/6) = 4/7; macro F1 over all 23 techniques, as the official scorer:
    // Loaded 1, Slogans 1, Doubt 0, Repetition 0, the 19 absent ones 0 → 2/23.
    expect(figure(report, 'micro precision')).toBeCloseTo(0.5, 9);
    expect(figure(report, 'micro recall')).toBeCloseTo(2 / 3, 9);
    expect(figure(report, 'micro-F1')).toBeCloseTo(4 / 7, 9);
    expect(figure(report, 'macro-F1')).toBeCloseTo(2 / 23, 9);
  });

  it('restricts to listed ids or groups', async () => {
    // p1 alone: Loaded tp, Doubt fn → P 1, R 0.5, F1 2/3.
    expect(figure(await evaluateTask('techniques-paragraphs', { goldFile: gold, predFile: pred, ids: new Set(['p1']) }), 'micro-F1')).toBeCloseTo(2 / 3, 9);
    // Group art2 is p3: Slogans tp, Repetition fp → P 0.5, R 1, F1 2/3.
    const report = await evaluateTask('techniques-paragraphs', { goldFile: gold, predFile: pred, ids: new Set(['art2']) });
    expect(report.items).toBe(1);
    expect(figure(report, 'micro-F1')).toBeCloseTo(2 / 3, 9);
  });

  it('splits by group into folds: every item in exactly one fold, paragraphs of one article together', async () => {
    const report = await evaluateTask('techniques-paragraphs', { goldFile: gold, predFile: pred, folds: 2 });
    const folds = report.folds?.perFold ?? [];
    expect(folds.reduce((n, f) => n + f.items, 0)).toBe(3);
    expect(folds.every((f) => f.items === 2 || f.items === 1)).toBe(true);
    const one = await evaluateTask('techniques-paragraphs', { goldFile: gold, predFile: pred, folds: 2, fold: folds[0]?.fold ?? 0 });
    expect(one.items).toBe(folds[0]?.items);
    expect(one.folds).toBeUndefined();
  });
});

describe('evaluateTask errors', () => {
  it.each<[string, () => Promise<unknown>, string]>([
    ['a bad gold line, with its row', () => evaluateTask('techniques-paragraphs', { goldFile: file('bad-gold.jsonl', [{ id: 'p1', text: 'x', labels: [] }, { id: 'p2', text: 'y' }]) }), 'SLANT_INPUT_MALFORMED'],
    ['a gold span outside its text', () => evaluateTask('techniques-spans', { goldFile: file('oob-gold.jsonl', [{ id: 'a', text: 'ab', spans: [sp(0, 5, 'Doubt')] }]) }), 'SLANT_INPUT_MALFORMED'],
    ['a duplicate gold id', () => evaluateTask('techniques-paragraphs', { goldFile: file('dup-gold.jsonl', [{ id: 'p', text: 'x', labels: [] }, { id: 'p', text: 'y', labels: [] }]) }), 'SLANT_INPUT_MALFORMED'],
    ['an unknown task', () => evaluateTask('genre'), 'SLANT_USAGE'],
    ['--fold without --folds', () => evaluateTask('techniques-spans', { goldFile: spansGold, fold: 1 }), 'SLANT_USAGE'],
    ['a fold out of range', () => evaluateTask('techniques-spans', { goldFile: spansGold, folds: 3, fold: 3 }), 'SLANT_USAGE'],
    ['nothing left after filtering', () => evaluateTask('techniques-spans', { goldFile: spansGold, ids: new Set(['Z']) }), 'SLANT_INPUT_EMPTY'],
    ['a missing dataset', () => evaluateTask('techniques-spans', { datasetsDir: join(dir, 'none') }), 'SLANT_NOT_FOUND'],
  ])('refuses %s', async (_name, run, code) => {
    await expect(run()).rejects.toMatchObject({ code });
  });

  it('names the gold row that is wrong', async () => {
    await expect(evaluateTask('techniques-paragraphs', { goldFile: file('bad-row.jsonl', ['', { id: 'p1', text: 'x', labels: [] }, 'oops']) })).rejects.toMatchObject({ row: 3 });
  });
});

const ptc = join(datasetsDir(), 'ptc-semeval2020-task11');
describe.skipIf(!existsSync(ptc))('evaluateTask on PTC train (skipped: needs ../shared/datasets)', () => {
  it('scores the rule model on all 6,128 gold spans, above always answering the commonest label (0.346)', async () => {
    const report = await evaluateTask('techniques-classify', { model: 'rules' });
    expect(report.items).toBe(371);
    expect(report.scores.perTechnique.reduce((n, r) => n + r.support, 0)).toBe(6128);
    expect(figure(report, 'micro-F1')).toBeGreaterThan(0.346);
  });
});
