/** Reading and writing classifier files (gzipped JSON), and the shipped models in models/ by name, each loaded once. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SlantError } from '../core/errors.js';
import { loadWeightsOnce } from '../learn/weights-file.js';
import { TextClassifier, type ClassifierJson } from './classifier.js';

/** The shipped classifiers, by name: `models/<name>.json.gz`. */
export const CLASSIFIER_NAMES = ['sentence-bias', 'subjectivity', 'genre', 'frames', 'hyperpartisan'] as const;
export type ClassifierName = (typeof CLASSIFIER_NAMES)[number];

/** Where `npm run train` writes the weights: `models/` at the package root (from src/ under tsx and from dist/ once built). */
export const MODELS_URL = new URL('../../models/', import.meta.url);

/** The file of a shipped classifier. */
export function classifierPath(name: ClassifierName, dir: string = fileURLToPath(MODELS_URL)): string {
  return `${dir.replace(/\/$/, '')}/${name}.json.gz`;
}

/**
 * The bytes a classifier is stored as: its JSON and a newline, gzipped at level 9 (the gzip header
 * carries no time stamp, so the bytes depend only on the weights).
 *
 * @example
 * writeFileSync('models/genre.json.gz', packClassifier(json));
 */
export function packClassifier(json: ClassifierJson): Buffer {
  return gzipSync(`${JSON.stringify(json)}\n`, { level: 9 });
}

/** Writes a classifier file, creating its folder; returns the number of bytes written. */
export function writeClassifier(path: string, json: ClassifierJson): number {
  mkdirSync(dirname(path), { recursive: true });
  const bytes = packClassifier(json);
  writeFileSync(path, bytes);
  return bytes.length;
}

/**
 * Reads a classifier file, once per path; `undefined` when there is no file there (the reading it
 * serves is then left out). A file that is there but unreadable or malformed throws
 * `SLANT_DATA_INVALID` rather than being silently skipped.
 *
 * @example
 * const genre = readClassifier(classifierPath('genre'));
 */
export function readClassifier(path: string): TextClassifier | undefined {
  return loadWeightsOnce('classifier', path, 'npm run train -- --only <name>, or slant train side', (json) => TextClassifier.fromJson(json, path));
}

/**
 * A shipped classifier by name, or `undefined` when its weights are not in models/.
 *
 * @example
 * loadClassifier('sentence-bias')?.threshold;
 */
export function loadClassifier(name: ClassifierName): TextClassifier | undefined {
  return readClassifier(classifierPath(name));
}

/**
 * A shipped classifier, or `SLANT_NOT_FOUND` saying how to train it (for `slant predict`, which
 * cannot answer without one).
 */
export function requireClassifier(name: ClassifierName): TextClassifier {
  const classifier = loadClassifier(name);
  if (classifier === undefined) {
    throw new SlantError('SLANT_NOT_FOUND', `the ${name} model is not in models/; train it with \`npm run train -- --only ${name}\``, { source: classifierPath(name) });
  }
  return classifier;
}
