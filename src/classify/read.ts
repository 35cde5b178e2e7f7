/** Applying a classifier to a parsed document, a sentence of it, or a plain text, with the rule findings its features need. */
import type { Finding } from '../core/finding.js';
import type { Detector } from '../detectors/detector.js';
import { runDetectors } from '../detectors/index.js';
import { parse } from '../nlp/parse.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { Classification, TextClassifier } from './classifier.js';
import { textFeatures, type FeatureVector, type TokenRange } from './features.js';

/** A classification with the vector it was made from, so evidence can be asked for. */
export interface Reading extends Classification {
  vector: FeatureVector;
}

/**
 * Classifies the tokens `range` of `doc` (default: the whole document). `findings` are the rule
 * detectors' findings over `doc`, read when the classifier's features include rule hits.
 *
 * @example
 * const r = readDoc(genre, parse(text), findings); r.labels[0].label; // 'opinion'
 */
export function readDoc(classifier: TextClassifier, doc: ParsedDoc, findings: readonly Finding[] = [], range?: TokenRange): Reading {
  const vector = textFeatures(doc, classifier.spec, range, classifier.spec.rules ? findings : []);
  return { ...classifier.classify(vector), vector };
}

/**
 * Classifies a plain text as one unit: parses it and, when the classifier reads rule hits, runs
 * `detectors` over it (pass the same `createDefaultDetectors()` the model was trained with).
 *
 * @example
 * readText(sentenceBias, 'The radical mob stormed the hall.', createDefaultDetectors()).labels[0];
 */
export function readText(classifier: TextClassifier, text: string, detectors: readonly Detector[]): Reading {
  const doc = parse(text);
  return readDoc(classifier, doc, classifier.spec.rules ? runDetectors(doc, detectors) : []);
}

/**
 * For evidence: the words behind a rule feature (`r=<detector>` or `r=<detector>/<rule>`), taken
 * from the findings inside `[start, end)`: up to three distinct matched texts in quotation marks.
 *
 * @example
 * const detail = ruleDetail(findings, 0, doc.text.length);
 * classifier.evidence(vector, 'true', 5, detail); // ['rule loaded-language: “barbaric”, “savage” (+0.32)', …]
 */
export function ruleDetail(findings: readonly Finding[], start: number, end: number): (feature: string) => string | undefined {
  return (feature) => {
    if (!feature.startsWith('r=')) return undefined;
    const id = feature.slice(2);
    const texts = new Set<string>();
    for (const f of findings) {
      if (f.start < start || f.end > end || (f.detector !== id && f.rule !== id)) continue;
      texts.add(`“${f.text.replace(/\s+/g, ' ').toLowerCase()}”`);
      if (texts.size === 3) break;
    }
    return texts.size === 0 ? undefined : [...texts].join(', ');
  };
}

/**
 * The text a document model reads when there is a title: the title, a blank line, the text (how
 * the hyperpartisan training articles were put together).
 *
 * @example
 * withTitle('Body.', 'Headline'); // 'Headline\n\nBody.'
 */
export function withTitle(text: string, title: string | undefined): string {
  const t = title?.trim() ?? '';
  return t === '' ? text : `${t}\n\n${text}`;
}
