/** The techniques detector: the learned model's spans as findings, each with its technique, category, confidence and evidence. */
import type { Finding } from '../../core/finding.js';
import type { Detector } from '../../detectors/detector.js';
import { confidence, evidence, finish, slice } from '../../detectors/support.js';
import { PTC_TECHNIQUES } from '../../train/datasets/ptc.js';
import { categoryOf, loadTaxonomy } from '../taxonomy.js';
import type { Taxonomy } from '../schema.js';
import type { LearnedTechniqueModel } from './learned-model.js';

const ID = 'techniques';

/** Options of the detector beyond the model. */
export interface TechniquesDetectorData {
  /** Names and categories of the PTC labels. Default: the compiled taxonomy. */
  taxonomy?: Taxonomy | undefined;
  /** Spans scoring below this are not reported (abstain). Default: the model's cross-validated threshold. */
  threshold?: number | undefined;
}

/**
 * A detector over the learned technique model. Every span the model keeps becomes one finding:
 * `rule` `techniques/<PTC label>`, `label` the technique's name, `category` its SemEval-2023
 * category, `confidence` the span score (the tagger's peak probability: raise `minConfidence` to
 * trade recall for precision), and `data` with the technique, the classifier's probability for it,
 * the evidence (the features that pushed the decision) and the model id. It needs POS tags
 * (`requires: ['pos']`); a document without them is reparsed.
 *
 * @example
 * const detector = createTechniquesDetector(loadLearnedTechniqueModel()!);
 * detector.detect(parse('They are nothing but thugs!', { pos: true }));
 * // → [{ rule: 'techniques/Name_Calling,Labeling', text: 'thugs', confidence: 0.61, category: 'attack-on-reputation', … }]
 */
export function createTechniquesDetector(model: LearnedTechniqueModel, data: TechniquesDetectorData = {}): Detector {
  const taxonomy = data.taxonomy ?? loadTaxonomy();
  const names = new Map(taxonomy.ptcLabels.map((l) => [l.id, l.name]));
  const rules = PTC_TECHNIQUES.map((t) => `${ID}/${t}`);
  return {
    id: ID,
    description: 'Persuasion techniques (the 14 of SemEval-2020 Task 11) found by models trained on annotated news, with the evidence behind each.',
    version: `1.0.0+${model.id}`,
    requires: ['pos'],
    rules: () => rules,
    detect(doc, options) {
      const findings: Finding[] = [];
      for (const span of model.spansOf(doc, { threshold: data.threshold ?? model.defaultThreshold })) {
        const name = names.get(span.technique) ?? span.technique.replace(/_/g, ' ');
        const text = slice(doc, span.start, span.end);
        const why = span.evidence.length === 0 ? '' : `; strongest signs: ${span.evidence.slice(0, 3).map((e) => e.replace(/ \(\+[\d.]+\)$/, '')).join(', ')}`;
        findings.push({
          detector: ID,
          rule: `${ID}/${span.technique}`,
          label: name,
          category: categoryOf(span.technique, taxonomy),
          start: span.start,
          end: span.end,
          text,
          reason: `${evidence(text)} reads as ${name.toLowerCase()} to the technique model (technique ${Math.round(span.techniqueScore * 100)}% likely among the 14)${why}.`,
          confidence: confidence(span.score),
          data: { technique: span.technique, techniqueScore: Math.round(span.techniqueScore * 1000) / 1000, evidence: span.evidence, model: model.id },
        });
      }
      return finish(findings, options);
    },
  };
}
