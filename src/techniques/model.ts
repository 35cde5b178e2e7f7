/** The interface every persuasion-technique model implements (rule baseline, learned models): spans, span classes, paragraph labels. */

/** A stretch of text that uses a technique. Offsets are half-open UTF-16 offsets into the analyzed text. */
export interface TechniqueSpan {
  start: number;
  end: number;
  /** A PTC (SemEval-2020 Task 11) label, e.g. `Loaded_Language`, `Name_Calling,Labeling`. */
  technique: string;
  /** In [0, 1]. */
  score: number;
  /** What the model saw: rule ids, cue phrases, strongest features. */
  evidence?: string[];
}

/** A technique with the model's score for it. */
export interface RankedTechnique {
  technique: string;
  score: number;
}

/**
 * A persuasion-technique model. Implementations: `createRuleTechniqueModel()` (the rule detectors
 * mapped onto the taxonomy) and the learned model in `src/techniques/learned/`. Every method is pure:
 * the same text gives the same answer.
 *
 * @example
 * const model = await loadTechniqueModel();
 * model.spans('What a disgrace!', { threshold: 0.5 }); // [{ start: 7, end: 15, technique: 'Loaded_Language', … }]
 */
export interface TechniqueModel {
  /** Names the model and its version, e.g. `rules-1.0.0` or `learned-<hash>`. */
  readonly id: string;
  /** Spans that use a technique, PTC labels, scores in [0,1]; only spans with score ≥ threshold. */
  spans(text: string, options?: { threshold?: number }): TechniqueSpan[];
  /** For each given span, techniques ranked best first (PTC labels, all 14 with scores). */
  classify(text: string, spans: ReadonlyArray<{ start: number; end: number }>): RankedTechnique[][];
  /** Techniques (SemEval-2023 ids) in one paragraph, with scores, only those ≥ threshold. */
  paragraph(text: string, options?: { threshold?: number }): RankedTechnique[];
}
