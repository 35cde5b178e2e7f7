/** Two articles side by side, read from the lens rows of their comparison (src/compare/lens-rows.ts, the rows the CLI report shows): naming by concept, figures, and what one article mentions that the other never does. */
import { conceptLabel, termUse } from './lens.js';
import type { ClaimRow, Evidence, Finding, LensRows, NamingRow, OmissionRow, PortrayalRow } from './types.js';

export type Side = 'a' | 'b';

/**
 * The article a group of a two-document comparison stands for: the server names the groups
 * `A · title` and `B · title` in request order (src/server/routes/compare.ts `memberName`).
 *
 * @example
 * sideOfGroup('B · The Silence of the Concord'); // 'b'
 */
export function sideOfGroup(group: string): Side | undefined {
  return group.startsWith('A ·') ? 'a' : group.startsWith('B ·') ? 'b' : undefined;
}

/** One variant of a concept in one article: its naming row, and how the article uses it (`used`, `quoted`, …). */
export interface Variant {
  row: NamingRow;
  uses: string[];
}

/** A concept of the naming table: each article's variants. */
export interface NamingPair {
  /** `pack/concept`. */
  key: string;
  concept: string;
  neutral: string | undefined;
  a: Variant[];
  b: Variant[];
  /** True when the two articles' mixes of variants differ (the lens rows' divergence above 0). */
  differs: boolean;
}

/** How an article uses a variant, from its terminology findings (the lens rows count uses, not how each is used). */
function usesOf(row: NamingRow, findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const t = termUse(f);
    if (t === undefined || t.pack !== row.pack || t.concept !== row.concept || t.term.toLowerCase() !== row.variant.toLowerCase()) continue;
    if (t.use !== undefined && !out.includes(t.use)) out.push(t.use);
  }
  return out;
}

/**
 * The lens naming rows of two articles as one row per concept, in the lens rows' order (the
 * concepts the articles name most differently first).
 *
 * @example
 * namingPairs(report.lens.naming, { a: articleA.findings, b: articleB.findings })[0];
 * // { concept: 'region-name', a: [{ row: { variant: 'Upper Kellmark', count: 4, … }, uses: ['used'] }], b: [{ row: { variant: 'Kelhara', … } }], differs: true }
 */
export function namingPairs(naming: readonly NamingRow[], findings: Record<Side, readonly Finding[]>): NamingPair[] {
  const pairs = new Map<string, NamingPair>();
  for (const row of naming) {
    const side = sideOfGroup(row.group);
    if (side === undefined) continue;
    const key = `${row.pack}/${row.concept}`;
    let pair = pairs.get(key);
    if (pair === undefined) pairs.set(key, (pair = { key, concept: row.concept, neutral: row.neutral, a: [], b: [], differs: row.divergence > 0 }));
    pair[side].push({ row, uses: usesOf(row, findings[side]) });
  }
  return [...pairs.values()];
}

/** Something one article mentions and the other never does, in words for the list. */
export interface Omission {
  row: OmissionRow;
  label: string;
  /** A short note: the actor's role and mentions, the claim a figure is in, the concept a term names. */
  note: string;
  spans: Evidence[];
}

const cut = (text: string, n = 90): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The role the portrayal rows give an actor in most of the group's documents. */
function roleOf(portrayal: readonly PortrayalRow[], actor: string, group: string): string | undefined {
  const roles = Object.entries(portrayal.find((p) => p.actor === actor && p.group === group)?.roles ?? {});
  return roles.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0];
}

/** An omission row in words: what to show, and a note from the other lens tables (portrayal, claims). */
function omissionOf(row: OmissionRow, lens: LensRows): Omission {
  const spans = row.evidence;
  switch (row.kind) {
    case 'number': {
      // The omission row says `number of <topic>`; the claim row of the same topic carries the sentence.
      const topic = row.item.replace(/^number of /, '');
      const claim = lens.claims.find((c) => c.group === row.group && c.topic === topic)?.claims[0];
      return { row, label: spans[0]?.text ?? row.item, note: cut(claim?.text ?? row.item), spans };
    }
    case 'concept':
      return { row, label: [...new Set(spans.map((e) => e.text))].join(', '), note: conceptLabel(row.item.slice(row.item.indexOf('/') + 1)), spans };
    default: {
      const role = roleOf(lens.portrayal, row.item, row.group);
      return { row, label: row.item, note: `${role === undefined ? '' : `${role}, `}named ${row.mentions}×`, spans };
    }
  }
}

/** Drops an item whose first place overlaps one listed before it (an actor that is also a side-marking term, say). */
function distinct(items: readonly Omission[]): Omission[] {
  const out: Omission[] = [];
  for (const item of items) {
    const first = item.spans[0];
    if (first !== undefined && out.some((o) => o.spans.some((s) => s.start < first.end && first.start < s.end))) continue;
    out.push(item);
  }
  return out;
}

/**
 * The lens omission rows of two articles, per article, most central first: actors, places,
 * figures and pack concepts that only one of them mentions.
 *
 * @example
 * omissionsBySide(report.lens).b[0]; // { row: { kind: 'actor', item: 'Khoran', … }, label: 'Khoran', note: 'innocent, named 5×', spans: [ … ] }
 */
export function omissionsBySide(lens: LensRows): Record<Side, Omission[]> {
  const of = (side: Side): Omission[] => distinct(lens.omissions.filter((r) => sideOfGroup(r.group) === side && r.evidence.length > 0).map((r) => omissionOf(r, lens)));
  return { a: of('a'), b: of('b') };
}

/** A quantity both articles give a figure for: each article's claim rows, and whether the figures agree. */
export interface FigurePair {
  /** Kind, unit and topic: what the lens rows match figures by. */
  key: string;
  topic: string;
  unit: string | undefined;
  alignment: ClaimRow['alignment'];
  a: ClaimRow | undefined;
  b: ClaimRow | undefined;
}

/**
 * The lens claim rows both articles have a figure in (diverging first, as the lens orders them);
 * the one-sided ones are among the omissions.
 *
 * @example
 * figurePairs(report.lens.claims)[0]; // { topic: 'convoy', alignment: 'diverge', a: { values: [9, 9], … }, b: { values: [40], … } }
 */
export function figurePairs(claims: readonly ClaimRow[]): FigurePair[] {
  const pairs = new Map<string, FigurePair>();
  for (const row of claims) {
    const side = sideOfGroup(row.group);
    if (side === undefined || row.alignment === 'one-sided') continue;
    const key = `${row.kind}\u0000${row.unit ?? ''}\u0000${row.topic}`;
    const pair = pairs.get(key) ?? { key, topic: row.topic, unit: row.unit, alignment: row.alignment, a: undefined, b: undefined };
    pair[side] = row;
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

/** How a term is used, in words for the table (see src/packs/context.ts `TERM_USES`). */
export function termUseLabel(use: string): string {
  switch (use) {
    case 'used':
      return 'own voice';
    case 'quoted':
      return 'in a quotation';
    case 'mention':
      return 'distanced (scare quotes, “so-called”)';
    case 'attributed':
      return 'attributed to others';
    default:
      return use;
  }
}
