/** Two analyses side by side, computed in the browser: naming differences by concept, and what one article mentions that the other never does. */
import { actorView, claimView, conceptLabel, termsByConcept, termUse, type Span, type TermUse } from './lens.js';
import type { Finding } from './types.js';

/** One variant of a concept as one article writes it: the term, whose usage it is, how it is used, and where. */
export interface Variant {
  term: string;
  side?: string | undefined;
  uses: string[];
  spans: Span[];
}

export interface NamingRow {
  /** `pack/concept`. */
  key: string;
  pack: string;
  concept: string;
  neutral?: string | undefined;
  a: Variant[];
  b: Variant[];
  /** True when the two articles do not use the same set of variants. */
  differs: boolean;
}

function variants(uses: readonly TermUse[] | undefined): Variant[] {
  const byTerm = new Map<string, Variant>();
  for (const u of uses ?? []) {
    const term = u.finding.text;
    const key = term.toLowerCase();
    const v = byTerm.get(key) ?? { term, side: u.side, uses: [], spans: [] };
    if (u.use !== undefined && !v.uses.includes(u.use)) v.uses.push(u.use);
    v.spans.push({ start: u.finding.start, end: u.finding.end });
    byTerm.set(key, v);
  }
  return [...byTerm.values()].sort((x, y) => y.spans.length - x.spans.length || x.term.localeCompare(y.term));
}

/**
 * Terminology findings of two articles by concept: which variant each uses. Rows where the two
 * differ come first, then by how often the concept is named.
 *
 * @example
 * namingDifferences(findingsA, findingsB)[0]; // { concept: 'region-name', a: [{ term: 'Upper Kellmark', … }], b: [{ term: 'Kelhara', … }], differs: true }
 */
export function namingDifferences(a: readonly Finding[], b: readonly Finding[]): NamingRow[] {
  const ta = termsByConcept(a);
  const tb = termsByConcept(b);
  const keys = [...new Set([...ta.keys(), ...tb.keys()])];
  const rows = keys.map((key): NamingRow => {
    const first = (ta.get(key) ?? tb.get(key))![0]!;
    const va = variants(ta.get(key));
    const vb = variants(tb.get(key));
    const set = (vs: Variant[]): string => vs.map((v) => v.term.toLowerCase()).sort().join('\u0000');
    return { key, pack: first.pack, concept: first.concept, neutral: first.neutral, a: va, b: vb, differs: set(va) !== set(vb) };
  });
  const uses = (r: NamingRow): number => [...r.a, ...r.b].reduce((n, v) => n + v.spans.length, 0);
  return rows.sort((x, y) => Number(y.differs) - Number(x.differs) || uses(y) - uses(x) || x.key.localeCompare(y.key));
}

/** Something one article mentions and the other never does, with where it is. */
export interface Omission {
  kind: 'actor' | 'figure' | 'term';
  label: string;
  /** A short note: the actor's role, the claim the figure is in. */
  note?: string | undefined;
  spans: Span[];
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Actors of `mine` that `theirs` never names (by name or alias). An actor named with a side-marking
 * term whose concept `theirs` names its own way ("Upper Kellmark" against "Kelhara") is a naming
 * difference, shown as such, not an omission.
 */
function actorsOnly(mine: readonly Finding[], theirs: readonly Finding[]): Omission[] {
  const known = new Set<string>();
  for (const f of theirs) {
    const a = actorView(f);
    if (a !== undefined) for (const n of [a.name, ...a.aliases]) known.add(norm(n));
  }
  const theirConcepts = new Set(termsByConcept(theirs).keys());
  const myTerms = mine.map(termUse).filter((t) => t !== undefined);
  const namedTheirWay = (mentions: readonly Span[]): boolean =>
    myTerms.some((t) => theirConcepts.has(`${t.pack}/${t.concept}`) && mentions.some((m) => overlaps(m, t.finding)));
  const out: Omission[] = [];
  for (const f of mine) {
    const a = actorView(f);
    if (a === undefined || [a.name, ...a.aliases].some((n) => known.has(norm(n))) || namedTheirWay(a.mentions)) continue;
    out.push({ kind: 'actor', label: a.name, note: `${a.role}${a.kind === undefined ? '' : `, ${a.kind}`}, named ${a.mentions.length}×`, spans: a.mentions });
  }
  return out.sort((x, y) => y.spans.length - x.spans.length || x.label.localeCompare(y.label));
}

/** Figures (claim numbers) of `mine` whose value `theirs` never states. Bare small counts ("lie number two") are left out. */
function figuresOnly(mine: readonly Finding[], theirs: readonly Finding[]): Omission[] {
  const key = (n: { value?: number | undefined; kind?: string | undefined }): string | undefined => (n.value === undefined ? undefined : `${n.kind ?? ''}:${n.value}`);
  const known = new Set<string>();
  for (const f of theirs) for (const n of claimView(f)?.numbers ?? []) {
    const k = key(n);
    if (k !== undefined) known.add(k);
  }
  const out = new Map<string, Omission>();
  for (const f of mine) {
    const c = claimView(f);
    for (const n of c?.numbers ?? []) {
      const k = key(n);
      if (k === undefined || known.has(k)) continue;
      if (n.kind === 'count' && n.what === undefined && (n.value ?? 0) < 10) continue;
      const seen = out.get(k);
      if (seen !== undefined) seen.spans.push({ start: n.start, end: n.end });
      else out.set(k, { kind: 'figure', label: n.text, note: c!.finding.text.length > 90 ? `${c!.finding.text.slice(0, 89)}…` : c!.finding.text, spans: [{ start: n.start, end: n.end }] });
    }
  }
  return [...out.values()];
}

/** Concepts of a conflict pack that only one side names at all (in any variant). */
function conceptsOnly(rows: readonly NamingRow[], side: 'a' | 'b'): Omission[] {
  const other = side === 'a' ? 'b' : 'a';
  return rows
    .filter((r) => r[side].length > 0 && r[other].length === 0)
    .map((r) => ({ kind: 'term' as const, label: r[side].map((v) => v.term).join(', '), note: conceptLabel(r.concept), spans: r[side].flatMap((v) => v.spans) }));
}

/** What each of two articles mentions that the other never does: actors, figures and the concepts of side-marking terms. */
export function omissions(a: readonly Finding[], b: readonly Finding[]): { a: Omission[]; b: Omission[] } {
  const naming = namingDifferences(a, b);
  return {
    a: distinct([...actorsOnly(a, b), ...figuresOnly(a, b), ...conceptsOnly(naming, 'a')]),
    b: distinct([...actorsOnly(b, a), ...figuresOnly(b, a), ...conceptsOnly(naming, 'b')]),
  };
}

/** Drops an item whose first place overlaps one listed before it (an actor that is also a side-marking term, say). */
function distinct(items: readonly Omission[]): Omission[] {
  const out: Omission[] = [];
  for (const item of items) {
    const first = item.spans[0];
    if (first !== undefined && out.some((o) => o.spans.some((s) => overlaps(s, first)))) continue;
    out.push(item);
  }
  return out;
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
