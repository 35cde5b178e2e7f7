/** Evaluation: the official metrics of the technique tasks, gold data, folds, and reports. */
export { alignSpanLabels, type SpanLabel } from './align.js';
export { evaluateTask, type EvalReport, type EvaluateOptions, type FoldScores } from './evaluate.js';
export type { EvalScores, Figure, GoldItem, TaskEvaluator, TechniqueRow } from './evaluator.js';
export { foldOf } from './folds.js';
export { mergeSpans, multiLabelScore, siScore, tcScore, type LabelCounts, type MultiLabelScore, type PRF, type Span } from './metrics.js';
export { EVAL_FORMATS, renderEvalReport, type EvalFormat } from './report.js';
export { spanScoreByTechnique, type LabelledSpan, type TechniqueSpanScore } from './span-techniques.js';
export { EVALUATORS, getEvaluator, GoldParagraphSchema, GoldSpansSchema, type GoldParagraph, type GoldSpans } from './tasks.js';
