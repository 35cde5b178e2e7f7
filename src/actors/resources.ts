/** The data the actors lens reads, bound once: lexicons as phrase matchers, demonyms, the gazetteer, word valences. */
import { createPhraseMatcher, type PhraseMatch, type PhraseMatcher } from '../lexicon/matcher.js';
import { requireLexicon } from '../lexicon/load.js';
import type { Lexicon, LexiconEntry } from '../lexicon/schema.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { Valence } from '../techniques/learned/polarity.js';
import { withInternationalBodies } from './international.js';
import type { ActorGazetteer, GazetteerActor, Polarity } from './types.js';
import { nameLexicon, type NameLexicon } from './words.js';

/** An evaluative lexicon entry with the lexicon it came from and the way it leans. */
export interface PolarEntry {
  term: string;
  forms: readonly string[];
  match: LexiconEntry['match'];
  weight: number;
  polarity: Polarity;
  /** `name-calling` or `loaded-language`. */
  lexicon: string;
}

/** A gazetteer name or alias as a matcher entry. */
interface GazetteerEntry {
  term: string;
  match: 'exact';
  actor: GazetteerActor;
  /** The name of the actor its mentions count for: its own, or what a metonym stands for. */
  target: string;
}

/** A demonym entry: the state, and whether the matched form names the people (plural noun) or is the adjective. */
export interface DemonymInfo {
  state: string;
  people: boolean;
  /** A state name or alias (`US` → United States), not a demonym. */
  stateName: boolean;
}

/** Everything extraction needs, bound once per detector. */
export interface ActorResources {
  evaluative: PhraseMatcher<PolarEntry>;
  harm: PhraseMatcher<LexiconEntry>;
  speech: PhraseMatcher<LexiconEntry>;
  demonyms: PhraseMatcher<LexiconEntry>;
  /** Lower-case demonym or state form → what it is. */
  demonym: ReadonlyMap<string, DemonymInfo>;
  /** The given gazetteer with the international bodies merged in (`withInternationalBodies`). */
  gazetteer: ActorGazetteer;
  /** Lower-case short name of an organ ("security council") → the organ, for documents that name its parent. */
  shortNames: ReadonlyMap<string, GazetteerActor>;
  /** Per gazetteer actor: the name of the actor its mentions count for (metonyms resolved). */
  gazetteerTarget: ReadonlyMap<GazetteerActor, string>;
  gazetteerMatcher: PhraseMatcher<GazetteerEntry> | undefined;
  names: NameLexicon;
  /** Word valence in [-1, 1] (wink-nlp's sentiment lexicon, shipped with the entity-roles weights); none without them. */
  valence: Valence | undefined;
}

/** Loaded-language categories that ask for sympathy (victim framing) or admiration rather than contempt. */
const SYMPATHY_CATEGORIES = new Set(['sentiment']);
const POSITIVE_CATEGORIES = new Set(['glorification', 'praise']);

function polarityOf(entry: LexiconEntry): Polarity {
  if (entry.polarity === 'positive' || POSITIVE_CATEGORIES.has(entry.category ?? '')) return 'positive';
  if (SYMPATHY_CATEGORIES.has(entry.category ?? '')) return 'sympathy';
  return 'negative';
}

/** Options of `createActorResources`. */
export interface ActorResourceOptions {
  /** Known actors (a conflict pack's); the international bodies are added to them. */
  gazetteer?: ActorGazetteer | undefined;
  valence?: Valence | undefined;
  /** compromise's name lexicon (default: loaded lazily once per process). */
  names?: NameLexicon | undefined;
}

/**
 * Binds the lexicons the lens needs (`name-calling`, `loaded-language`, `harm-verbs`,
 * `speech-verbs`, `demonyms`) into matchers, and the gazetteer's names and aliases into a matcher
 * of its own, the international bodies (src/actors/international.ts) added to it. Throws
 * `SLANT_DATA_INVALID` when a lexicon is missing.
 *
 * @example
 * const resources = createActorResources(loadLexicons(), { gazetteer: [{ name: 'Baku', kind: 'place', aliases: [], standsFor: 'Azerbaijan' }] });
 */
export function createActorResources(lexicons: readonly Lexicon[], options: ActorResourceOptions = {}): ActorResources {
  const evaluativeEntries: PolarEntry[] = [];
  // Name calling first: on a tie the label wins over the loaded word inside it.
  for (const id of ['name-calling', 'loaded-language']) {
    for (const e of requireLexicon(lexicons, id).entries) {
      if (e.weight === 0) continue;
      evaluativeEntries.push({ term: e.term, forms: e.forms, match: e.match, weight: e.weight, polarity: polarityOf(e), lexicon: id });
    }
  }
  const demonymLexicon = requireLexicon(lexicons, 'demonyms');
  const demonym = new Map<string, DemonymInfo>();
  for (const e of demonymLexicon.entries) {
    const state = e.category ?? e.term;
    const stateName = e.term === state;
    demonym.set(e.term.toLowerCase(), { state, people: false, stateName });
    for (const f of e.forms) demonym.set(f.toLowerCase(), { state, people: !stateName, stateName });
  }
  const gazetteer = withInternationalBodies(options.gazetteer ?? []);
  const shortNames = new Map(gazetteer.flatMap((actor) => (actor.shortNames ?? []).map((n): [string, GazetteerActor] => [n.toLowerCase(), actor])));
  const gazetteerTarget = new Map(gazetteer.map((actor) => [actor, standsForTarget(actor, gazetteer)]));
  const gazetteerEntries: GazetteerEntry[] = [];
  const seen = new Set<string>();
  for (const actor of gazetteer) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = name.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      gazetteerEntries.push({ term: name.trim(), match: 'exact', actor, target: gazetteerTarget.get(actor) ?? actor.name });
    }
  }
  return {
    evaluative: createPhraseMatcher(evaluativeEntries),
    harm: createPhraseMatcher(requireLexicon(lexicons, 'harm-verbs').entries),
    speech: createPhraseMatcher(requireLexicon(lexicons, 'speech-verbs').entries),
    demonyms: createPhraseMatcher(demonymLexicon.entries),
    demonym,
    gazetteer,
    shortNames,
    gazetteerTarget,
    gazetteerMatcher: gazetteerEntries.length === 0 ? undefined : createPhraseMatcher(gazetteerEntries),
    names: options.names ?? nameLexicon(),
    valence: options.valence,
  };
}

/**
 * The name of the actor a metonym's mentions count for. `standsFor` may name a gazetteer actor
 * ("Azerbaijan") or describe one ("the government of Azerbaijan"): then the state, organisation or
 * person whose name or alias it contains, longest first. A metonym whose target is not in the
 * gazetteer keeps its own name.
 *
 * @example
 * standsForTarget({ name: 'Baku', kind: 'place', aliases: [], standsFor: 'the government of Azerbaijan' }, pack.actors); // 'Azerbaijan'
 */
export function standsForTarget(actor: GazetteerActor, gazetteer: ActorGazetteer): string {
  if (actor.standsFor === undefined) return actor.name;
  const wanted = actor.standsFor.toLowerCase();
  let best: { name: string; length: number } | undefined;
  for (const other of gazetteer) {
    if (other === actor || other.standsFor !== undefined || other.kind === 'place' || other.kind === 'group') continue;
    for (const n of [other.name, ...other.aliases]) {
      const lower = n.toLowerCase();
      const at = wanted.indexOf(lower);
      const whole = at !== -1 && !/\w/.test(wanted.charAt(at - 1)) && !/\w/.test(wanted.charAt(at + lower.length));
      if (whole && (best === undefined || lower.length > best.length)) best = { name: other.name, length: lower.length };
    }
  }
  return best?.name ?? actor.name;
}

/** The lexicon matches of one document, indexed by the tokens they cover. */
export interface DocMatches {
  evaluative: Map<number, PhraseMatch<PolarEntry>>;
  harm: Array<PhraseMatch<LexiconEntry>>;
  harmAt: Map<number, PhraseMatch<LexiconEntry>>;
  speechAt: Map<number, PhraseMatch<LexiconEntry>>;
  demonymAt: Map<number, PhraseMatch<LexiconEntry>>;
  gazetteerAt: Map<number, PhraseMatch<GazetteerEntry>>;
}

function byToken<E>(matches: Array<PhraseMatch<E>>): Map<number, PhraseMatch<E>> {
  const out = new Map<number, PhraseMatch<E>>();
  for (const m of matches) for (let t = m.startToken; t < m.endToken; t += 1) out.set(t, m);
  return out;
}

/**
 * Scans a document once with every matcher.
 *
 * @example
 * const matches = matchDocument(resources, parse(text, { pos: true }));
 */
export function matchDocument(res: ActorResources, doc: ParsedDoc): DocMatches {
  const harm = res.harm.matchAll(doc.tokens);
  const starts = (matches: Array<PhraseMatch<LexiconEntry>>): Map<number, PhraseMatch<LexiconEntry>> => new Map(matches.map((m) => [m.startToken, m]));
  return {
    evaluative: byToken(res.evaluative.matchAll(doc.tokens)),
    harm,
    harmAt: byToken(harm),
    speechAt: starts(res.speech.matchAll(doc.tokens)),
    demonymAt: starts(res.demonyms.matchAll(doc.tokens)),
    gazetteerAt: res.gazetteerMatcher === undefined ? new Map() : new Map(res.gazetteerMatcher.matchAll(doc.tokens).map((m) => [m.startToken, m])),
  };
}
