/**
 * The lens rows of a comparison: how groups name things, what each leaves out, where their figures
 * meet or part, how they cast the actors, which frames they use and when they wrote. Pure functions
 * over the documents' findings and signals; every row points back to spans a reader can check.
 */
import type { Finding } from '../core/finding.js';
import type { DocumentSignal } from '../core/signal.js';

/** One document as the lens rows read it. */
export interface LensDoc {
  docId: string;
  group: string;
  findings: readonly Finding[];
  signals: readonly DocumentSignal[];
  words: number;
  publishedAt?: string | undefined;
  /** The text, for checks that look past the findings (whether a name occurs at all, years). */
  text?: string | undefined;
}

/** A span a reader can check. */
export interface Evidence {
  docId: string;
  start: number;
  end: number;
  text: string;
}

/** Evidence kept per row. */
const MAX_EVIDENCE = 3;

const rec = (f: Finding): Record<string, unknown> => (f.data ?? {}) as Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;
const groupsOf = (docs: readonly LensDoc[]): string[] => [...new Set(docs.map((d) => d.group))].sort();
const pushEvidence = (list: Evidence[], e: Evidence): void => {
  if (list.length < MAX_EVIDENCE) list.push(e);
};

// ─── 1. Naming fingerprint ───────────────────────────────────────────────────────────────────────

/** How often one group uses one variant for one pack concept. */
export interface NamingRow {
  pack: string;
  concept: string;
  /** The neutral form the pack gives for the concept. */
  neutral: string | undefined;
  group: string;
  /** The variant as the pack lists it (or as written, when the pack gives no term). */
  variant: string;
  /** The side the variant marks (`neutral` for neutral forms). */
  side: string | undefined;
  count: number;
  documents: number;
  /** This variant's share of the group's uses of the concept. */
  share: number;
  /**
   * How differently the groups name the concept: the largest total variation distance between two
   * groups' variant distributions (0 = same mix, 1 = no variant in common); 1 when only one group
   * names the concept at all. The same on every row of the concept.
   */
  divergence: number;
  evidence: Evidence[];
}

/**
 * Per pack concept × group, the variants each group uses and how often, concepts where the groups
 * differ most first.
 *
 * @example
 * namingFingerprint(docs)[0]; // { concept: 'region', group: 'a', variant: 'Upper Kellmark', share: 1, divergence: 1, … }
 */
export function namingFingerprint(docs: readonly LensDoc[]): NamingRow[] {
  const byConcept = new Map<string, Map<string, NamingRow>>();
  const docSets = new Map<NamingRow, Set<string>>();
  for (const d of docs) {
    for (const f of d.findings) {
      if (f.detector !== 'terminology') continue;
      const data = rec(f);
      const pack = str(data.pack);
      const concept = str(data.concept);
      if (pack === undefined || concept === undefined) continue;
      const variant = str(data.term) ?? f.text;
      const key = `${pack}\u0000${concept}`;
      let rows = byConcept.get(key);
      if (rows === undefined) byConcept.set(key, (rows = new Map()));
      const rowKey = `${d.group}\u0000${variant.toLowerCase()}`;
      let row = rows.get(rowKey);
      if (row === undefined) {
        row = { pack, concept, neutral: str(data.neutral), group: d.group, variant, side: str(data.side), count: 0, documents: 0, share: 0, divergence: 0, evidence: [] };
        rows.set(rowKey, row);
        docSets.set(row, new Set());
      }
      row.count += 1;
      docSets.get(row)?.add(d.docId);
      pushEvidence(row.evidence, { docId: d.docId, start: f.start, end: f.end, text: f.text });
    }
  }
  const out: NamingRow[] = [];
  const uses = new Map<string, number>();
  for (const rows of byConcept.values()) {
    const list = [...rows.values()];
    const totals = new Map<string, number>();
    for (const r of list) totals.set(r.group, (totals.get(r.group) ?? 0) + r.count);
    for (const r of list) {
      r.documents = docSets.get(r)?.size ?? 0;
      r.share = round(r.count / (totals.get(r.group) ?? 1));
    }
    const groups = [...totals.keys()];
    let divergence = groups.length < 2 ? 1 : 0;
    for (let i = 0; i < groups.length; i += 1) {
      for (let j = i + 1; j < groups.length; j += 1) {
        divergence = Math.max(divergence, tvd(list, groups[i] ?? '', groups[j] ?? '', totals));
      }
    }
    for (const r of list) r.divergence = round(divergence);
    const first = list[0];
    if (first !== undefined) uses.set(`${first.pack}\u0000${first.concept}`, list.reduce((n, r) => n + r.count, 0));
    out.push(...list);
  }
  return out.sort(
    (a, b) =>
      b.divergence - a.divergence ||
      (uses.get(`${b.pack}\u0000${b.concept}`) ?? 0) - (uses.get(`${a.pack}\u0000${a.concept}`) ?? 0) ||
      cmp(a.pack, b.pack) || cmp(a.concept, b.concept) || cmp(a.group, b.group) || b.count - a.count || cmp(a.variant, b.variant),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Total variation distance between two groups' variant distributions for one concept. */
function tvd(rows: readonly NamingRow[], a: string, b: string, totals: Map<string, number>): number {
  const p = new Map<string, number>();
  const q = new Map<string, number>();
  for (const r of rows) {
    const v = r.variant.toLowerCase();
    if (r.group === a) p.set(v, (p.get(v) ?? 0) + r.count / (totals.get(a) ?? 1));
    if (r.group === b) q.set(v, (q.get(v) ?? 0) + r.count / (totals.get(b) ?? 1));
  }
  let sum = 0;
  for (const v of new Set([...p.keys(), ...q.keys()])) sum += Math.abs((p.get(v) ?? 0) - (q.get(v) ?? 0));
  return sum / 2;
}

// ─── 2. Omissions and story start ────────────────────────────────────────────────────────────────

export type OmissionKind = 'actor' | 'place' | 'number' | 'concept';

/** Something one group mentions that another never does. */
export interface OmissionRow {
  kind: OmissionKind;
  /** The actor or place, the counted thing (`number of …`), or `pack/concept`. */
  item: string;
  /** The group that mentions it. */
  group: string;
  /** The groups that never do. */
  missingFrom: string[];
  mentions: number;
  documents: number;
  /** How central it is to the group that mentions it: mentions × the share of its documents that do. */
  centrality: number;
  evidence: Evidence[];
}

interface Tally {
  kind: OmissionKind;
  item: string;
  /** Lower-cased names the item goes by (for actors: name and aliases). */
  names: string[];
  mentions: number;
  docs: Set<string>;
  evidence: Evidence[];
}

/** Content words of a phrase, lower-cased and crudely singularized. */
export function contentWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(singular);
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const STOP = new Set(
  'the and for with from that this these those than then into onto over under about after before more most less least some many much few other such their there them they his her its our your who whom which what when where why how all any each both only own same very just also been being were was are has have had not nor but per out off one two'.split(
    ' ',
  ),
);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `name` occurs as a whole phrase in `text` (case-insensitive). */
function occursIn(text: string, name: string): boolean {
  if (name.trim() === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function tallies(docs: readonly LensDoc[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const get = (kind: OmissionKind, item: string, names: string[]): Tally => {
    const key = `${kind}\u0000${item.toLowerCase()}`;
    let t = out.get(key);
    if (t === undefined) out.set(key, (t = { kind, item, names: [], mentions: 0, docs: new Set(), evidence: [] }));
    for (const n of names) if (!t.names.includes(n)) t.names.push(n);
    return t;
  };
  for (const d of docs) {
    const seen = new Set<string>();
    for (const f of d.findings) {
      const data = rec(f);
      if (f.detector === 'actors') {
        const actor = str(data.actor);
        if (actor === undefined) continue;
        const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
        const t = get(data.kind === 'place' ? 'place' : 'actor', actor, [actor, ...aliases].map((n) => n.toLowerCase()));
        const mentions = Array.isArray(data.mentions) ? (data.mentions as Array<{ start: number; end: number }>) : [{ start: f.start, end: f.end }];
        t.mentions += mentions.length;
        t.docs.add(d.docId);
        const m = mentions[0];
        if (m !== undefined) pushEvidence(t.evidence, { docId: d.docId, start: m.start, end: m.end, text: d.text?.slice(m.start, m.end) ?? f.text });
      } else if (f.detector === 'terminology') {
        const pack = str(data.pack);
        const concept = str(data.concept);
        if (pack === undefined || concept === undefined) continue;
        const t = get('concept', `${pack}/${concept}`, []);
        t.mentions += 1;
        t.docs.add(d.docId);
        pushEvidence(t.evidence, { docId: d.docId, start: f.start, end: f.end, text: f.text });
      } else if (f.detector === 'claims') {
        for (const q of quantitiesOf(d, f, seen)) {
          if (q.what === undefined) continue;
          const t = get('number', `number of ${q.topic}`, []);
          t.mentions += 1;
          t.docs.add(d.docId);
          pushEvidence(t.evidence, q.evidence);
        }
      }
    }
  }
  return out;
}

/** Lower-cased variant as written → the `pack/concept`s it names, from terminology findings. */
function variantConcepts(docs: readonly LensDoc[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const f of d.findings) {
      const data = rec(f);
      const pack = str(data.pack);
      const concept = str(data.concept);
      if (f.detector !== 'terminology' || pack === undefined || concept === undefined) continue;
      for (const v of [f.text, str(data.term)]) {
        if (v === undefined) continue;
        const set = out.get(v.toLowerCase()) ?? new Set();
        set.add(`${pack}/${concept}`);
        out.set(v.toLowerCase(), set);
      }
    }
  }
  return out;
}

/**
 * What one group mentions and another never does: actors and places (never named in the other
 * group's texts, aliases included), figures (the other group gives no number of the same thing)
 * and pack concepts (no variant of the concept in the other group), most central first.
 *
 * @example
 * omissions(docs).filter((r) => r.kind === 'place'); // [{ item: 'Tavrensk', group: 'dravenia', missingFrom: ['lusovia'], … }]
 */
export function omissions(docs: readonly LensDoc[]): OmissionRow[] {
  const groups = groupsOf(docs);
  const per = new Map(groups.map((g) => [g, tallies(docs.filter((d) => d.group === g))]));
  // One lower-cased text per group: a cheap substring test first, the whole-word test only on a hit.
  const texts = new Map(groups.map((g) => [g, docs.filter((d) => d.group === g).map((d) => d.text ?? '').join('\n').toLowerCase()]));
  const docCount = new Map(groups.map((g) => [g, docs.filter((d) => d.group === g).length]));
  const variants = new Map(groups.map((g) => [g, variantConcepts(docs.filter((d) => d.group === g))]));
  const actorNames = new Map(groups.map((g) => [g, new Set([...(per.get(g)?.values() ?? [])].filter((o) => o.kind === 'actor' || o.kind === 'place').flatMap((o) => o.names))]));
  const rows: OmissionRow[] = [];
  for (const g of groups) {
    for (const [key, t] of per.get(g) ?? []) {
      const missingFrom = groups.filter((other) => {
        if (other === g || (docCount.get(other) ?? 0) === 0) return false;
        const theirs = per.get(other);
        if (t.kind === 'actor' || t.kind === 'place') {
          // A name that is one group's variant for a concept the other group names its own way is a naming difference, not an omission.
          const concepts = t.names.flatMap((n) => [...(variants.get(g)?.get(n) ?? [])]);
          if (concepts.some((c) => theirs?.has(`concept\u0000${c.toLowerCase()}`) === true)) return false;
          if (t.names.some((n) => actorNames.get(other)?.has(n) === true)) return false;
          const text = texts.get(other) ?? '';
          return !t.names.some((n) => text.includes(n) && occursIn(text, n));
        }
        return theirs?.has(key) !== true;
      });
      if (missingFrom.length === 0) continue;
      const share = t.docs.size / (docCount.get(g) ?? 1);
      rows.push({ kind: t.kind, item: t.item, group: g, missingFrom, mentions: t.mentions, documents: t.docs.size, centrality: round(t.mentions * share), evidence: t.evidence });
    }
  }
  return rows.sort((a, b) => b.centrality - a.centrality || cmp(a.group, b.group) || cmp(a.kind, b.kind) || cmp(a.item, b.item));
}

/** The earliest year a group's documents reach back to. */
export interface StoryStartRow {
  group: string;
  year: number;
  /** `date` when a claim's date gives it, `text` when a bare four-digit year in the text does. */
  from: 'date' | 'text';
  evidence: Evidence;
}

const YEAR = /(?<![\p{L}\p{N},.])(1[0-9]{3}|20[0-9]{2})(?![\p{L}\p{N}]|[,.][0-9])/gu;

/**
 * Each group's story start: the earliest year it reaches back to, from claims' dates and from
 * four-digit years (1000–2099) in the text that are not counts the claims detector read.
 *
 * @example
 * storyStart(docs); // [{ group: 'a', year: 1921, from: 'text', evidence: { … } }, …]
 */
export function storyStart(docs: readonly LensDoc[]): StoryStartRow[] {
  const best = new Map<string, StoryStartRow>();
  const offer = (row: StoryStartRow): void => {
    const cur = best.get(row.group);
    if (cur === undefined || row.year < cur.year || (row.year === cur.year && row.from === 'date' && cur.from === 'text')) best.set(row.group, row);
  };
  for (const d of docs) {
    const counts: Array<[number, number]> = [];
    for (const f of d.findings) {
      if (f.detector !== 'claims') continue;
      const data = rec(f);
      for (const n of Array.isArray(data.numbers) ? (data.numbers as Array<Record<string, unknown>>) : []) {
        if (typeof n.start === 'number' && typeof n.end === 'number' && n.kind !== 'year' && !looksLikeYear(n.text)) counts.push([n.start, n.end]);
      }
      for (const date of Array.isArray(data.dates) ? (data.dates as Array<Record<string, unknown>>) : []) {
        const m = /^(\d{4})/.exec(str(date.date) ?? '');
        if (date.kind !== 'absolute' || m === null || typeof date.start !== 'number' || typeof date.end !== 'number') continue;
        offer({ group: d.group, year: Number(m[1]), from: 'date', evidence: { docId: d.docId, start: date.start, end: date.end, text: str(date.text) ?? m[1] ?? '' } });
      }
    }
    for (const m of (d.text ?? '').matchAll(YEAR)) {
      const start = m.index;
      const end = start + m[0].length;
      if (counts.some(([s, e]) => start >= s && end <= e)) continue;
      offer({ group: d.group, year: Number(m[0]), from: 'text', evidence: { docId: d.docId, start, end, text: m[0] } });
    }
  }
  return [...best.values()].sort((a, b) => cmp(a.group, b.group));
}

// ─── 3. Claim alignment ──────────────────────────────────────────────────────────────────────────

interface Quantity {
  value: number;
  what: string | undefined;
  unit: string | undefined;
  kind: string;
  /** What is counted, reduced to its head word (`aid convoys` → `convoy`). */
  topic: string;
  evidence: Evidence;
  claim: Evidence;
}

/** A figure written as a bare four-digit year (`1994 expulsions`): a date the number reader took for a count. */
const looksLikeYear = (text: unknown): boolean => typeof text === 'string' && /^(1[0-9]{3}|20[0-9]{2})(?![0-9,.])/.test(text.trim());

function quantitiesOf(d: LensDoc, f: Finding, seen?: Set<string>): Quantity[] {
  const data = rec(f);
  const out: Quantity[] = [];
  for (const n of Array.isArray(data.numbers) ? (data.numbers as Array<Record<string, unknown>>) : []) {
    if (typeof n.value !== 'number' || typeof n.start !== 'number' || typeof n.end !== 'number') continue;
    const kind = str(n.kind) ?? 'number';
    if (kind === 'year' || kind === 'date' || looksLikeYear(n.text)) continue;
    if (seen !== undefined) {
      if (seen.has(`${n.start}:${n.end}`)) continue;
      seen.add(`${n.start}:${n.end}`);
    }
    const what = str(n.what);
    const unit = str(n.unit);
    const head = what === undefined ? undefined : contentWords(what).pop();
    const topic = head ?? unit;
    if (topic === undefined) continue;
    out.push({
      value: n.value,
      what,
      unit,
      kind,
      topic,
      evidence: { docId: d.docId, start: n.start, end: n.end, text: str(n.text) ?? f.text.slice(n.start - f.start, n.end - f.start) },
      claim: { docId: d.docId, start: f.start, end: f.end, text: f.text },
    });
  }
  return out;
}

export type Alignment = 'agree' | 'diverge' | 'one-sided';

/** One group's figures for one quantity, with how the groups' figures line up. */
export interface ClaimRow {
  /** What is counted (`convoy`, `armenian`), or the unit when the claim names no thing. */
  topic: string;
  unit: string | undefined;
  kind: string;
  /** `agree`: every figure within 10% of the largest; `diverge`: two or more groups give figures that do not; `one-sided`: one group only. */
  alignment: Alignment;
  group: string;
  values: number[];
  /** The groups that give a figure for it. */
  groups: string[];
  /** The figures as written. */
  evidence: Evidence[];
  /** The claims that carry them. */
  claims: Evidence[];
}

/**
 * Figures about the same quantity across groups, matched by kind, unit and the head word of what
 * is counted, labelled agree / diverge / one-sided. Diverging quantities first, then agreeing,
 * then one-sided, each by how many documents give them.
 *
 * @example
 * alignClaims(docs); // [{ topic: 'convoy', alignment: 'diverge', group: 'a', values: [9], … }, { …, group: 'b', values: [40] }]
 */
export function alignClaims(docs: readonly LensDoc[]): ClaimRow[] {
  const byKey = new Map<string, Map<string, Quantity[]>>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const f of d.findings) {
      if (f.detector !== 'claims') continue;
      for (const q of quantitiesOf(d, f, seen)) {
        const key = `${q.kind}\u0000${q.unit ?? ''}\u0000${q.topic}`;
        let groups = byKey.get(key);
        if (groups === undefined) byKey.set(key, (groups = new Map()));
        const list = groups.get(d.group) ?? [];
        list.push(q);
        groups.set(d.group, list);
      }
    }
  }
  const order: Record<Alignment, number> = { diverge: 0, agree: 1, 'one-sided': 2 };
  const blocks: Array<{ alignment: Alignment; weight: number; topic: string; rows: ClaimRow[] }> = [];
  for (const groups of byKey.values()) {
    const all = [...groups.values()].flat();
    const first = all[0];
    if (first === undefined) continue;
    const values = all.map((q) => Math.abs(q.value));
    const max = Math.max(...values);
    const min = Math.min(...values);
    const alignment: Alignment = groups.size < 2 ? 'one-sided' : max - min <= 0.1 * max ? 'agree' : 'diverge';
    const names = [...groups.keys()].sort();
    const rows = names.map((group) => {
      const qs = groups.get(group) ?? [];
      return {
        topic: first.topic,
        unit: first.unit,
        kind: first.kind,
        alignment,
        group,
        values: qs.map((q) => q.value),
        groups: names,
        evidence: qs.slice(0, MAX_EVIDENCE).map((q) => q.evidence),
        claims: qs.slice(0, MAX_EVIDENCE).map((q) => q.claim),
      };
    });
    blocks.push({ alignment, weight: new Set(all.map((q) => q.evidence.docId)).size, topic: first.topic, rows });
  }
  return blocks.sort((a, b) => order[a.alignment] - order[b.alignment] || b.weight - a.weight || cmp(a.topic, b.topic)).flatMap((b) => b.rows);
}

// ─── 4. Portrayal matrix ─────────────────────────────────────────────────────────────────────────

/** How one group casts one actor. */
export interface PortrayalRow {
  actor: string;
  kind: string | undefined;
  group: string;
  documents: number;
  mentions: number;
  /** Documents per role the actors lens gives it (antagonist, protagonist, innocent, neutral, …). */
  roles: Record<string, number>;
  /** Mean polarity of the evaluative words on it (+1 positive, −1 negative); undefined when none. */
  polarity: number | undefined;
  /** The most frequent evaluative words, most frequent first. */
  words: Array<{ text: string; count: number; polarity: string }>;
  evidence: Evidence[];
}

/**
 * Actor × group: role counts, mean polarity of the evaluative words and the top words with
 * examples. Every actor gets a row for every group (zeros where a group never names it); actors
 * most named overall first, at most `limit` of them.
 *
 * @example
 * portrayalMatrix(docs)[0]; // { actor: 'Marrak', group: 'a', roles: { antagonist: 2 }, polarity: -1, … }
 */
export function portrayalMatrix(docs: readonly LensDoc[], limit = 20): PortrayalRow[] {
  const groups = groupsOf(docs);
  const cells = new Map<string, Map<string, { row: PortrayalRow; docs: Set<string>; pol: number[]; words: Map<string, { count: number; polarity: string }> }>>();
  const names = new Map<string, string>();
  for (const d of docs) {
    for (const f of d.findings) {
      if (f.detector !== 'actors') continue;
      const data = rec(f);
      const actor = str(data.actor);
      if (actor === undefined) continue;
      const key = actor.toLowerCase();
      if (!names.has(key)) names.set(key, actor);
      let byGroup = cells.get(key);
      if (byGroup === undefined) cells.set(key, (byGroup = new Map()));
      let cell = byGroup.get(d.group);
      if (cell === undefined) {
        cell = { row: { actor, kind: str(data.kind), group: d.group, documents: 0, mentions: 0, roles: {}, polarity: undefined, words: [], evidence: [] }, docs: new Set(), pol: [], words: new Map() };
        byGroup.set(d.group, cell);
      }
      cell.docs.add(d.docId);
      cell.row.mentions += Array.isArray(data.mentions) ? data.mentions.length : 1;
      const role = str(data.role) ?? 'neutral';
      cell.row.roles[role] = (cell.row.roles[role] ?? 0) + 1;
      for (const p of Array.isArray(data.portrayal) ? (data.portrayal as Array<Record<string, unknown>>) : []) {
        const text = str(p.text);
        if (text === undefined) continue;
        const polarity = str(p.polarity) ?? 'neutral';
        cell.pol.push(polarity === 'positive' ? 1 : polarity === 'negative' ? -1 : 0);
        const w = cell.words.get(text.toLowerCase()) ?? { count: 0, polarity };
        w.count += 1;
        cell.words.set(text.toLowerCase(), w);
        if (typeof p.start === 'number' && typeof p.end === 'number') pushEvidence(cell.row.evidence, { docId: d.docId, start: p.start, end: p.end, text });
      }
    }
  }
  const total = (key: string): number => [...(cells.get(key)?.values() ?? [])].reduce((n, c) => n + c.row.mentions, 0);
  const keys = [...cells.keys()].sort((a, b) => total(b) - total(a) || cmp(a, b)).slice(0, limit);
  return keys.flatMap((key) =>
    groups.map((group) => {
      const cell = cells.get(key)?.get(group);
      const actor = names.get(key) ?? key;
      if (cell === undefined) return { actor, kind: [...(cells.get(key)?.values() ?? [])][0]?.row.kind, group, documents: 0, mentions: 0, roles: {}, polarity: undefined, words: [], evidence: [] };
      cell.row.documents = cell.docs.size;
      cell.row.polarity = cell.pol.length === 0 ? undefined : round(cell.pol.reduce((a, b) => a + b, 0) / cell.pol.length, 2);
      cell.row.words = [...cell.words.entries()]
        .map(([text, w]) => ({ text, count: w.count, polarity: w.polarity }))
        .sort((a, b) => b.count - a.count || cmp(a.text, b.text))
        .slice(0, 5);
      return { ...cell.row, actor };
    }),
  );
}

// ─── 5. Frame profile ────────────────────────────────────────────────────────────────────────────

/** The share of a group's documents that a reading gives a label. */
export interface FrameRow {
  group: string;
  /** `frames`, `genre`, `side:<pack>`. */
  reading: string;
  label: string;
  documents: number;
  /** Documents in the group. */
  of: number;
  share: number;
}

/**
 * Per group: the share of documents with each frame (every label a `frames` signal keeps), the
 * genre counts and the side reading of each pack (the best label of `genre` and `side:<pack>`).
 *
 * @example
 * frameProfile(docs); // [{ group: 'a', reading: 'frames', label: 'Security_and_defense', documents: 2, of: 2, share: 1 }, …]
 */
export function frameProfile(docs: readonly LensDoc[]): FrameRow[] {
  const rows: FrameRow[] = [];
  for (const group of groupsOf(docs)) {
    const mine = docs.filter((d) => d.group === group);
    const counts = new Map<string, number>();
    for (const d of mine) {
      for (const s of d.signals) {
        const labels = s.id === 'frames' ? s.labels : s.id === 'genre' || s.id.startsWith('side:') ? s.labels.slice(0, 1) : [];
        for (const l of new Set(labels.map((x) => x.label))) {
          const key = `${s.id}\u0000${l}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    for (const [key, n] of counts) {
      const [reading = '', label = ''] = key.split('\u0000');
      rows.push({ group, reading, label, documents: n, of: mine.length, share: round(n / mine.length) });
    }
  }
  const rank = (r: string): number => (r === 'frames' ? 0 : r === 'genre' ? 1 : 2);
  return rows.sort((a, b) => rank(a.reading) - rank(b.reading) || cmp(a.reading, b.reading) || cmp(a.label, b.label) || cmp(a.group, b.group));
}

// ─── 6. Timeline ─────────────────────────────────────────────────────────────────────────────────

export interface TimelineRow {
  group: string;
  /** `YYYY-MM`. */
  month: string;
  documents: number;
  words: number;
}

/**
 * Documents and words per group per month of publication, every month from the first to the last
 * (zeros included) for every group; empty when no document has a date.
 *
 * @example
 * timeline(docs); // [{ group: 'a', month: '2024-02', documents: 1, words: 812 }, …]
 */
export function timeline(docs: readonly LensDoc[]): TimelineRow[] {
  const dated = docs.flatMap((d) => {
    const m = /^(\d{4})-(\d{2})/.exec(d.publishedAt ?? '');
    return m === null ? [] : [{ d, month: `${m[1]}-${m[2]}` }];
  });
  if (dated.length === 0) return [];
  const months = dated.map((x) => x.month).sort();
  const all: string[] = [];
  for (let [y, mo] = (months[0] ?? '').split('-').map(Number) as [number, number]; ; ) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    all.push(key);
    if (key >= (months[months.length - 1] ?? key) || all.length > 1200) break;
    mo += 1;
    if (mo > 12) [y, mo] = [y + 1, 1];
  }
  return groupsOf(docs).flatMap((group) =>
    all.map((month) => {
      const here = dated.filter((x) => x.d.group === group && x.month === month);
      return { group, month, documents: here.length, words: here.reduce((n, x) => n + x.d.words, 0) };
    }),
  );
}

// ─── All together ────────────────────────────────────────────────────────────────────────────────

/** Every lens table of a comparison. */
export interface LensRows {
  naming: NamingRow[];
  omissions: OmissionRow[];
  storyStart: StoryStartRow[];
  claims: ClaimRow[];
  portrayal: PortrayalRow[];
  frames: FrameRow[];
  timeline: TimelineRow[];
}

/**
 * All the lens tables at once.
 *
 * @example
 * const lens = lensRows(docs);
 */
export function lensRows(docs: readonly LensDoc[]): LensRows {
  return {
    naming: namingFingerprint(docs),
    omissions: omissions(docs),
    storyStart: storyStart(docs),
    claims: alignClaims(docs),
    portrayal: portrayalMatrix(docs),
    frames: frameProfile(docs),
    timeline: timeline(docs),
  };
}
