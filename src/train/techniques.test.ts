import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testLexicons } from '../detectors/test-helper.js';
import { createDefaultDetectors } from '../detectors/index.js';
import { createLearnedTechniqueModel } from '../techniques/learned/learned-model.js';
import { parseTechniqueWeights } from '../techniques/learned/weights.js';
import { loadPtc } from './datasets/ptc.js';
import { trainTechniques, type TrainingReport } from './techniques.js';
import { SYNTHETIC_CUES, writeSyntheticDatasets } from './test-datasets.js';

const dataDir = writeSyntheticDatasets(24, 3);
const quick = {
  si: { extendGrid: [0.2, 0.4], thresholdGrid: [0.5, 0.7], gapGrid: [1] },
  paragraph: { thresholdGrid: [0.3, 0.5] },
};
const train = (outDir: string) =>
  trainTechniques({ dataDir, outDir: join(dataDir, outDir), folds: 3, seed: 1, log: () => {}, lexicons: testLexicons(), ...quick });
let first: TrainingReport;
let second: TrainingReport;

beforeAll(() => {
  first = train('a');
  second = train('b');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('trainTechniques on a synthetic corpus with known cue words', () => {
  it('reads both datasets in their original formats', () => {
    const articles = loadPtc(join(dataDir, 'ptc-semeval2020-task11'));
    expect(articles).toHaveLength(24);
    const span = articles[0]?.spans[0];
    expect(span).toBeDefined();
    const cue = articles[0]?.text.slice(span?.start, span?.end) ?? '';
    expect((SYNTHETIC_CUES as Record<string, readonly string[]>)[span?.technique ?? '']).toContain(cue);
  });

  it('learns the cues: cross-validated scores near perfect', () => {
    expect(first.si.score.f1).toBeGreaterThan(0.9);
    expect(first.tc.score.micro.f1).toBeGreaterThan(0.9);
    expect(first.paragraph.score.micro.f1).toBeGreaterThan(0.9);
    expect(first.paragraph.labels).toEqual(['Loaded_Language', 'Name_Calling-Labeling', 'Doubt']);
  });

  it('is deterministic: the same seed writes byte-identical weights', () => {
    const a = readFileSync(join(dataDir, 'a', 'techniques.json.gz'));
    expect(readFileSync(join(dataDir, 'b', 'techniques.json.gz')).equals(a)).toBe(true);
    expect(second.weights.id).toBe(first.weights.id);
  });

  it('writes weights that load and find a cue in new text, and a model card with the scores', () => {
    const json = JSON.parse(gunzipSync(readFileSync(join(dataDir, 'a', 'techniques.json.gz'))).toString('utf8')) as unknown;
    const model = createLearnedTechniqueModel(parseTechniqueWeights(json), createDefaultDetectors(testLexicons()));
    const text = 'The council met the thugs on tuesday.';
    const spans = model.spans(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.technique])).toEqual([['thugs', 'Name_Calling,Labeling']]);
    expect(model.paragraph('A monstrous road budget.').map((r) => r.technique)).toEqual(['Loaded_Language']);
    const card = readFileSync(join(dataDir, 'a', 'techniques.md'), 'utf8');
    expect(card).toContain(`**${first.si.score.f1.toFixed(3)}**`);
    expect(card).toContain('npm run train -- --only techniques --folds 3 --seed 1');
  });
});
