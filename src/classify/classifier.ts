/** A trained text classifier as stored (feature spec, labels, threshold, linear weights) and as used: scores, decisions and evidence. */
import { SlantError } from '../core/errors.js';
import type { ScoredLabel } from '../core/signal.js';
import { LinearModel, type LinearModelJson } from '../learn/linear-model.js';
import { describeClassifierFeature } from './evidence.js';
import type { FeatureSpec, FeatureVector } from './features.js';

/** The version of the stored format; bumped when a reader of the old one would misread the new. */
export const CLASSIFIER_FORMAT = 1;

/**
 * The stored form of a classifier (`models/<name>.json.gz`).
 *
 * - `binary`: one sigmoid; `labels` is `[positive, negative]`; the positive label is chosen when
 *   its probability is at least `threshold`.
 * - `softmax`: one label per text, the most probable.
 * - `ovr`: any number of labels, each one whose probability is at least `threshold`.
 */
export interface ClassifierJson {
  format: number;
  /** `<name>-<hash of the weights>`, e.g. `genre-1a2b3c4d5e6f`. */
  id: string;
  /** What it reads, e.g. `genre`. */
  name: string;
  /** Whether it was trained on single sentences or whole documents. */
  unit: 'sentence' | 'document';
  spec: FeatureSpec;
  labels: string[];
  threshold: number;
  /** Where the weights came from, for display (`BABE SG2, 2,932 sentences`). */
  trainedOn: string;
  /** For models that read rule hits: the hash of the rule lexicons they were trained with (the rules' output is part of the input). */
  lexicons?: string | undefined;
  model: LinearModelJson;
}

/** A classifier's answer for one text. */
export interface Classification {
  /** The chosen labels: one for binary and softmax models, zero or more for one-vs-rest. */
  labels: ScoredLabel[];
  /** Every label with its probability, best first. */
  scores: ScoredLabel[];
}

/** A contribution for display: two decimals, or two significant digits below 0.01 (document features have small values). */
function formatWeight(w: number): string {
  return w >= 0.01 ? w.toFixed(2) : w.toPrecision(2);
}

function isSpec(v: unknown): v is FeatureSpec {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    ['words', 'lemmas', 'bigrams', 'rules', 'style', 'dropStopWords'].every((k) => typeof s[k] === 'boolean') &&
    Array.isArray(s.chars) &&
    s.chars.every((n) => Number.isInteger(n) && (n as number) > 0) &&
    (s.weighting === 'binary' || s.weighting === 'log')
  );
}

/**
 * A loaded classifier.
 *
 * @example
 * const c = TextClassifier.fromJson(json);
 * const v = textFeatures(parse(text), c.spec);
 * c.classify(v).labels[0]; // { label: 'opinion', score: 0.81 }
 * c.evidence(v, 'opinion'); // ['word “i” (+0.42)', …]
 */
export class TextClassifier {
  readonly id: string;
  readonly name: string;
  readonly unit: 'sentence' | 'document';
  readonly spec: FeatureSpec;
  readonly labels: readonly string[];
  readonly threshold: number;
  readonly trainedOn: string;
  readonly lexicons: string | undefined;
  readonly model: LinearModel;

  private constructor(json: ClassifierJson, model: LinearModel) {
    this.id = json.id;
    this.name = json.name;
    this.unit = json.unit;
    this.spec = json.spec;
    this.labels = json.labels;
    this.threshold = json.threshold;
    this.trainedOn = json.trainedOn;
    this.lexicons = json.lexicons;
    this.model = model;
  }

  /** Validates and loads a stored classifier; throws `SLANT_DATA_INVALID` naming the first problem. */
  static fromJson(json: unknown, source = 'classifier'): TextClassifier {
    const bad = (what: string): never => {
      throw new SlantError('SLANT_DATA_INVALID', `${source}: ${what}; retrain with \`npm run train\``);
    };
    if (typeof json !== 'object' || json === null) return bad('not an object');
    const j = json as Partial<ClassifierJson>;
    if (j.format !== CLASSIFIER_FORMAT) return bad(`format ${String(j.format)} is not ${CLASSIFIER_FORMAT}`);
    if (typeof j.id !== 'string' || typeof j.name !== 'string') return bad('id and name must be strings');
    if (j.unit !== 'sentence' && j.unit !== 'document') return bad(`unit must be sentence or document, got ${String(j.unit)}`);
    if (!isSpec(j.spec)) return bad('spec is not a feature spec');
    if (!Array.isArray(j.labels) || !j.labels.every((l) => typeof l === 'string')) return bad('labels must be strings');
    if (typeof j.threshold !== 'number' || !(j.threshold >= 0 && j.threshold <= 1)) return bad('threshold must be a number in [0, 1]');
    if (j.lexicons !== undefined && typeof j.lexicons !== 'string') return bad('lexicons must be a string');
    const model = LinearModel.fromJson(j.model, source);
    if (model.kind === 'binary') {
      if (j.labels.length !== 2 || j.labels[0] !== model.classes[0]) return bad('a binary classifier has labels [positive, negative], the positive one its model class');
    } else if (j.labels.length !== model.classes.length || j.labels.some((l, k) => l !== model.classes[k])) {
      return bad('labels must be the model classes, in order');
    }
    return new TextClassifier({ ...(j as ClassifierJson), trainedOn: typeof j.trainedOn === 'string' ? j.trainedOn : '' }, model);
  }

  /** The kind of decision: `binary`, `softmax` or `ovr`. */
  get kind(): LinearModelJson['kind'] {
    return this.model.kind;
  }

  /**
   * For a binary model, the probability of the positive label; for the others, the probability of
   * each model class in order.
   */
  probabilities(v: FeatureVector): Float64Array {
    return this.model.probabilities(v.features, v.values);
  }

  /** Every label with its probability, best first (ties in label order), and the chosen ones. */
  classify(v: FeatureVector, threshold = this.threshold): Classification {
    const p = this.probabilities(v);
    if (this.kind === 'binary') {
      const pos = p[0] as number;
      const positive = { label: this.labels[0] as string, score: pos };
      const negative = { label: this.labels[1] as string, score: 1 - pos };
      return { labels: [pos >= threshold ? positive : negative], scores: pos >= 0.5 ? [positive, negative] : [negative, positive] };
    }
    const scores = this.labels.map((label, k) => ({ label, score: p[k] as number })).sort((a, b) => b.score - a.score);
    if (this.kind === 'softmax') return { labels: scores.slice(0, 1), scores };
    return { labels: scores.filter((s) => s.score >= threshold), scores };
  }

  /**
   * The features that pushed the text towards `label` most, in words with their contributions
   * (`word “cult” (+0.84)`), strongest first. For the negative label of a binary model these are the
   * features that lowered the positive score. `detail` may add what a feature matched in the text
   * (the words a rule hit), shown after its description.
   */
  evidence(v: FeatureVector, label: string, max = 5, detail?: (feature: string) => string | undefined): string[] {
    const k = this.model.classes.indexOf(label);
    const sign = this.kind === 'binary' && label === this.labels[1] ? -1 : 1;
    const column = this.kind === 'binary' ? 0 : k;
    if (column === -1) return [];
    const K = this.model.classes.length;
    const parts: Array<{ feature: string; weight: number }> = [];
    v.features.forEach((feature, i) => {
      const row = this.model.index.get(feature);
      if (row === undefined) return;
      const w = sign * (this.model.table[row * K + column] as number) * (v.values[i] ?? 1);
      if (w > 0) parts.push({ feature, weight: w });
    });
    parts.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
    const seen = new Set<string>();
    const out: string[] = [];
    for (const p of parts) {
      const described = describeClassifierFeature(p.feature);
      if (described === undefined) continue;
      const extra = detail?.(p.feature);
      const text = extra === undefined ? described : `${described}: ${extra}`;
      // A rule and its detector often match the same words: show those words once.
      if (seen.has(text) || (extra !== undefined && seen.has(extra))) continue;
      if (extra !== undefined) seen.add(extra);
      seen.add(text);
      out.push(`${text} (+${formatWeight(p.weight)})`);
      if (out.length === max) break;
    }
    return out;
  }

  /** The words behind `evidence`, without weights: the cue words a reader can look for. */
  cues(v: FeatureVector, label: string, max = 3): string[] {
    return this.evidence(v, label, max).map(withoutWeight);
  }
}

/**
 * An evidence line without its trailing contribution.
 *
 * @example
 * withoutWeight('word “cult” (+0.84)'); // 'word “cult”'
 */
export function withoutWeight(line: string): string {
  return line.replace(/ \(\+[\d.e-]+\)$/, '');
}
