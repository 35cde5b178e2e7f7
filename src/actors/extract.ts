/** The actors of a document with their portrayal and role: rule cues, and the learned model's probabilities when it is shipped. */
import type { Lexicon } from '../lexicon/schema.js';
import { loadLexicons } from '../lexicon/load.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { Valence } from '../techniques/learned/polarity.js';
import { analyzeDocument, type DocAnalysis } from './analysis.js';
import { mentionFeatures } from './features.js';
import { describeFeature, loadEntityRoleModel, MAIN_ROLES, type EntityRoleModel } from './model.js';
import { createActorResources, type ActorResources } from './resources.js';
import { ruleEvidence, ruleRole, type RoleEvidence } from './roles.js';
import type { Actor, ActorGazetteer, ActorKind, ActorRole, HarmRole, PortrayalCue } from './types.js';

/** An actor with the role the text casts it in. */
export interface ActorReading extends Omit<Actor, 'kind'> {
  kind: ActorKind | 'unknown';
  /** An international organisation or organ (src/actors/international.ts). */
  international: boolean;
  role: ActorRole;
  /** In [0, 1]: how clearly the text casts the actor in `role`. */
  roleScore: number;
  /** Rule evidence per role (summed cue weights). */
  rules: RoleEvidence;
  /** The learned model's probabilities per role (averaged over the actor's mentions), when a model was used. */
  model?: { protagonist: number; antagonist: number; innocent: number } | undefined;
  /** Short phrases a reader can check against the text. */
  evidence: string[];
  /** Index into `mentions` of the mention with the most portrayal: where a reader should look first. */
  focus: number;
}

/** Options of `createActorExtractor` and `extractActors`. */
export interface ExtractActorsOptions {
  /** Known actors (a conflict pack's `actors`): their names, aliases, sides and metonyms. */
  gazetteer?: ActorGazetteer | undefined;
  /** The learned role model; default: the shipped one when present. `null` for rules only. */
  model?: EntityRoleModel | null | undefined;
  /** The compiled lexicons (default: `loadLexicons()`). */
  lexicons?: readonly Lexicon[] | undefined;
  /** Also run compromise's tagger to find names the rules miss (65–100 ms per article). */
  tagger?: boolean | undefined;
  /** Word valences for portrayal (default: the model's table; without a model, none: lexicon words only). */
  valence?: Valence | undefined;
}

/** Reads the actors of documents; data bound once. */
export interface ActorExtractor {
  readonly model: EntityRoleModel | undefined;
  readonly resources: ActorResources;
  extract(doc: ParsedDoc): ActorReading[];
  /** The full analysis (mentions, cues, harm roles) behind `extract`, for the detector and the predict task. */
  analyze(doc: ParsedDoc, spans?: ReadonlyArray<{ start: number; end: number }>): DocAnalysis;
}

/**
 * Binds lexicons, gazetteer and model once.
 *
 * @example
 * const extractor = createActorExtractor({ gazetteer: [{ name: 'Baku', kind: 'place', aliases: [], standsFor: 'Azerbaijan' }] });
 * extractor.extract(parse(text, { pos: true })).filter((a) => a.role === 'antagonist');
 */
export function createActorExtractor(options: ExtractActorsOptions = {}): ActorExtractor {
  const model = options.model === null ? undefined : (options.model ?? loadEntityRoleModel());
  const resources = createActorResources(options.lexicons ?? loadLexicons(), { gazetteer: options.gazetteer, valence: options.valence ?? model?.valence });
  const analyze = (doc: ParsedDoc, spans?: ReadonlyArray<{ start: number; end: number }>): DocAnalysis => analyzeDocument(doc, resources, { tagger: options.tagger, spans });
  return {
    model,
    resources,
    analyze,
    extract: (doc) => readActors(analyze(doc), model),
  };
}

const defaults = new Map<string, ActorExtractor>();

/**
 * The actors of a document parsed with POS tags, with their mentions, portrayal, harm roles and
 * role. A convenience over `createActorExtractor` (which a caller with many documents should keep).
 *
 * @example
 * const actors = extractActors(parse('Ilham Aliyev remains dishonest and ruthless.', { pos: true }));
 * actors[0]; // { name: 'Ilham Aliyev', kind: 'person', role: 'antagonist', portrayal: [dishonest, ruthless], … }
 */
export function extractActors(doc: ParsedDoc, options: ExtractActorsOptions = {}): ActorReading[] {
  const simple = options.gazetteer === undefined && options.lexicons === undefined && options.model === undefined && options.valence === undefined;
  if (!simple) return createActorExtractor(options).extract(doc);
  const key = options.tagger === true ? 'tagger' : 'plain';
  let extractor = defaults.get(key);
  if (extractor === undefined) defaults.set(key, (extractor = createActorExtractor(options)));
  return extractor.extract(doc);
}

/** The role probabilities of one mention, in `MAIN_ROLES` order, with the features behind them. */
export function mentionProbabilities(a: DocAnalysis, m: number, model: EntityRoleModel): { p: Float64Array; features: string[] } {
  const features: string[] = [];
  mentionFeatures(a, m, model.params, features);
  return { p: model.probabilities(features), features };
}

const ROLE_INDEX: Record<Exclude<ActorRole, 'neutral'>, number> = { protagonist: 0, antagonist: 1, innocent: 2 };

/** Turns an analysis into actor readings: cues summed per actor, the rules' role, mixed with the model's probabilities. */
export function readActors(a: DocAnalysis, model: EntityRoleModel | undefined): ActorReading[] {
  const out: ActorReading[] = [];
  for (const merged of a.actors) {
    const mentions = merged.members.map((i) => a.mentions[i]).filter((m) => m !== undefined);
    const portrayal = merged.members.flatMap((i) => a.portrayal[i] ?? []);
    const harm = merged.members.flatMap((i) => a.harm[i] ?? []);
    const head = mentions.map((m) => m.head).find((h) => h !== undefined);
    const rules = ruleEvidence({ portrayal, harm, mentions: [], head });
    let role = ruleRole(rules);
    let probabilities: ActorReading['model'];
    let contributions: string[] = [];
    // The model only refines a role the rules give: an actor without cues stays neutral, so its mentions are not scored.
    if (model !== undefined && role.role !== 'neutral') {
      const sum = new Float64Array(MAIN_ROLES.length);
      let bestFeatures: string[] = [];
      for (const i of merged.members) {
        const { p, features } = mentionProbabilities(a, i, model);
        for (let k = 0; k < sum.length; k += 1) sum[k] = (sum[k] as number) + (p[k] as number) / merged.members.length;
        if (bestFeatures.length === 0 || (a.portrayal[i]?.length ?? 0) + (a.harm[i]?.length ?? 0) > 0) bestFeatures = features;
      }
      probabilities = { protagonist: round(sum[0] as number), antagonist: round(sum[1] as number), innocent: round(sum[2] as number) };
      role = combine(rules, sum);
      if (role.role !== 'neutral') {
        contributions = model.contributions(bestFeatures, ROLE_INDEX[role.role], 3).map((c) => describeFeature(c.feature));
      }
    }
    const focus = focusOf(a, merged.members);
    out.push({
      key: merged.key,
      surname: merged.surname,
      name: merged.name,
      kind: merged.kind,
      aliases: merged.aliases,
      state: merged.state,
      side: merged.side,
      international: merged.international,
      mentions: mentions.map((m) => ({ ...m })),
      portrayal,
      harm,
      sourceOnly: mentions.length > 0 && mentions.every((m) => m.speaker),
      role: role.role,
      roleScore: role.score,
      rules,
      model: probabilities,
      evidence: [...describeCues(portrayal, harm), ...contributions.map((c) => `model: ${c}`)],
      focus,
    });
  }
  return out;
}

/**
 * The lens's role: the rules decide whether the text casts the actor at all (some cue, at least
 * `RULE_ROLE_THRESHOLD` of evidence); then the rules' shares and the model's probabilities are
 * averaged, half each. The model alone would cast every actor, because every entity in its
 * training data has a role; the rules alone miss what context says.
 */
function combine(rules: RoleEvidence, p: Float64Array): { role: ActorRole; score: number } {
  const ruled = ruleRole(rules);
  if (ruled.role === 'neutral') return ruled;
  const total = rules.antagonist + rules.protagonist + rules.innocent;
  const mix = [0.5 * (p[0] as number) + (0.5 * rules.protagonist) / total, 0.5 * (p[1] as number) + (0.5 * rules.antagonist) / total, 0.5 * (p[2] as number) + (0.5 * rules.innocent) / total];
  let best = 0;
  for (let k = 1; k < 3; k += 1) if ((mix[k] as number) > (mix[best] as number)) best = k;
  const role: ActorRole = best === 0 ? 'protagonist' : best === 1 ? 'antagonist' : 'innocent';
  return { role, score: round(mix[best] as number) };
}

function focusOf(a: DocAnalysis, members: readonly number[]): number {
  let best = 0;
  let bestWeight = -1;
  members.forEach((i, k) => {
    const w = (a.portrayal[i] ?? []).reduce((n, c) => n + c.weight, 0) + (a.harm[i] ?? []).reduce((n, h) => n + h.weight, 0);
    if (w > bestWeight) {
      best = k;
      bestWeight = w;
    }
  });
  return best;
}

const HOW: Record<PortrayalCue['how'], string> = { modifier: 'modifier', apposition: 'apposition', predicate: 'predicate', possessive: 'its' };

/** "“autocrat” (apposition, name calling)", "agent of “blockade”", "patient of “killed” (passive)". */
function describeCues(portrayal: readonly PortrayalCue[], harm: readonly HarmRole[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of portrayal) {
    const line = `“${c.text}” (${HOW[c.how]}, ${c.polarity}${c.negated ? ', negated' : ''}${c.quoted ? ', quoted' : ''})`;
    if (!seen.has(line)) out.push(line);
    seen.add(line);
  }
  for (const h of harm) {
    const line = `${h.role} of “${h.text}” (${h.kind === 'help' ? 'help' : h.category}, ${h.voice})`;
    if (!seen.has(line)) out.push(line);
    seen.add(line);
  }
  return out;
}

const round = (x: number): number => Math.round(x * 100) / 100;
