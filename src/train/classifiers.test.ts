/** Specification of classifier training runs: AUC by hand, and a whole run on invented data that writes the same bytes twice and a card. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClassifier } from '../classify/load.js';
import { seededRandom } from '../learn/random.js';
import { CLASSIFIER_DEFINITIONS, rankAuc, trainClassifier, type ClassifierDefinition } from './classifiers.js';

describe('rankAuc', () => {
  it.each([
    ['perfect ranking', [0.9, 0.8], [0.2, 0.1], 1],
    ['one pair of four out of order', [0.9, 0.4], [0.5, 0.1], 0.75],
    ['all tied', [0.5], [0.5, 0.5], 0.5],
    ['no negatives', [0.5], [], 0.5],
  ])('%s', (_name, pos, neg, auc) => {
    expect(rankAuc(pos, neg)).toBeCloseTo(auc, 12);
  });
});

/** 80 invented sentences: "calm" ones and "angry" ones, told apart by a few words. */
function invented(): Array<{ text: string; labels: string[]; group: string }> {
  const next = seededRandom(5);
  const pick = (xs: readonly string[]): string => xs[Math.floor(next() * xs.length)] as string;
  const filler = ['the', 'council', 'of', 'Veldmark', 'met', 'on', 'Tuesday', 'about', 'roads', 'and', 'schools'];
  return Array.from({ length: 80 }, (_, i) => {
    const angry = i % 2 === 0;
    const cue = angry ? pick(['furious', 'outrageous', 'disgraceful']) : pick(['quietly', 'routinely', 'briefly']);
    const words = Array.from({ length: 8 }, () => pick(filler));
    words.splice(3, 0, cue);
    return { text: `${words.join(' ')}.`, labels: [angry ? 'Angry' : 'Calm'], group: `a${Math.floor(i / 4)}` };
  });
}

describe('trainClassifier', () => {
  const def: ClassifierDefinition = {
    ...CLASSIFIER_DEFINITIONS['sentence-bias'],
    name: 'sentence-bias',
    labels: ['Angry', 'Calm'],
    spec: { ...CLASSIFIER_DEFINITIONS['sentence-bias'].spec, rules: false },
    grid: [{ l2: 1e-2, minCount: 1, classWeightPower: 1 }],
    basilCheck: false,
    datasets: [{ name: 'invented sentences', folder: 'none', licence: 'none', use: 'all' }],
    load: () => ({ texts: invented(), groupedBy: 'invented article', trainedOn: '80 invented sentences' }),
  };

  it('cross-validates, writes weights that load, the same bytes on a second run, and a card with the scores', () => {
    const a = mkdtempSync(join(tmpdir(), 'slant-cls-a-'));
    const b = mkdtempSync(join(tmpdir(), 'slant-cls-b-'));
    const report = trainClassifier(def, { dataDir: '/nowhere', outDir: a, folds: 4, seed: 1, log: () => {} });
    trainClassifier(def, { dataDir: '/nowhere', outDir: b, folds: 4, seed: 1, log: () => {} });
    expect(report.cv.nested.accuracy).toBeGreaterThan(0.9);
    expect(report.groups).toBe(20);
    expect(readFileSync(join(a, 'sentence-bias.json.gz')).equals(readFileSync(join(b, 'sentence-bias.json.gz')))).toBe(true);
    const model = readClassifier(join(a, 'sentence-bias.json.gz'));
    expect(model?.labels).toEqual(['Angry', 'Calm']);
    expect(model?.lexicons).toBeUndefined();
    const card = readFileSync(join(a, 'sentence-bias.md'), 'utf8');
    expect(card).toContain(`| accuracy | ${report.cv.nested.accuracy.toFixed(3)} |`);
    expect(card).toContain('npm run train -- --only sentence-bias --folds 4 --seed 1');
    expect(card).toContain('Folds are grouped by invented article.');
  });
});
