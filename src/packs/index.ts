/** Conflict terminology packs: format, compiler, loaders, the terminology detector and the side assessor. */
export { ACTOR_KINDS, CONCEPT_KINDS, CONTEXT_RULES, NEUTRAL, NO_SIDE } from './schema.js';
export type { Pack, PackActor, PackConcept, PackSide, PackSource, PackVariant, ContextRule, ConceptKind, ActorKind } from './schema.js';
export { compilePackFile, compilePacks, formatPackError, type PackError } from './compile.js';
export { loadPackFile, loadPacks, loadPacksWithUser, validatePackFile, COMPILED_PACKS_URL } from './load.js';
export { createTerminologyDetector, terminologyRule, NEUTRAL_CONFIDENCE, type TerminologyData } from './detector.js';
export { assessPackSide, createSideAssessor, scoreSides, MIXED, type SideAssessment } from './side.js';
export { packScanner, type PackReading, type PackScanner, type TermHit } from './scan.js';
export { packCounts, renderPack, renderPackDocs } from './docs.js';
export { classifyUse, type TermUse } from './context.js';
