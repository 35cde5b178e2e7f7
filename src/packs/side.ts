/**
 * Side by pack: for each conflict pack relevant to a document, whose language the document takes,
 * read from its side-marking terms and from name calling aimed at a side's actors.
 */
import type { Finding } from '../core/finding.js';
import { sha256, stableStringify } from '../core/hash.js';
import type { Assessor, DocumentSignal, ScoredLabel } from '../core/signal.js';
import { normalizeTerm } from '../lexicon/compile.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { startsUpper } from '../detectors/support.js';
import { packScanner, type ActorHit, type PackReading, type TermHit } from './scan.js';
import { NEUTRAL, type Pack, type PackActor } from './schema.js';

const ID = 'side';
const VERSION = '1.0.0';

/** Labels besides the side ids. */
export const MIXED = 'mixed';

/**
 * Total side-marking weight at which the reading is 1 − 1/e ≈ 63% sure that the document takes
 * a side at all: about two strongly marked concepts.
 */
export const STRENGTH_SCALE = 2;
/** Each further occurrence of a concept adds less: weight × (1 + REPEAT_FACTOR × ln count). */
export const REPEAT_FACTOR = 0.5;
/** Share of a name-calling finding's confidence that counts against the side of the actor it targets. */
export const ATTACK_FACTOR = 0.5;
/** Words on each side of a name-calling finding searched for the actor it targets. */
const TARGET_WINDOW = 4;

/** One piece of evidence for a side: a concept (or an attacked actor) with its strongest weight and how often it occurs. */
export interface SideUnit {
  side: string;
  /** `concept:<id>`, `mention:<id>` or `attack:<actor>`: occurrences of one key add up with diminishing returns. */
  key: string;
  weight: number;
  count: number;
  /** The words as written (first occurrence), for evidence. */
  text: string;
  /** For attacks: the actor aimed at; for mentions: the side whose term was scare-quoted. */
  about?: string | undefined;
}

/** A side reading of one document for one pack. */
export interface SideAssessment {
  pack: string;
  /** A side id, `mixed` or `neutral`. */
  label: string;
  score: number;
  /** Every label with its score, best first. */
  scores: ScoredLabel[];
  /** Side-marking weight per side. */
  totals: Record<string, number>;
  /** 1 − exp(−total / STRENGTH_SCALE): how much side-marking language there is at all. */
  strength: number;
  evidence: string[];
  units: SideUnit[];
}

/**
 * The scores of every label from per-side weights, and the best one. With p the share of each
 * side in the total weight and `strength` = 1 − exp(−total / 2): a side scores strength × p,
 * `mixed` strength × (1 − (p₁ − p₂)) for the two leading shares, `neutral` 1 − strength. So a
 * side wins when it holds more than two thirds of the weight (two sides) and there is enough of
 * it; ties go to `neutral`, then `mixed`.
 *
 * @example
 * scoreSides(['a', 'b'], { a: 4, b: 0 }).label; // 'a' (score 0.86)
 * scoreSides(['a', 'b'], { a: 2, b: 1.5 }).label; // 'mixed'
 * scoreSides(['a', 'b'], { a: 0.5, b: 0 }).label; // 'neutral'
 */
export function scoreSides(sides: readonly string[], totals: Readonly<Record<string, number>>): { label: string; score: number; scores: ScoredLabel[]; strength: number } {
  const total = sides.reduce((n, s) => n + (totals[s] ?? 0), 0);
  const strength = 1 - Math.exp(-total / STRENGTH_SCALE);
  const shares = sides.map((s) => (total === 0 ? 0 : (totals[s] ?? 0) / total)).sort((a, b) => b - a);
  const mixed = total === 0 ? 0 : strength * (1 - ((shares[0] ?? 0) - (shares[1] ?? 0)));
  const ordered: ScoredLabel[] = [
    { label: NEUTRAL, score: round(1 - strength) },
    { label: MIXED, score: round(mixed) },
    ...sides.map((s) => ({ label: s, score: round(total === 0 ? 0 : (strength * (totals[s] ?? 0)) / total) })),
  ];
  let best = ordered[0] as ScoredLabel;
  for (const l of ordered) if (l.score > best.score) best = l;
  const scores = [...ordered].sort((a, b) => b.score - a.score);
  return { label: best.label, score: best.score, scores, strength: round(strength) };
}

/** Units add up per side: each key counts its strongest weight, repeated occurrences with diminishing returns. */
export function sideTotals(units: readonly SideUnit[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const u of units) totals[u.side] = (totals[u.side] ?? 0) + unitScore(u);
  for (const k of Object.keys(totals)) totals[k] = round(totals[k] as number);
  return totals;
}

function unitScore(u: SideUnit): number {
  return u.weight * (1 + REPEAT_FACTOR * Math.log(u.count));
}

/**
 * The side units of one pack's reading: each term used in the writer's voice counts for its
 * side at its weight, a quoted one at half; a term set off in scare quotes or after "so-called"
 * counts at half for the other side(s), since the writer distances from it; an attributed one
 * ("which Lusovia calls Kelhara") not at all. Name calling aimed at an actor of a side counts
 * against that side, for the other side(s).
 */
export function sideUnits(doc: ParsedDoc, reading: PackReading, findings: readonly Finding[]): SideUnit[] {
  const pack = reading.pack;
  const sideIds = pack.sides.map((s) => s.id);
  const units = new Map<string, SideUnit>();
  const add = (side: string, key: string, weight: number, text: string, about?: string): void => {
    const id = `${side}\u0000${key}`;
    const unit = units.get(id);
    if (unit === undefined) units.set(id, { side, key, weight, count: 1, text, ...(about === undefined ? {} : { about }) });
    else {
      unit.count += 1;
      if (weight > unit.weight) unit.weight = weight;
    }
  };
  for (const hit of reading.terms) {
    if (hit.side === NEUTRAL || hit.use === 'attributed') continue;
    const text = doc.text.slice(hit.start, hit.end);
    const weight = hit.variant.weight;
    if (hit.use === 'mention') {
      const others = sideIds.filter((s) => s !== hit.side);
      for (const other of others) add(other, `mention:${hit.concept.id}`, (weight / 2) / others.length, text, hit.side);
    } else add(hit.side, `concept:${hit.concept.id}`, hit.use === 'quoted' ? weight / 2 : weight, text);
  }
  const marked = reading.terms.filter((h) => h.side !== NEUTRAL);
  let actorAt: Map<number, ActorHit> | undefined;
  for (const f of findings) {
    if (f.detector !== 'name-calling') continue;
    // A label that is itself a pack term ("terrorists", "occupiers") already counts as that term.
    if (marked.some((h) => h.start < f.end && f.start < h.end)) continue;
    actorAt ??= actorsByToken(reading);
    const target = attackTarget(doc, reading, f, actorAt);
    if (target?.side === undefined) continue;
    const others = sideIds.filter((s) => s !== target.side);
    for (const other of others) add(other, `attack:${target.name}`, (ATTACK_FACTOR * f.confidence) / others.length, f.text, target.name);
  }
  return [...units.values()];
}

/**
 * The actor of the pack a name-calling finding aims at: the target the detector named, an actor
 * named inside the finding ("the Pashinyan regime"), or the nearest one within four words in
 * the same clause ("the Armenian warmonger", "the autocrat of Azerbaijan"). Another capitalized
 * name in between ends the search: "with the neo-fascist Geert Wilders" aims at Wilders.
 */
export function attackTarget(doc: ParsedDoc, reading: PackReading, finding: Finding, actorAt: ReadonlyMap<number, ActorHit> = actorsByToken(reading)): PackActor | undefined {
  const target = finding.data?.target;
  if (typeof target === 'string') {
    const key = normalizeTerm(target);
    const named = reading.pack.actors.find((a) => [a.name, ...a.aliases].some((n) => normalizeTerm(n) === key));
    if (named !== undefined) return named;
  }
  const inside = reading.actors.find((a) => a.start >= finding.start && a.end <= finding.end);
  if (inside !== undefined) return inside.actor;
  const tokens = doc.tokens;
  const first = tokenAt(tokens, finding.start);
  const last = tokenAt(tokens, finding.end - 1);
  if (first === undefined || last === undefined) return undefined;
  const sentence = (tokens[first] as Token).sentence;
  const look = (from: number, step: 1 | -1): { actor: PackActor; distance: number } | undefined => {
    for (let p = from, words = 0; p >= 0 && p < tokens.length && words < TARGET_WINDOW; p += step) {
      const t = tokens[p] as Token;
      if (t.sentence !== sentence) return undefined;
      const hit = actorAt.get(p);
      if (hit !== undefined) return { actor: hit.actor, distance: words };
      if (t.type === 'punctuation') {
        if (t.text === '-' || t.text === '’' || t.text === "'") continue;
        return undefined;
      }
      if (startsUpper(t.text) && p !== (doc.sentences[sentence]?.tokenStart ?? -1)) return undefined;
      words += 1;
    }
    return undefined;
  };
  const before = look(first - 1, -1);
  const after = look(last + 1, 1);
  if (before === undefined) return after?.actor;
  if (after === undefined) return before.actor;
  return after.distance < before.distance ? after.actor : before.actor;
}

/** The actor named at each token of a reading. */
function actorsByToken(reading: PackReading): Map<number, ActorHit> {
  const actorAt = new Map<number, ActorHit>();
  for (const a of reading.actors) for (let p = a.startToken; p < a.endToken; p += 1) actorAt.set(p, a);
  return actorAt;
}

/** Index of the token that holds offset `offset` (binary search), or undefined. */
function tokenAt(tokens: readonly Token[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/**
 * The side reading of one pack for a parsed document: units, totals, scores, label and the
 * evidence a reader can check (the terms per side, the attacks, the scare-quoted terms, the
 * neutral forms, and why the label is what it is).
 *
 * @example
 * const reading = packScanner(packs).read(doc).find((r) => r.pack.id === 'karabakh');
 * assessPackSide(doc, reading, findings).label; // 'azerbaijan'
 */
export function assessPackSide(doc: ParsedDoc, reading: PackReading, findings: readonly Finding[]): SideAssessment {
  const pack = reading.pack;
  const sideIds = pack.sides.map((s) => s.id);
  const units = sideUnits(doc, reading, findings);
  const totals = sideTotals(units);
  const { label, score, scores, strength } = scoreSides(sideIds, totals);
  return { pack: pack.id, label, score, scores, totals, strength, units, evidence: sideEvidence(doc, pack, reading, units, totals, label, strength) };
}

function sideEvidence(doc: ParsedDoc, pack: Pack, reading: PackReading, units: readonly SideUnit[], totals: Record<string, number>, label: string, strength: number): string[] {
  const name = (side: string): string => pack.sides.find((s) => s.id === side)?.name ?? side;
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  const weights = pack.sides.map((s) => `${s.id} ${(totals[s.id] ?? 0).toFixed(2)}`).join(', ');
  const out: string[] = [];
  if (label === NEUTRAL) {
    out.push(
      total === 0
        ? 'neutral: no side-marking term in the writer’s own voice'
        : `neutral: too little side-marking language to read a side (weight ${weights}; strength ${strength.toFixed(2)} of 1)`,
    );
  } else if (label === MIXED) {
    out.push(`mixed: both sides’ vocabulary, no side holds two thirds of the weight (${weights})`);
  } else {
    const concepts = new Set(units.filter((u) => u.side === label).map((u) => u.key)).size;
    out.push(`${label}: the ${name(label)} side’s vocabulary holds ${Math.round(((totals[label] ?? 0) / total) * 100)}% of the side-marking weight (${weights}), from ${concepts} concept${concepts === 1 ? '' : 's'} and targets`);
  }
  for (const side of pack.sides) {
    const own = variantCounts(doc, reading, (h) => h.side === side.id && (h.use === 'used' || h.use === 'quoted'));
    if (own.length > 0) out.push(`${side.id} usage: ${termList(own, 10)}`);
  }
  for (const side of pack.sides) {
    const attacks = units.filter((u) => u.side === side.id && u.key.startsWith('attack:'));
    if (attacks.length > 0) out.push(`name calling aimed at the other side counts for ${side.id}: ${attacks.map((u) => `${quote(u.text)} (at ${u.about ?? '?'})${u.count > 1 ? ` ×${u.count}` : ''}`).join(', ')}`);
    const mentions = variantCounts(doc, reading, (h) => h.use === 'mention' && h.side !== side.id && h.side !== NEUTRAL);
    if (mentions.length > 0) out.push(`scare-quoted terms of the other side count for ${side.id}: ${termList(mentions, 6)}`);
  }
  const neutral = new Map<string, { text: string; count: number }>();
  for (const hit of reading.terms) {
    if (hit.side !== NEUTRAL) continue;
    const text = doc.text.slice(hit.start, hit.end);
    const key = normalizeTerm(hit.variant.term);
    const seen = neutral.get(key);
    if (seen === undefined) neutral.set(key, { text, count: 1 });
    else seen.count += 1;
  }
  if (neutral.size > 0) out.push(`neutral forms: ${[...neutral.values()].slice(0, 6).map((n) => `${quote(n.text)}${n.count > 1 ? ` ×${n.count}` : ''}`).join(', ')}`);
  const attributed = reading.terms.filter((h) => h.use === 'attributed' && h.side !== NEUTRAL).length;
  if (attributed > 0) out.push(`${attributed} side-marking term${attributed === 1 ? '' : 's'} attributed to others (“which … calls …”), not counted`);
  return out;
}

/** The variants among a reading's terms that pass `keep`, each with its first wording and count, strongest first, then in order of appearance. */
function variantCounts(doc: ParsedDoc, reading: PackReading, keep: (hit: TermHit) => boolean): Array<{ text: string; count: number; weight: number }> {
  const byTerm = new Map<string, { text: string; count: number; weight: number }>();
  for (const hit of reading.terms) {
    if (!keep(hit)) continue;
    const key = `${hit.concept.id}\u0000${hit.variant.rule}`;
    const seen = byTerm.get(key);
    if (seen === undefined) byTerm.set(key, { text: doc.text.slice(hit.start, hit.end), count: 1, weight: hit.variant.weight });
    else seen.count += 1;
  }
  const score = (v: { count: number; weight: number }): number => v.weight * (1 + REPEAT_FACTOR * Math.log(v.count));
  return [...byTerm.values()].sort((a, b) => score(b) - score(a));
}

function termList(items: ReadonlyArray<{ text: string; count: number }>, max: number): string {
  const shown = items.slice(0, max).map((u) => `${quote(u.text)}${u.count > 1 ? ` ×${u.count}` : ''}`);
  return `${shown.join(', ')}${items.length > max ? ` (+${items.length - max} more)` : ''}`;
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The side assessor over `packs` (bound once): one `side:<pack>` reading per relevant pack. It
 * reads the same scan as the terminology detector, so hiding weak terminology findings
 * (`--min-confidence`) does not change the reading; name calling comes from the findings.
 *
 * @example
 * const assessor = createSideAssessor(loadPacks());
 * assessor.assess(doc, findings); // [{ id: 'side:karabakh', labels: [{ label: 'azerbaijan', score: 0.87 }], … }]
 */
export function createSideAssessor(packs: readonly Pack[]): Assessor {
  const scanner = packScanner(packs);
  const model = `side-rules-${VERSION}+${sha256(stableStringify(packs), 10)}`;
  return {
    id: ID,
    description: 'For each conflict pack the document is about, whose side its language takes: the side-marking terms it uses and the name calling it aims at each side.',
    version: model.replace('side-rules-', ''),
    assess(doc, findings) {
      const signals: DocumentSignal[] = [];
      for (const reading of scanner.read(doc)) {
        if (!reading.relevant) continue;
        const a = assessPackSide(doc, reading, findings);
        signals.push({
          id: `side:${a.pack}`,
          summary: `Side (${reading.pack.title}): ${a.label} (${a.score.toFixed(2)})`,
          labels: [{ label: a.label, score: a.score }],
          scores: a.scores,
          evidence: a.evidence,
          model,
        });
      }
      return signals.length === 0 ? undefined : signals;
    },
  };
}
