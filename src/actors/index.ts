/** The actors lens: who a text is about, how it portrays them, who does harm and who suffers it, and the role each is cast in. */
export { analyzeDocument, type AnalysisOptions, type DocAnalysis } from './analysis.js';
export { createActorsDetector, type ActorsDetectorData } from './detector.js';
export { createActorExtractor, extractActors, readActors, type ActorExtractor, type ActorReading, type ExtractActorsOptions } from './extract.js';
export { loadEntityRoleModel, MAIN_ROLES, parseEntityRoleWeights, type EntityRoleModel, type EntityRoleWeightsJson, type MainRoleLabel } from './model.js';
export { gazetteerFromPacks, type PackActors } from './gazetteer.js';
export { createActorResources, type ActorResources } from './resources.js';
export type { Actor, ActorGazetteer, ActorKind, ActorMention, ActorRole, GazetteerActor, HarmEvent, HarmRole, Polarity, PortrayalCue, PortrayalHow } from './types.js';
