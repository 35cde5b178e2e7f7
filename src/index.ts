/** slant's library API: the one entry point that the CLI, the HTTP API and other programs use. */

// Documents, findings and errors.
export type { DocumentMeta, SlantDocument, StoredDocument } from './core/document.js';
export type { Finding } from './core/finding.js';
export { compareFindings } from './core/finding.js';
export { ERROR_CODES, SlantError, toSlantError, type ErrorCode } from './core/errors.js';
export { VERSION } from './core/version.js';

// Analysis of one text.
export { createAnalyzer, summarize, type Analysis, type AnalysisSummary, type AnalyzeOptions, type Analyzer } from './core/pipeline.js';
export type { Assessor, DocumentSignal, ScoredLabel } from './core/signal.js';
export { createAssessors, createLensDetectors } from './lens/index.js';
export { parse, type ParseOptions } from './nlp/parse.js';
export type { Paragraph, ParsedDoc, Sentence, Token } from './nlp/types.js';
export type { Detector, DetectorOptions } from './detectors/detector.js';
export { createDefaultDetectors, runDetectors } from './detectors/index.js';
export { loadLexicons } from './lexicon/load.js';

// Conflict terminology packs: the terminology detector and the side reading.
export { createSideAssessor, createTerminologyDetector, loadPackFile, loadPacks, loadPacksWithUser, validatePackFile, type Pack } from './packs/index.js';

// Factual claims: the check-worthiness model and the readers of numbers, dates, sources and hedges.
export { createClaimExtractor, createClaimsDetector, extractClaims, findAttribution, findDates, findQuantities, loadCheckWorthinessModel } from './claims/index.js';
export type { Attribution, CheckWorthinessModel, Claim, ClaimBasis, DateMention, ExtractClaimsOptions, HedgeCue, Quantity } from './claims/index.js';

// Actors: who a text is about, how each is portrayed, who does and suffers harm, and the role each is cast in.
export { createActorExtractor, createActorsDetector, extractActors, gazetteerFromPacks, loadEntityRoleModel } from './actors/index.js';
export type { Actor, ActorExtractor, ActorGazetteer, ActorKind, ActorMention, ActorReading, ActorRole, EntityRoleModel, ExtractActorsOptions, GazetteerActor, HarmRole, PortrayalCue } from './actors/index.js';

// Sentence and document classifiers: bias, subjectivity, genre, frames, hyperpartisanship, and the side model users train.
export { createClassifierAssessors, createSentenceSignalsDetector, createSideModelAssessor, loadClassifier, readClassifier, TextClassifier, trainSideModel } from './classify/index.js';
export type { Classification, ClassifierJson, ClassifierName, SideField, SideModelResult, TrainSideOptions } from './classify/index.js';

// Ingestion.
export { ingest, readUrlList, normalizeText, makeDocument, detectLanguage, type IngestItem, type IngestOptions } from './ingest/index.js';

// Storage.
export { openStore, openSqliteStore } from './store/index.js';
export type { AnalyzerInfo, DocumentFilter, SearchHit, Store, StoredAnalysis } from './store/store.js';

// Library operations over a store.
export { addDocuments, tallyAdd, type AddEvent, type AddTotals } from './ops/add.js';
export { analyzeStored, type AnalyzeEvent, type AnalyzeStoredOptions } from './ops/analyze.js';
export { buildFilesReport, buildStoreReport, type CorpusReport, type ReportDocument, type ReportGroup, type ReportOptions } from './ops/report.js';

// Comparison.
export { compareGroups, kwic, logOddsDirichlet, logRatio, SCORERS, techniqueProfile, poissonInterval } from './compare/index.js';
export type { Comparison, CompareGroup, CompareOptions, DistinctiveRow, Kwic, ScoredTerm, TermScorer, ProfileRow } from './compare/index.js';

// Reports.
export { renderHtml } from './report/html.js';
export { renderMarkdown } from './report/markdown.js';
export { renderPretty } from './report/pretty.js';
export { renderCsv, csvCell, csvTable } from './report/csv.js';
export { alignClaims, frameProfile, lensRows, namingFingerprint, omissions, portrayalMatrix, storyStart, timeline } from './compare/lens-rows.js';
export type { ClaimRow, FrameRow, LensDoc, LensRows, NamingRow, OmissionRow, PortrayalRow, StoryStartRow, TimelineRow } from './compare/lens-rows.js';
export { DEFAULT_LENS_LIMITS, LensAccumulator } from './compare/lens-stream.js';
export type { LensLimits, LensPruned } from './compare/lens-stream.js';

// Persuasion techniques: taxonomy, models, the evaluation contract and metrics.
export { categoryOf, createRuleTechniqueModel, loadTaxonomy, loadTechniqueModel, ptcToSemeval2023, semeval2023ToPtc } from './techniques/index.js';
export type { RankedTechnique, Taxonomy, Technique, TechniqueCategory, TechniqueModel, TechniqueSpan } from './techniques/index.js';
export { getPredictTask, PREDICT_TASKS, runPredict, type PredictSummary, type PredictTask } from './predict/index.js';
export { evaluateTask, mergeSpans, multiLabelScore, renderEvalReport, siScore, tcScore, type EvalReport } from './eval/index.js';
