/** Sentence and document classifiers: bias and subjectivity per sentence, genre, frames and hyperpartisanship per article, and the user-trainable side model. */
export { TextClassifier, withoutWeight, type ClassifierJson, type Classification } from './classifier.js';
export { textFeatures, type FeatureSpec, type FeatureVector, type TokenRange } from './features.js';
export { CLASSIFIER_NAMES, classifierPath, loadClassifier, readClassifier, requireClassifier, writeClassifier, type ClassifierName } from './load.js';
export { readDoc, readText, withTitle, type Reading } from './read.js';
export { createClassifierAssessors, createFramesAssessor, createGenreAssessor, createHyperpartisanAssessor } from './assessors.js';
export { createSentenceSignalsDetector, loadSentenceSignalsDetector, type SentenceSignalsData } from './sentence-signals.js';
export { createSideModelAssessor, SIDE_MODEL_FILE, trainSideFromTexts, trainSideModel, type SideField, type SideModelResult, type SideText, type TrainSideOptions } from './side-model.js';
