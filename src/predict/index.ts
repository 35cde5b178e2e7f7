/** Prediction tasks over JSONL: the task list, the runner, and the schemas that define each format. */
export { readLines, type LineSource } from './lines.js';
export { parseJsonLine, runPredict, type PredictLineError, type PredictSummary, type RunPredictOptions } from './run.js';
export { describeShape } from './shape.js';
export type { LineId, PredictOptions, PredictTask, Predictor, TaskRecord } from './task.js';
export { getPredictTask, PREDICT_TASKS } from './tasks.js';
export { assignRanked, techniquesClassifyTask } from './tasks/techniques-classify.js';
export { techniquesParagraphsTask } from './tasks/techniques-paragraphs.js';
export { techniquesSpansTask } from './tasks/techniques-spans.js';
