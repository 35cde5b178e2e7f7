/** Specification of check-worthiness training: metrics by hand, folds that keep a text together, and a deterministic run on synthetic data. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { testFeatureContext } from '../claims/test-model.js';
import { testLexicons } from '../detectors/test-helper.js';
import { seededRandom } from '../learn/random.js';
import { binaryScore, buildCheckWorthyData, rocAuc, trainCheckWorthy } from './check-worthy.js';
import type { CheckWorthySentence } from './datasets/claimbuster.js';

describe('rocAuc', () => {
  it.each<[number[], number[], number]>([
    // Pairs (positive, negative): 0.9>0.4, 0.9>0.1, 0.4=0.4 (half), 0.4>0.1 → 3.5 / 4.
    [[0.9, 0.4, 0.4, 0.1], [1, 1, 0, 0], 0.875],
    [[0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0], 0],
    [[0.5, 0.5], [1, 0], 0.5],
  ])('%j against %j → %d', (scores, gold, auc) => expect(rocAuc(scores, gold)).toBeCloseTo(auc, 12));

  it('is undefined (NaN) with one class only', () => expect(rocAuc([0.2, 0.3], [1, 1])).toBeNaN());
});

describe('binaryScore', () => {
  it('counts at the threshold: one of each outcome gives 0.5 everywhere', () => {
    expect(binaryScore([0.9, 0.6, 0.4, 0.2], [1, 0, 1, 0], 0.5)).toEqual({ n: 4, positives: 2, precision: 0.5, recall: 0.5, f1: 0.5, macroF1: 0.5, accuracy: 0.5, auc: 0.75 });
  });

  it('treats a score equal to the threshold as positive, and scores no positive prediction as 0', () => {
    expect(binaryScore([0.5, 0.1], [1, 0], 0.5)).toMatchObject({ f1: 1, macroF1: 1 });
    expect(binaryScore([0.1, 0.1], [1, 0], 0.5)).toMatchObject({ precision: 0, recall: 0, f1: 0, macroF1: 1 / 3 });
  });
});

describe('buildCheckWorthyData', () => {
  it('gives one fold to every copy of a text, whatever its source or group', () => {
    const s = (id: string, text: string, group: string, source: CheckWorthySentence['source'] = 'claimbuster'): CheckWorthySentence => ({ id, source, text, label: 1, group });
    const sentences = [
      s('a', 'The council counted 40 trucks.', 'g1'),
      s('b', 'Hello there.', 'g2'),
      s('c', 'Good evening.', 'g3'),
      s('d', 'the council  counted 40 trucks.', 'g9', 'ct19'),
      s('e', 'We met in Kell.', 'g4'),
    ];
    const data = buildCheckWorthyData(sentences, testFeatureContext(), 2, 1);
    expect(data.textId[3]).toBe(data.textId[0]);
    expect(data.fold[3]).toBe(data.fold[0]);
    expect(data.X.rows).toBe(5);
    expect(data.index.get('src=ct19')).toBeDefined();
  });
});

/** Synthetic sets in the three original formats: a positive states a figure, a negative is a courtesy or an opinion. */
function writeSynthetic(): string {
  const root = mkdtempSync(join(tmpdir(), 'slant-check-worthy-'));
  const dir = join(root, 'claimbuster-checkworthiness');
  mkdirSync(dir);
  const next = seededRandom(5);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const places = ['Kell', 'Tavush', 'Lusovia', 'Marden', 'Orsk Valley'];
  const positive = (): string => `${pick(['Unemployment', 'Crime', 'The deficit', 'Exports'])} in ${pick(places)} rose by ${Math.floor(next() * 90) + 5} percent in ${2000 + Math.floor(next() * 20)}.`;
  const negative = (): string => `${pick(['Thank you', 'I think', 'Good evening', 'Well'])}, ${pick(['that is a fine question', 'we love our friends', 'it is great to be here', 'let me say this'])} in ${pick(places)}.`;
  const cb = Array.from({ length: 240 }, (_, i) => {
    const label = i % 3 === 0 ? 1 : 0;
    return { sentence_id: i * 40, label, text: label === 1 ? positive() : negative() };
  });
  writeFileSync(join(dir, 'claimbuster-2.5xNCS.json'), JSON.stringify(cb));
  const ct19 = ['line_number,speaker,text,label,file_name'];
  for (let i = 0; i < 100; i += 1) {
    const label = i % 10 === 0 ? 1 : 0;
    ct19.push(`${i + 1},SPEAKER,"${label === 1 ? positive() : negative()}",${label},debate${i % 5}.tsv`);
  }
  writeFileSync(join(dir, 'CT19-T1-Training.csv'), `${ct19.join('\n')}\n`);
  const ct20 = ['text\tlabel'];
  for (let i = 0; i < 120; i += 1) ct20.push(`${i % 12 === 0 ? positive() : negative()}\t${i % 12 === 0 ? 1 : 0}`);
  writeFileSync(join(dir, 'CT20-T5-train.tsv'), `${ct20.join('\n')}\n`);
  return root;
}

describe('trainCheckWorthy', () => {
  const root = writeSynthetic();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('learns the synthetic task, writes weights and card, and gives the same bytes twice', () => {
    const run = (out: string) => trainCheckWorthy({ dataDir: root, outDir: join(root, out), folds: 3, seed: 1, log: () => {}, lexicons: testLexicons() });
    const report = run('a');
    run('b');
    const a = readFileSync(join(root, 'a', 'check-worthy.json.gz'));
    expect(readFileSync(join(root, 'b', 'check-worthy.json.gz')).equals(a)).toBe(true);
    const json = JSON.parse(gunzipSync(a).toString('utf8')) as { id: string; threshold: number; model: { features: string[] } };
    expect(json.id).toBe(report.weights.id);
    expect(json.model.features.some((f) => f.startsWith('src='))).toBe(false);
    expect(report.cv.claimbuster?.score.f1).toBeGreaterThan(0.95);
    expect(report.cv.claimbuster?.folds).toHaveLength(3);
    expect(report.counts).toEqual({
      claimbuster: { sentences: 240, positives: 80, groups: 20 },
      ct19: { sentences: 100, positives: 10, groups: 5 },
      ct20: { sentences: 120, positives: 10, groups: 1 },
    });
    const card = readFileSync(join(root, 'a', 'check-worthy.md'), 'utf8');
    expect(card).toContain('# Model card: check-worthiness');
    expect(card).toContain(`id \`${report.weights.id}\``);
    expect(card).toContain('| CheckThat! 2019 T1 (not trained on: transfer) | 100 | 10 |');
  }, 60_000);
});
