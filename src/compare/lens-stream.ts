/**
 * The lens tables of a comparison, one document at a time. A `LensAccumulator` keeps per group,
 * concept, actor and figure only counts, running sums and at most three spans of evidence per row,
 * never a document's text or its findings, so a store of 100,000 documents gets the same tables as
 * a small corpus held in memory (`lensRows` in lens-rows.ts is this accumulator over an array).
 *
 * The protocol, two passes over the documents:
 * 1. `add(doc)` every document, once per group it belongs to (a document in several groups: its
 *    adds one after another, so that it counts once where groups are pooled). All that one text
 *    tells is read there: the years in it (story start) and the spans behind the evidence.
 * 2. Only omissions look across texts: an actor or place one group names is omitted by another
 *    unless that group names it too, in its findings or anywhere in its texts. After pass 1,
 *    `pendingProbes()` gives per group the lower-case names still to look for in its texts (and
 *    ends pass 1: no `add` after it). Feed the lower-cased text of each document of such a group to
 *    `observeText(group, lowerText)`; `needsText(group)` says whether a group's texts are still
 *    wanted (no longer once every name is found, so the pass may stop early). Without this pass a
 *    name that another group only writes (its actors lens never found it there) counts as omitted.
 * 3. `rows()` gives every table; `naming()`, `omissions()`, `storyStart()`, `claims()`,
 *    `portrayal()`, `frames()` and `timeline()` one each.
 *
 * State grows with the distinct concepts, actors and figure keys, not with the documents. Where a
 * key space is open (actor names, what figures count, evaluative words) it is capped
 * (`LensLimits`): past a cap the rarest keys are dropped, as `PrunedCounts` drops terms (lossy
 * counting, Manku & Motwani 2002), and `pruned` says how many went. Below the caps the tables are
 * exact; above them a dropped key that comes back is undercounted, and an item of one group may be
 * reported omitted by a group whose record of it was dropped.
 *
 * @example
 * const lens = new LensAccumulator();
 * for (const doc of docs) lens.add(doc);                          // pass 1
 * lens.pendingProbes();                                           // Map { 'lusovia' => ['tavrensk'] }
 * for (const doc of docs) {                                       // pass 2
 *   if (lens.needsText(doc.group)) lens.observeText(doc.group, doc.text.toLowerCase());
 * }
 * lens.rows().omissions;                                          // [{ item: 'Tavrensk', group: 'dravenia', missingFrom: ['lusovia'], … }]
 */
import type { Finding } from '../core/finding.js';
import type {
  Alignment,
  ClaimRow,
  Evidence,
  FrameRow,
  LensDoc,
  LensRows,
  NamingRow,
  OmissionKind,
  OmissionRow,
  PortrayalRow,
  StoryStartRow,
  TimelineRow,
} from './lens-rows.js';

/** Evidence kept per row. */
const MAX_EVIDENCE = 3;

/**
 * Caps on the key spaces that can grow without bound; see the module comment. Each counts rows of
 * one group, so that many groups (`--by outlet`) cannot multiply the state past it.
 */
export interface LensLimits {
  /** Omission items (an actor, place, counted thing or concept of one group), over all groups. */
  items: number;
  /** Portrayal cells (an actor in one group), over all actors and groups. */
  actorCells: number;
  /** Evaluative words kept per portrayal cell (the matrix shows the top 5). */
  words: number;
  /** Claim rows (a figure key, kind, unit and what is counted, in one group), over all keys and groups. */
  claimRows: number;
  /** Figures kept per claim row in `values` (the first ones; the alignment still weighs them all). */
  values: number;
}

/**
 * The default caps. With them, the state for 100,000 generated documents of ten lens findings each
 * (a new actor in 15% of the actor findings, a new counted thing in 5% of the figures) took 85 MB of
 * heap in four groups and 112 MB in fifty (lens-stream.test.ts, with SLANT_LENS_SCALE=1).
 */
export const DEFAULT_LENS_LIMITS: Readonly<LensLimits> = { items: 40_000, actorCells: 20_000, words: 50, claimRows: 40_000, values: 100 };

/** How many keys each cap dropped: omission items, actors (with all their cells), words, figure keys (with all their rows). */
export type LensPruned = Record<'items' | 'actors' | 'words' | 'claimKeys', number>;

const rec = (f: Finding): Record<string, unknown> => (f.data ?? {}) as Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A copy of `s` that refers to no other string. V8 keeps a slice of 13 or more characters as a
 * view into the string it was cut from, so one kept span would keep its whole document alive.
 */
const detach = (s: string): string => (s.length < 13 ? s : Array.from(s).join(''));
const detachOpt = (s: string | undefined): string | undefined => (s === undefined ? undefined : detach(s));

function pushEvidence(list: Evidence[], e: Evidence): void {
  if (list.length < MAX_EVIDENCE) list.push({ docId: detach(e.docId), start: e.start, end: e.end, text: detach(e.text) });
}

/** How many rows the entries of `maps` stand for. */
function unitsOf<V>(maps: ReadonlyArray<Map<string, V>>, units: (v: V) => number): number {
  let n = 0;
  for (const map of maps) for (const v of map.values()) n += units(v);
  return n;
}

/**
 * Drops from `maps` every entry of weight at most k, raising k until the entries left stand for at
 * most half of `cap` rows (`units`: the rows of one entry); returns how many entries went.
 */
function prune<V>(maps: ReadonlyArray<Map<string, V>>, weight: (v: V) => number, cap: number, units: (v: V) => number = () => 1): number {
  let dropped = 0;
  for (let k = 1; unitsOf(maps, units) > cap / 2; k += 1) {
    for (const map of maps) {
      for (const [key, v] of map) {
        if (weight(v) > k) continue;
        map.delete(key);
        dropped += 1;
      }
    }
  }
  return dropped;
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
const phrase = (name: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'iu');

/** Runs of letters and digits: each run of a name is a whole run of any text the name occurs in as a phrase. */
const RUNS = /[\p{L}\p{N}]+/gu;

const YEAR = /(?<![\p{L}\p{N},.])(1[0-9]{3}|20[0-9]{2})(?![\p{L}\p{N}]|[,.][0-9])/gu;

/** A figure written as a bare four-digit year (`1994 expulsions`): a date the number reader took for a count. */
const looksLikeYear = (text: unknown): boolean => typeof text === 'string' && /^(1[0-9]{3}|20[0-9]{2})(?![0-9,.])/.test(text.trim());

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

/** The figures of one claim finding, each number span read once per document (`seen`). */
function quantitiesOf(d: LensDoc, f: Finding, seen: Set<string>): Quantity[] {
  const data = rec(f);
  const out: Quantity[] = [];
  for (const n of Array.isArray(data.numbers) ? (data.numbers as Array<Record<string, unknown>>) : []) {
    if (typeof n.value !== 'number' || typeof n.start !== 'number' || typeof n.end !== 'number') continue;
    const kind = str(n.kind) ?? 'number';
    if (kind === 'year' || kind === 'date' || looksLikeYear(n.text)) continue;
    if (seen.has(`${n.start}:${n.end}`)) continue;
    seen.add(`${n.start}:${n.end}`);
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

// ─── State ───────────────────────────────────────────────────────────────────────────────────────

/** Documents counted once each: a row counts a document when it differs from the last one it saw. */
interface DocCount {
  documents: number;
  lastDoc: string | undefined;
}

const countDoc = (c: DocCount, docId: string): void => {
  if (c.lastDoc === docId) return;
  c.lastDoc = docId;
  c.documents += 1;
};

interface NamingCell extends DocCount {
  pack: string;
  concept: string;
  neutral: string | undefined;
  group: string;
  variant: string;
  side: string | undefined;
  count: number;
  evidence: Evidence[];
}

interface Tally extends DocCount {
  kind: OmissionKind;
  item: string;
  /** Lower-cased names the item goes by (for actors: name and aliases). */
  names: string[];
  mentions: number;
  evidence: Evidence[];
}

interface GroupState {
  documents: number;
  /** Omission items by kind and lower-cased item. */
  items: Map<string, Tally>;
  /** Lower-cased variant, as written and as the pack lists it → the `pack/concept`s it names. */
  variants: Map<string, Set<string>>;
  /** Documents per `reading\0label`. */
  frames: Map<string, number>;
  months: Map<string, { documents: number; words: number }>;
  start: StoryStartRow | undefined;
}

interface FigureRow {
  values: number[];
  evidence: Evidence[];
  claims: Evidence[];
}

interface FigureKey extends DocCount {
  topic: string;
  unit: string | undefined;
  kind: string;
  min: number;
  max: number;
  groups: Map<string, FigureRow>;
}

interface Cell extends DocCount {
  kind: string | undefined;
  mentions: number;
  roles: Record<string, number>;
  polaritySum: number;
  polarityCount: number;
  words: Map<string, { count: number; polarity: string }>;
  evidence: Evidence[];
}

interface ActorState {
  /** As first written. */
  name: string;
  mentions: number;
  cells: Map<string, Cell>;
}

/** The names one group's texts are searched for in pass 2. */
interface Probe {
  pending: Set<string>;
  found: Set<string>;
  /** Pending names by one of their runs of letters or digits (the one fewest names share). */
  byRun: Map<string, string[]>;
  /** The runs of each pending name. */
  runs: Map<string, string[]>;
  /** Names without a letter or digit, tried on every text. */
  bare: string[];
  patterns: Map<string, RegExp>;
}

// ─── The accumulator ─────────────────────────────────────────────────────────────────────────────

/**
 * Builds every lens table from documents added one at a time, in bounded memory (see the module
 * comment for the two-pass protocol and the caps).
 *
 * @example
 * const lens = new LensAccumulator({ claimRows: 5_000 });
 * lens.add({ docId: 'a', group: 'x', findings, signals: [], words: 800, text });
 * lens.rows().naming;
 */
export class LensAccumulator {
  private readonly limits: LensLimits;
  private readonly groups = new Map<string, GroupState>();
  private readonly namingCells = new Map<string, Map<string, NamingCell>>();
  private readonly figures = new Map<string, FigureKey>();
  private readonly actors = new Map<string, ActorState>();
  /** Rows held under each cap. */
  private itemCount = 0;
  private cellCount = 0;
  private claimRowCount = 0;
  private firstMonth: string | undefined;
  private lastMonth: string | undefined;
  private probes: Map<string, Probe> | undefined;
  private readonly dropped: LensPruned = { items: 0, actors: 0, words: 0, claimKeys: 0 };

  constructor(limits: Partial<LensLimits> = {}) {
    this.limits = { ...DEFAULT_LENS_LIMITS, ...limits };
    for (const [name, v] of Object.entries(this.limits)) {
      if (!Number.isInteger(v) || v < 2) throw new RangeError(`lens limit ${name} must be a whole number of at least 2, got ${v}`);
    }
  }

  /** How many keys each cap has dropped so far (all 0 while the tables are exact). */
  get pruned(): Readonly<LensPruned> {
    return { ...this.dropped };
  }

  /** Adds one document of one group (pass 1). */
  add(doc: LensDoc): void {
    if (this.probes !== undefined) throw new Error('LensAccumulator.add after pendingProbes(): the probes are fixed once pass 1 ends');
    const g = this.group(doc.group);
    g.documents += 1;
    const seen = new Set<string>();
    const counts: Array<[number, number]> = [];
    for (const f of doc.findings) {
      if (f.detector === 'terminology') this.addTerm(doc, g, f);
      else if (f.detector === 'actors') this.addActor(doc, g, f);
      else if (f.detector === 'claims') this.addClaim(doc, g, f, seen, counts);
    }
    for (const m of (doc.text ?? '').matchAll(YEAR)) {
      const start = m.index;
      const end = start + m[0].length;
      if (counts.some(([s, e]) => start >= s && end <= e)) continue;
      offerStart(g, { group: doc.group, year: Number(m[0]), from: 'text', evidence: { docId: doc.docId, start, end, text: m[0] } });
    }
    for (const s of doc.signals) {
      const labels = s.id === 'frames' ? s.labels : s.id === 'genre' || s.id.startsWith('side:') ? s.labels.slice(0, 1) : [];
      for (const l of new Set(labels.map((x) => x.label))) {
        const key = `${s.id}\u0000${l}`;
        g.frames.set(key, (g.frames.get(key) ?? 0) + 1);
      }
    }
    const m = /^(\d{4})-(\d{2})/.exec(doc.publishedAt ?? '');
    if (m !== null) {
      const month = `${m[1]}-${m[2]}`;
      const cell = g.months.get(month) ?? { documents: 0, words: 0 };
      cell.documents += 1;
      cell.words += doc.words;
      g.months.set(month, cell);
      if (this.firstMonth === undefined || month < this.firstMonth) this.firstMonth = month;
      if (this.lastMonth === undefined || month > this.lastMonth) this.lastMonth = month;
    }
  }

  private group(name: string): GroupState {
    let g = this.groups.get(name);
    if (g === undefined) {
      g = { documents: 0, items: new Map(), variants: new Map(), frames: new Map(), months: new Map(), start: undefined };
      this.groups.set(detach(name), g);
    }
    return g;
  }

  private tally(g: GroupState, kind: OmissionKind, item: string, names: string[]): Tally {
    const key = `${kind}\u0000${item.toLowerCase()}`;
    let t = g.items.get(key);
    if (t === undefined) {
      if (this.itemCount + 1 > this.limits.items) {
        const maps = [...this.groups.values()].map((s) => s.items);
        this.dropped.items += prune(maps, (x) => x.mentions, this.limits.items);
        this.itemCount = unitsOf(maps, () => 1);
      }
      t = { kind, item: detach(item), names: [], mentions: 0, documents: 0, lastDoc: undefined, evidence: [] };
      g.items.set(detach(key), t);
      this.itemCount += 1;
    }
    for (const n of names) if (!t.names.includes(n)) t.names.push(detach(n));
    return t;
  }

  private addTerm(d: LensDoc, g: GroupState, f: Finding): void {
    const data = rec(f);
    const pack = str(data.pack);
    const concept = str(data.concept);
    if (pack === undefined || concept === undefined) return;
    // Naming: the pack's terms are a closed list, so these rows need no cap.
    const variant = str(data.term) ?? f.text;
    const key = `${pack}\u0000${concept}`;
    let rows = this.namingCells.get(key);
    if (rows === undefined) this.namingCells.set(detach(key), (rows = new Map()));
    const rowKey = `${d.group}\u0000${variant.toLowerCase()}`;
    let row = rows.get(rowKey);
    if (row === undefined) {
      row = {
        pack: detach(pack),
        concept: detach(concept),
        neutral: detachOpt(str(data.neutral)),
        group: detach(d.group),
        variant: detach(variant),
        side: detachOpt(str(data.side)),
        count: 0,
        documents: 0,
        lastDoc: undefined,
        evidence: [],
      };
      rows.set(detach(rowKey), row);
    }
    row.count += 1;
    countDoc(row, d.docId);
    pushEvidence(row.evidence, { docId: d.docId, start: f.start, end: f.end, text: f.text });
    // Omissions: the concept, and which concept each variant names (a place named by one group's
    // variant is a naming difference, not an omission, where the other group names the concept).
    const t = this.tally(g, 'concept', `${pack}/${concept}`, []);
    t.mentions += 1;
    countDoc(t, d.docId);
    pushEvidence(t.evidence, { docId: d.docId, start: f.start, end: f.end, text: f.text });
    for (const v of [f.text, str(data.term)]) {
      if (v === undefined) continue;
      const lower = v.toLowerCase();
      let set = g.variants.get(lower);
      if (set === undefined) g.variants.set(detach(lower), (set = new Set()));
      const named = `${pack}/${concept}`;
      if (!set.has(named)) set.add(detach(named));
    }
  }

  private addActor(d: LensDoc, g: GroupState, f: Finding): void {
    const data = rec(f);
    const actor = str(data.actor);
    if (actor === undefined) return;
    // Omissions.
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    const t = this.tally(g, data.kind === 'place' ? 'place' : 'actor', actor, [actor, ...aliases].map((n) => n.toLowerCase()));
    const mentions = Array.isArray(data.mentions) ? (data.mentions as Array<{ start: number; end: number }>) : [{ start: f.start, end: f.end }];
    t.mentions += mentions.length;
    countDoc(t, d.docId);
    const first = mentions[0];
    if (first !== undefined) pushEvidence(t.evidence, { docId: d.docId, start: first.start, end: first.end, text: d.text?.slice(first.start, first.end) ?? f.text });
    // Portrayal.
    const key = actor.toLowerCase();
    const cells = (x: ActorState): number => x.cells.size;
    if (this.actors.get(key)?.cells.has(d.group) !== true && this.cellCount + 1 > this.limits.actorCells) {
      this.dropped.actors += prune([this.actors], (x) => x.mentions, this.limits.actorCells, cells);
      this.cellCount = unitsOf([this.actors], cells);
    }
    let a = this.actors.get(key);
    if (a === undefined) this.actors.set(detach(key), (a = { name: detach(actor), mentions: 0, cells: new Map() }));
    let cell = a.cells.get(d.group);
    if (cell === undefined) {
      cell = { kind: detachOpt(str(data.kind)), documents: 0, lastDoc: undefined, mentions: 0, roles: {}, polaritySum: 0, polarityCount: 0, words: new Map(), evidence: [] };
      a.cells.set(detach(d.group), cell);
      this.cellCount += 1;
    }
    countDoc(cell, d.docId);
    const n = Array.isArray(data.mentions) ? data.mentions.length : 1;
    cell.mentions += n;
    a.mentions += n;
    const role = str(data.role) ?? 'neutral';
    cell.roles[role] = (cell.roles[role] ?? 0) + 1;
    for (const p of Array.isArray(data.portrayal) ? (data.portrayal as Array<Record<string, unknown>>) : []) {
      const text = str(p.text);
      if (text === undefined) continue;
      const polarity = str(p.polarity) ?? 'neutral';
      cell.polaritySum += polarity === 'positive' ? 1 : polarity === 'negative' ? -1 : 0;
      cell.polarityCount += 1;
      const lower = text.toLowerCase();
      let w = cell.words.get(lower);
      if (w === undefined) {
        if (cell.words.size + 1 > this.limits.words) this.dropped.words += prune([cell.words], (x) => x.count, this.limits.words);
        w = { count: 0, polarity: detach(polarity) };
        cell.words.set(detach(lower), w);
      }
      w.count += 1;
      if (typeof p.start === 'number' && typeof p.end === 'number') pushEvidence(cell.evidence, { docId: d.docId, start: p.start, end: p.end, text });
    }
  }

  private addClaim(d: LensDoc, g: GroupState, f: Finding, seen: Set<string>, counts: Array<[number, number]>): void {
    const data = rec(f);
    // Story start: claims' absolute dates, and the spans of counts (a year inside one is no year).
    for (const n of Array.isArray(data.numbers) ? (data.numbers as Array<Record<string, unknown>>) : []) {
      if (typeof n.start === 'number' && typeof n.end === 'number' && n.kind !== 'year' && !looksLikeYear(n.text)) counts.push([n.start, n.end]);
    }
    for (const date of Array.isArray(data.dates) ? (data.dates as Array<Record<string, unknown>>) : []) {
      const m = /^(\d{4})/.exec(str(date.date) ?? '');
      if (date.kind !== 'absolute' || m === null || typeof date.start !== 'number' || typeof date.end !== 'number') continue;
      offerStart(g, { group: d.group, year: Number(m[1]), from: 'date', evidence: { docId: d.docId, start: date.start, end: date.end, text: str(date.text) ?? m[1] ?? '' } });
    }
    for (const q of quantitiesOf(d, f, seen)) {
      // Omissions: figures of a counted thing.
      if (q.what !== undefined) {
        const t = this.tally(g, 'number', `number of ${q.topic}`, []);
        t.mentions += 1;
        countDoc(t, d.docId);
        pushEvidence(t.evidence, q.evidence);
      }
      // Claim alignment.
      const key = `${q.kind}\u0000${q.unit ?? ''}\u0000${q.topic}`;
      const rows = (x: FigureKey): number => x.groups.size;
      if (this.figures.get(key)?.groups.has(d.group) !== true && this.claimRowCount + 1 > this.limits.claimRows) {
        this.dropped.claimKeys += prune([this.figures], (x) => x.documents, this.limits.claimRows, rows);
        this.claimRowCount = unitsOf([this.figures], rows);
      }
      let k = this.figures.get(key);
      if (k === undefined) {
        k = { topic: detach(q.topic), unit: detachOpt(q.unit), kind: detach(q.kind), min: Infinity, max: -Infinity, documents: 0, lastDoc: undefined, groups: new Map() };
        this.figures.set(detach(key), k);
      }
      countDoc(k, d.docId);
      k.min = Math.min(k.min, Math.abs(q.value));
      k.max = Math.max(k.max, Math.abs(q.value));
      let row = k.groups.get(d.group);
      if (row === undefined) {
        k.groups.set(detach(d.group), (row = { values: [], evidence: [], claims: [] }));
        this.claimRowCount += 1;
      }
      if (row.values.length < this.limits.values) row.values.push(q.value);
      pushEvidence(row.evidence, q.evidence);
      pushEvidence(row.claims, q.claim);
    }
  }

  // ─── Pass 2: names to look for in other groups' texts ─────────────────────────────────────────

  /**
   * Ends pass 1 and gives, per group, the lower-case names still to look for in its texts: actors
   * and places other groups name that this group's findings never do. Names drop out as
   * `observeText` finds them.
   *
   * @example
   * lens.pendingProbes(); // Map { 'lusovia' => ['tavrensk', 'upper kellmark'] }
   */
  pendingProbes(): Map<string, string[]> {
    this.probes ??= this.makeProbes();
    const out = new Map<string, string[]>();
    for (const [group, p] of this.probes) if (p.pending.size > 0) out.set(group, [...p.pending]);
    return out;
  }

  /**
   * Whether texts of `group` (of any group, without one) are still wanted in pass 2: true only
   * after `pendingProbes()` and while a name is still to be looked for there.
   *
   * @example
   * if (lens.needsText(doc.group)) lens.observeText(doc.group, doc.text.toLowerCase());
   */
  needsText(group?: string): boolean {
    if (this.probes === undefined) return false;
    if (group !== undefined) return (this.probes.get(group)?.pending.size ?? 0) > 0;
    return [...this.probes.values()].some((p) => p.pending.size > 0);
  }

  /**
   * Looks for the pending names of `group` in one of its texts, lower-cased (pass 2). A name is
   * found where it occurs as a whole phrase: not inside a longer word.
   *
   * @example
   * lens.observeText('lusovia', 'convoys left tavrensk at dawn.');
   */
  observeText(group: string, lowerText: string): void {
    const p = this.probes?.get(group);
    if (p === undefined || p.pending.size === 0) return;
    const words = new Set(lowerText.match(RUNS));
    for (const run of words) {
      const names = p.byRun.get(run);
      if (names === undefined) continue;
      // A name can occur only where each of its runs is a word of the text.
      for (const name of names) if ((p.runs.get(name) ?? []).every((r) => words.has(r))) this.tryName(p, name, lowerText);
      if (names.every((n) => p.found.has(n))) p.byRun.delete(run);
    }
    for (const name of p.bare) this.tryName(p, name, lowerText);
  }

  private tryName(p: Probe, name: string, lowerText: string): void {
    if (p.found.has(name) || !lowerText.includes(name)) return;
    let re = p.patterns.get(name);
    if (re === undefined) p.patterns.set(name, (re = phrase(name)));
    if (!re.test(lowerText)) return;
    p.found.add(name);
    p.pending.delete(name);
    p.patterns.delete(name);
    p.runs.delete(name);
  }

  private makeProbes(): Map<string, Probe> {
    const pending = new Map<string, Set<string>>();
    this.eachCheck((t, other, verdict) => {
      if (verdict !== 'text') return;
      let set = pending.get(other);
      if (set === undefined) pending.set(other, (set = new Set()));
      for (const n of t.names) if (n.trim() !== '') set.add(n);
    });
    const out = new Map<string, Probe>();
    for (const [group, names] of pending) {
      const runs = new Map([...names].map((name) => [name, [...new Set(name.match(RUNS) ?? [])]]));
      const p: Probe = { pending: names, found: new Set(), byRun: new Map(), runs, bare: [], patterns: new Map() };
      // Each name is filed under the run fewest names share (a common surname would make every
      // text that holds it try them all), the longer run on a tie.
      const sharing = new Map<string, number>();
      for (const list of runs.values()) for (const run of list) sharing.set(run, (sharing.get(run) ?? 0) + 1);
      const rank = (run: string): number => (sharing.get(run) ?? 0) * 1024 - Math.min(run.length, 1023);
      for (const [name, list] of runs) {
        if (list.length === 0) {
          p.bare.push(name);
          continue;
        }
        const key = list.reduce((a, b) => (rank(b) < rank(a) ? b : a));
        const filed = p.byRun.get(key) ?? [];
        filed.push(name);
        p.byRun.set(key, filed);
      }
      out.set(group, p);
    }
    return out;
  }

  /**
   * Calls `visit` for every omission item of every group and every other group with whether that
   * group's findings name it (`true`, `false`) or only its texts can tell (`text`).
   */
  private eachCheck(visit: (t: Tally, other: string, verdict: boolean | 'text') => void): void {
    const names = [...this.groups.keys()].sort();
    const actorNames = new Map(names.map((g) => [g, new Set([...(this.groups.get(g)?.items.values() ?? [])].filter((o) => o.kind === 'actor' || o.kind === 'place').flatMap((o) => o.names))]));
    for (const g of names) {
      const mine = this.groups.get(g) as GroupState;
      for (const [key, t] of mine.items) {
        for (const other of names) {
          if (other === g) continue;
          const theirs = this.groups.get(other) as GroupState;
          if (t.kind !== 'actor' && t.kind !== 'place') {
            visit(t, other, theirs.items.has(key));
            continue;
          }
          const concepts = t.names.flatMap((n) => [...(mine.variants.get(n) ?? [])]);
          const named = concepts.some((c) => theirs.items.has(`concept\u0000${c.toLowerCase()}`)) || t.names.some((n) => actorNames.get(other)?.has(n) === true);
          visit(t, other, named ? true : 'text');
        }
      }
    }
  }

  // ─── The tables ──────────────────────────────────────────────────────────────────────────────

  /** Every lens table. */
  rows(portrayalLimit = 20): LensRows {
    return {
      naming: this.naming(),
      omissions: this.omissions(),
      storyStart: this.storyStart(),
      claims: this.claims(),
      portrayal: this.portrayal(portrayalLimit),
      frames: this.frames(),
      timeline: this.timeline(),
    };
  }

  /** The naming fingerprint: see `namingFingerprint`. */
  naming(): NamingRow[] {
    const out: NamingRow[] = [];
    const uses = new Map<string, number>();
    for (const cells of this.namingCells.values()) {
      const totals = new Map<string, number>();
      for (const c of cells.values()) totals.set(c.group, (totals.get(c.group) ?? 0) + c.count);
      const list: NamingRow[] = [...cells.values()].map((c) => ({
        pack: c.pack,
        concept: c.concept,
        neutral: c.neutral,
        group: c.group,
        variant: c.variant,
        side: c.side,
        count: c.count,
        documents: c.documents,
        share: round(c.count / (totals.get(c.group) ?? 1)),
        divergence: 0,
        evidence: [...c.evidence],
      }));
      const groups = [...totals.keys()];
      let divergence = groups.length < 2 ? 1 : 0;
      for (let i = 0; i < groups.length; i += 1) {
        for (let j = i + 1; j < groups.length; j += 1) divergence = Math.max(divergence, tvd(list, groups[i] ?? '', groups[j] ?? '', totals));
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
        cmp(a.pack, b.pack) ||
        cmp(a.concept, b.concept) ||
        cmp(a.group, b.group) ||
        b.count - a.count ||
        cmp(a.variant, b.variant),
    );
  }

  /** Omissions: see `omissions`. Names still pending after pass 2 (or without it) count as not found. */
  omissions(): OmissionRow[] {
    const missing = new Map<Tally, string[]>();
    this.eachCheck((t, other, verdict) => {
      const found = this.probes?.get(other)?.found;
      const omitted = verdict === 'text' ? !t.names.some((n) => found?.has(n) === true) : !verdict;
      if (!omitted) return;
      const list = missing.get(t) ?? [];
      list.push(other);
      missing.set(t, list);
    });
    const rows: OmissionRow[] = [];
    for (const [g, state] of this.groups) {
      for (const t of state.items.values()) {
        const missingFrom = missing.get(t);
        if (missingFrom === undefined) continue;
        const share = t.documents / state.documents;
        rows.push({ kind: t.kind, item: t.item, group: g, missingFrom, mentions: t.mentions, documents: t.documents, centrality: round(t.mentions * share), evidence: [...t.evidence] });
      }
    }
    return rows.sort((a, b) => b.centrality - a.centrality || cmp(a.group, b.group) || cmp(a.kind, b.kind) || cmp(a.item, b.item));
  }

  /** Story start: see `storyStart`. */
  storyStart(): StoryStartRow[] {
    return [...this.groups.values()]
      .flatMap((g) => (g.start === undefined ? [] : [{ ...g.start, evidence: { ...g.start.evidence } }]))
      .sort((a, b) => cmp(a.group, b.group));
  }

  /** Claim alignment: see `alignClaims`. */
  claims(): ClaimRow[] {
    const order: Record<Alignment, number> = { diverge: 0, agree: 1, 'one-sided': 2 };
    const blocks: Array<{ alignment: Alignment; weight: number; topic: string; rows: ClaimRow[] }> = [];
    for (const k of this.figures.values()) {
      const alignment: Alignment = k.groups.size < 2 ? 'one-sided' : k.max - k.min <= 0.1 * k.max ? 'agree' : 'diverge';
      const names = [...k.groups.keys()].sort();
      const rows = names.map((group): ClaimRow => {
        const r = k.groups.get(group) as FigureRow;
        return { topic: k.topic, unit: k.unit, kind: k.kind, alignment, group, values: [...r.values], groups: names, evidence: [...r.evidence], claims: [...r.claims] };
      });
      blocks.push({ alignment, weight: k.documents, topic: k.topic, rows });
    }
    return blocks.sort((a, b) => order[a.alignment] - order[b.alignment] || b.weight - a.weight || cmp(a.topic, b.topic)).flatMap((b) => b.rows);
  }

  /** The portrayal matrix: see `portrayalMatrix`. */
  portrayal(limit = 20): PortrayalRow[] {
    const groups = [...this.groups.keys()].sort();
    const keys = [...this.actors.keys()].sort((a, b) => (this.actors.get(b)?.mentions ?? 0) - (this.actors.get(a)?.mentions ?? 0) || cmp(a, b)).slice(0, limit);
    return keys.flatMap((key) => {
      const a = this.actors.get(key) as ActorState;
      return groups.map((group): PortrayalRow => {
        const cell = a.cells.get(group);
        if (cell === undefined) return { actor: a.name, kind: [...a.cells.values()][0]?.kind, group, documents: 0, mentions: 0, roles: {}, polarity: undefined, words: [], evidence: [] };
        const words = [...cell.words.entries()]
          .map(([text, w]) => ({ text, count: w.count, polarity: w.polarity }))
          .sort((x, y) => y.count - x.count || cmp(x.text, y.text))
          .slice(0, 5);
        const polarity = cell.polarityCount === 0 ? undefined : round(cell.polaritySum / cell.polarityCount, 2);
        return { actor: a.name, kind: cell.kind, group, documents: cell.documents, mentions: cell.mentions, roles: { ...cell.roles }, polarity, words, evidence: [...cell.evidence] };
      });
    });
  }

  /** The frame profile: see `frameProfile`. */
  frames(): FrameRow[] {
    const rows: FrameRow[] = [];
    for (const [group, g] of this.groups) {
      for (const [key, n] of g.frames) {
        const [reading = '', label = ''] = key.split('\u0000');
        rows.push({ group, reading, label, documents: n, of: g.documents, share: round(n / g.documents) });
      }
    }
    const rank = (r: string): number => (r === 'frames' ? 0 : r === 'genre' ? 1 : 2);
    return rows.sort((a, b) => rank(a.reading) - rank(b.reading) || cmp(a.reading, b.reading) || cmp(a.label, b.label) || cmp(a.group, b.group));
  }

  /** The timeline: see `timeline`. */
  timeline(): TimelineRow[] {
    if (this.firstMonth === undefined || this.lastMonth === undefined) return [];
    const all: string[] = [];
    for (let [y, mo] = this.firstMonth.split('-').map(Number) as [number, number]; ; ) {
      const key = `${y}-${String(mo).padStart(2, '0')}`;
      all.push(key);
      if (key >= this.lastMonth || all.length > 1200) break;
      mo += 1;
      if (mo > 12) [y, mo] = [y + 1, 1];
    }
    return [...this.groups.keys()].sort().flatMap((group) =>
      all.map((month) => {
        const cell = this.groups.get(group)?.months.get(month);
        return { group, month, documents: cell?.documents ?? 0, words: cell?.words ?? 0 };
      }),
    );
  }
}

/** Keeps the earliest year of a group, a claim's date before a bare year in the text. */
function offerStart(g: GroupState, row: StoryStartRow): void {
  const cur = g.start;
  if (cur === undefined || row.year < cur.year || (row.year === cur.year && row.from === 'date' && cur.from === 'text')) {
    g.start = { ...row, group: detach(row.group), evidence: { ...row.evidence, docId: detach(row.evidence.docId), text: detach(row.evidence.text) } };
  }
}

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
