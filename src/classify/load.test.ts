/** Specification of classifier files: round trip, absent file, unreadable file, and the shipped models' names. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import type { ClassifierJson } from './classifier.js';
import { CLASSIFIER_NAMES, classifierPath, packClassifier, readClassifier, writeClassifier } from './load.js';
import { WORDS_ONLY } from './test-models.js';

const json: ClassifierJson = {
  format: 1,
  id: 'demo-0123456789ab',
  name: 'demo',
  unit: 'sentence',
  spec: WORDS_ONLY,
  labels: ['Biased', 'Non-biased'],
  threshold: 0.5,
  trainedOn: 'test',
  model: { kind: 'binary', classes: ['Biased'], bias: [0], features: ['w=mob'], weights: [2] },
};

describe('classifier files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slant-classifier-'));

  it('write and read back the same model; the bytes depend on the model only', () => {
    const path = join(dir, 'demo.json.gz');
    const bytes = writeClassifier(path, json);
    expect(bytes).toBe(packClassifier(json).length);
    expect(packClassifier(json).equals(packClassifier(structuredClone(json)))).toBe(true);
    const c = readClassifier(path);
    expect(c?.id).toBe('demo-0123456789ab');
    expect(c?.probabilities({ features: ['w=mob'], values: [1] })[0]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });

  it('an absent file is no model; a broken one is an error naming the file', () => {
    expect(readClassifier(join(dir, 'absent.json.gz'))).toBeUndefined();
    const broken = join(dir, 'broken.json.gz');
    writeFileSync(broken, 'not gzip');
    expect(() => readClassifier(broken)).toThrow(SlantError);
    expect(() => readClassifier(broken)).toThrow(/not gzipped JSON/);
  });

  it('names the shipped models and their files under models/', () => {
    expect(CLASSIFIER_NAMES).toEqual(['sentence-bias', 'subjectivity', 'genre', 'frames', 'hyperpartisan']);
    expect(classifierPath('genre', '/x/models/')).toBe('/x/models/genre.json.gz');
  });
});
