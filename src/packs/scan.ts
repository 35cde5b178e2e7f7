/**
 * The pack scan: every pack's terms and actors in a document, their context checked, and which
 * packs are relevant to it. One scan serves the terminology detector and the side assessor.
 */
import { createMatcherGroup, type PhraseMatcher } from '../lexicon/matcher.js';
import type { MatchMode } from '../lexicon/schema.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { startsUpper } from '../detectors/support.js';
import { classifyUse, properNounContext, reportedBySide, territoryContext, victimPeopleContext, type PeopleMention, type TermUse } from './context.js';
import { NEUTRAL, type Pack, type PackActor, type PackConcept, type PackVariant } from './schema.js';

/** A pack term found in a document, its context rule satisfied. */
export interface TermHit {
  concept: PackConcept;
  variant: PackVariant;
  startToken: number;
  /** Exclusive. */
  endToken: number;
  start: number;
  end: number;
  /**
   * Whose usage the term is here: the variant's side, or `neutral`; for `victim-people` the side
   * of the people named; for `territory` terms about a place whose own name marks another side
   * ("occupied Artsakh"), that place's side.
   */
  side: string;
  use: TermUse;
  /** What a context rule found, for the reason: the place a `territory` term is about, the people a `victim-people` term is said of. */
  about?: { start: number; end: number } | undefined;
}

/** An actor of a pack named in a document (capitalized, as names are). */
export interface ActorHit {
  actor: PackActor;
  startToken: number;
  endToken: number;
  start: number;
  end: number;
}

/** One pack's reading of a document. */
export interface PackReading {
  pack: Pack;
  /** Whether the document is about this pack's conflict (see `isRelevant`). */
  relevant: boolean;
  /** Occurrences of the pack's own names: anchor variants (neutral ones too) and anchor actors. */
  mentions: number;
  /** Distinct concepts and actors among them. */
  distinct: number;
  terms: TermHit[];
  actors: ActorHit[];
}

/** A pack is considered only when its own names occur at least this often… */
export const MIN_MENTIONS = 3;
/** …naming at least this many different concepts or actors… */
export const MIN_DISTINCT = 2;
/** …and at least this share as often as those of the most-named pack (a Karabakh piece that mentions Crimea once is not about Ukraine). */
export const MIN_SHARE_OF_TOP = 0.2;

export interface PackScanner {
  readonly packs: readonly Pack[];
  /** Every pack's reading of `doc`, in pack order; remembered per token array. */
  read(doc: ParsedDoc): readonly PackReading[];
}

interface VariantEntry {
  term: string;
  forms: readonly string[];
  match: MatchMode;
  concept?: PackConcept | undefined;
  variant?: PackVariant | undefined;
}

interface ActorEntry {
  term: string;
  forms: readonly string[];
  match: MatchMode;
  actor: PackActor;
}

interface Members {
  pack: Pack;
  terms: PhraseMatcher<VariantEntry>;
  actors: PhraseMatcher<ActorEntry>;
}

const scanners = new WeakMap<readonly Pack[], PackScanner>();

/**
 * The scanner for `packs`, made once per packs array, so the terminology detector and the side
 * assessor created from the same array share one scan per document.
 *
 * @example
 * const readings = packScanner(loadPacks()).read(parse(text));
 * readings.filter((r) => r.relevant).map((r) => r.pack.id); // ['karabakh']
 */
export function packScanner(packs: readonly Pack[]): PackScanner {
  let scanner = scanners.get(packs);
  if (scanner === undefined) {
    scanner = createPackScanner(packs);
    scanners.set(packs, scanner);
  }
  return scanner;
}

function createPackScanner(packs: readonly Pack[]): PackScanner {
  // Built on the first read: compiling every pack's phrases takes about 150 ms, which a command that
  // creates an analyzer but analyzes nothing should not pay.
  let built: Members[] | undefined;
  const memo = new WeakMap<readonly Token[], readonly PackReading[]>();
  return {
    packs,
    read(doc) {
      let readings = memo.get(doc.tokens);
      if (readings === undefined) {
        built ??= buildMembers(packs);
        const members = built;
        readings = markRelevant(members.map((m) => readPack(doc, m)));
        memo.set(doc.tokens, readings);
      }
      return readings;
    },
  };
}

/** One matcher group for all packs: per pack, a member for its variants (and ignores) and one for its actors. */
function buildMembers(packs: readonly Pack[]): Members[] {
  const group = createMatcherGroup();
  return packs.map((pack) => ({
    pack,
    terms: group.matcher<VariantEntry>([
      ...pack.concepts.flatMap((concept) => concept.variants.map((variant) => ({ term: variant.term, forms: variant.forms, match: variant.match, concept, variant }))),
      // Listed after the variants: a longer ignore phrase still wins, since the longest match wins.
      ...pack.ignore.map((i) => ({ term: i.term, forms: i.forms, match: i.match })),
    ]),
    actors: group.matcher<ActorEntry>(pack.actors.map((actor) => ({ term: actor.name, forms: actor.aliases, match: 'exact' as const, actor }))),
  }));
}

function readPack(doc: ParsedDoc, { pack, terms, actors }: Members): PackReading {
  const tokens = doc.tokens;
  const actorHits: ActorHit[] = [];
  for (const m of actors.matchAll(tokens)) {
    if (!startsUpper((tokens[m.startToken] as Token).text)) continue;
    actorHits.push({ actor: m.entry.actor, startToken: m.startToken, endToken: m.endToken, start: m.start, end: m.end });
  }
  const matches = terms.matchAll(tokens).filter((m) => m.entry.variant !== undefined);
  // Places the `territory` rule looks for: the pack's place names and place actors.
  const places = new Map<number, { side?: string | undefined }>();
  for (const m of matches) {
    if (m.entry.concept?.kind !== 'place') continue;
    const side = m.entry.variant?.side;
    for (let p = m.startToken; p < m.endToken; p += 1) places.set(p, side === undefined || side === NEUTRAL ? {} : { side });
  }
  for (const a of actorHits) {
    if (a.actor.kind !== 'place') continue;
    for (let p = a.startToken; p < a.endToken; p += 1) if (!places.has(p)) places.set(p, {});
  }
  const people: PeopleMention[] = [];
  for (const a of actorHits) {
    if (a.actor.kind === 'group' && a.actor.side !== undefined) people.push({ startToken: a.startToken, endToken: a.endToken, side: a.actor.side });
  }

  const bySide = new Map<string, ActorHit[]>();
  for (const a of actorHits) {
    if (a.actor.side === undefined) continue;
    const list = bySide.get(a.actor.side);
    if (list === undefined) bySide.set(a.actor.side, [a]);
    else list.push(a);
  }
  const actorsOf = (side: string): readonly ActorHit[] => bySide.get(side) ?? [];

  const termHits: TermHit[] = [];
  for (const m of matches) {
    const concept = m.entry.concept as PackConcept;
    const variant = m.entry.variant as PackVariant;
    let side = variant.side ?? NEUTRAL;
    let about: { start: number; end: number } | undefined;
    if (variant.context === 'proper-noun' && !properNounContext(doc, m.startToken)) continue;
    if (variant.context === 'territory') {
      const found = territoryContext(doc, m.startToken, m.endToken, (p) => places.get(p));
      if (found === undefined) continue;
      if (found.side !== undefined) side = found.side;
      const t = tokens[found.at] as Token;
      about = { start: t.start, end: t.end };
    }
    if (variant.context === 'victim-people') {
      const victims = victimPeopleContext(doc, m.startToken, m.endToken, people);
      if (victims === undefined) continue;
      side = victims.side;
      about = { start: (tokens[victims.startToken] as Token).start, end: (tokens[victims.endToken - 1] as Token).end };
    }
    let use = classifyUse(doc, m.startToken, m.endToken, variant.quotes);
    if ((use === 'used' || use === 'quoted') && side !== NEUTRAL && reportedBySide(doc, m.startToken, actorsOf(side))) use = 'attributed';
    termHits.push({ concept, variant, startToken: m.startToken, endToken: m.endToken, start: m.start, end: m.end, side, use, ...(about === undefined ? {} : { about }) });
  }

  let mentions = 0;
  const distinct = new Set<string>();
  for (const t of termHits) {
    if (!t.variant.anchor) continue;
    mentions += 1;
    distinct.add(`concept:${t.concept.id}`);
  }
  for (const a of actorHits) {
    if (!a.actor.anchor) continue;
    mentions += 1;
    distinct.add(`actor:${a.actor.name}`);
  }
  return { pack, relevant: false, mentions, distinct: distinct.size, terms: termHits, actors: actorHits };
}

/**
 * Marks the packs a document is about: at least `MIN_MENTIONS` occurrences of the pack's own
 * names, `MIN_DISTINCT` of them different, and at least `MIN_SHARE_OF_TOP` as many as the
 * most-named pack's. Generic words ("occupied", "terrorists") never count, so an article about an
 * occupied parking space wakes no pack.
 */
function markRelevant(readings: PackReading[]): PackReading[] {
  const candidates = readings.filter((r) => r.mentions >= MIN_MENTIONS && r.distinct >= MIN_DISTINCT);
  const top = Math.max(0, ...candidates.map((r) => r.mentions));
  for (const r of candidates) r.relevant = r.mentions >= MIN_SHARE_OF_TOP * top;
  return readings;
}
