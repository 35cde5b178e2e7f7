import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLearnedTechniqueModel, TECHNIQUE_WEIGHTS_URL } from './index.js';
import { testWeightsJson } from './test-weights.js';

const dir = mkdtempSync(join(tmpdir(), 'slant-weights-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer | string): URL => {
  writeFileSync(join(dir, name), bytes);
  return pathToFileURL(join(dir, name));
};

describe('loadLearnedTechniqueModel', () => {
  it('is undefined when there are no weights', () => {
    expect(loadLearnedTechniqueModel(pathToFileURL(join(dir, 'absent.json.gz')))).toBeUndefined();
  });

  it('refuses weights that are not gzipped JSON, or JSON of the wrong shape', () => {
    expect(() => loadLearnedTechniqueModel(file('plain.json.gz', '{}'))).toThrow(expect.objectContaining({ code: 'SLANT_DATA_INVALID' }));
    expect(() => loadLearnedTechniqueModel(file('shape.json.gz', gzipSync('{"format":1}')))).toThrow(expect.objectContaining({ code: 'SLANT_DATA_INVALID' }));
  });

  it('loads valid weights once and gives the same model again', () => {
    const url = file('ok.json.gz', gzipSync(JSON.stringify(testWeightsJson())));
    const model = loadLearnedTechniqueModel(url);
    expect(model?.id).toBe('learned-test');
    expect(loadLearnedTechniqueModel(url)).toBe(model);
  });
});

// The weights are committed: their absence is a failure. How fast they load is the benchmark's business (`npm run bench`).
describe('the committed weights', () => {
  it('load, mark a span in a plain case and classify labels and loaded words as such', () => {
    expect(existsSync(fileURLToPath(TECHNIQUE_WEIGHTS_URL))).toBe(true);
    const model = loadLearnedTechniqueModel();
    const text = 'These corrupt thugs have destroyed our great nation with their disgusting, vile lies!';
    const spans = model?.spans(text) ?? [];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(s.evidence?.length).toBeGreaterThan(0);
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const [thugs, vile] = model?.classify(text, [at('corrupt thugs'), at('disgusting, vile')]) ?? [];
    expect(thugs?.[0]?.technique).toBe('Name_Calling,Labeling');
    expect(vile?.[0]?.technique).toBe('Loaded_Language');
    expect(model?.paragraph(text).map((r) => r.technique)).toContain('Loaded_Language');
  });
});
