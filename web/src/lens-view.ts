/** The lens tables of a corpus comparison laid out for the corpus view: portrayal cells with their heat colour, frame shares with intervals, the timeline's series, naming and omission blocks, and links from evidence spans to the article view. */
import type { Evidence, LensRows, NamingRow, OmissionRow, PortrayalRow } from './types.js';

export type FrameRow = LensRows['frames'][number];
export type TimelineRow = LensRows['timeline'][number];

/** The text colour of the page (`--fg` in styles.css), which the heatmap's cells are written in. */
export const TEXT_COLOR = '#1d2327';

/**
 * The article view's route for a span: the document opened with the span located (scrolled to and
 * outlined), as the distinctive terms' passages link.
 *
 * @example
 * spanHref({ docId: '1a2b3c4d', start: 10, end: 18 }); // '#/article/1a2b3c4d/10-18'
 */
export function spanHref(e: Pick<Evidence, 'docId' | 'start' | 'end'>): string {
  return `#/article/${encodeURIComponent(e.docId)}/${e.start}-${e.end}`;
}

/**
 * The Wilson score interval of a proportion `k` of `n` (95% by default): unlike the normal
 * approximation it stays inside [0, 1] and is honest about small groups; [0, 1] when `n` is 0.
 *
 * @example
 * wilson(1, 2); // { low: 0.0945…, high: 0.9055… }
 */
export function wilson(k: number, n: number, z = 1.96): { low: number; high: number } {
  if (!(n > 0)) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return { low: Math.max(0, (centre - spread) / denominator), high: Math.min(1, (centre + spread) / denominator) };
}

/** A `#rrggbb` colour as its red, green and blue channels (0–255). */
function channels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`expected a colour as #rrggbb, found "${hex}"`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The WCAG contrast ratio of two `#rrggbb` colours (1 to 21; AA asks 4.5 for body text).
 *
 * @example
 * contrastRatio('#000000', '#ffffff'); // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The ends of the polarity scale: red for negative, blue for positive (a pair that colour-blind readers tell apart). */
const NEGATIVE: [number, number, number] = [179, 38, 30];
const POSITIVE: [number, number, number] = [29, 95, 180];
/** How far the strongest polarity moves from white: light enough for `TEXT_COLOR` on it to keep AA contrast. */
const STRENGTH = 0.5;

/**
 * The background of a portrayal cell for a mean polarity in [−1, 1]: white for none or 0, towards
 * red for negative and blue for positive, at most half way, so the cell's text stays readable.
 *
 * @example
 * heatColor(undefined); // '#ffffff'
 * heatColor(-1);        // '#d9938f'
 */
export function heatColor(polarity: number | undefined): string {
  if (polarity === undefined || !Number.isFinite(polarity) || polarity === 0) return '#ffffff';
  const a = Math.min(1, Math.abs(polarity)) * STRENGTH;
  const end = polarity < 0 ? NEGATIVE : POSITIVE;
  return `#${end.map((c) => Math.round(255 + (c - 255) * a).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A polarity as the tables write it: signed, two decimals, a real minus sign; `·` for none.
 *
 * @example
 * polarityText(-0.5); // '−0.50'
 */
export function polarityText(p: number | undefined): string {
  if (p === undefined) return '·';
  return p > 0 ? `+${p.toFixed(2)}` : p < 0 ? `−${Math.abs(p).toFixed(2)}` : '0.00';
}

/**
 * A row's roles, most documents first (then by name).
 *
 * @example
 * roleList({ neutral: 1, antagonist: 2 }); // [['antagonist', 2], ['neutral', 1]]
 */
export function roleList(roles: Readonly<Record<string, number>>): Array<[string, number]> {
  return Object.entries(roles)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** One actor of the portrayal heatmap: its row for each group (undefined where the group never names it). */
export interface PortrayalLine {
  actor: string;
  kind: string | undefined;
  cells: Array<PortrayalRow | undefined>;
}

/**
 * The portrayal rows as a matrix, actor × group in the order of `groups`. Actors keep the rows'
 * order (most named first); a group that never names an actor has no cell for it. An actor that
 * no group casts at all (no role but neutral, no evaluative word anywhere) is left out unless
 * `all` is set.
 *
 * @example
 * portrayalGrid(lens.portrayal, ['a', 'b'])[0]; // { actor: 'Marrak', kind: 'person', cells: [rowA, undefined] }
 */
export function portrayalGrid(rows: readonly PortrayalRow[], groups: readonly string[], all = false): PortrayalLine[] {
  const byActor = new Map<string, PortrayalRow[]>();
  for (const r of rows) byActor.set(r.actor, [...(byActor.get(r.actor) ?? []), r]);
  const lines: PortrayalLine[] = [];
  for (const [actor, mine] of byActor) {
    const cells = groups.map((g) => mine.find((r) => r.group === g && r.documents > 0));
    const cast = cells.some((c) => c !== undefined && (c.polarity !== undefined || roleList(c.roles).some(([role]) => role !== 'neutral')));
    if (!all && !cast) continue;
    if (cells.every((c) => c === undefined)) continue;
    lines.push({ actor, kind: mine.find((r) => r.kind !== undefined)?.kind, cells });
  }
  return lines;
}

/** A bar of an interval chart: one group's value for one key, with its interval. */
export interface IntervalBar {
  key: string;
  /** Index of the group in the chart's groups. */
  group: number;
  value: number;
  low: number;
  high: number;
  /** The tooltip: what the bar says in words. */
  title: string;
}

/** A document-level reading other than the frames (genre, the side of each pack), per group. */
export interface ReadingLine {
  reading: string;
  label: string;
  cells: Array<FrameRow | undefined>;
}

/** `Security_and_defense` → `Security and defense`. */
export const frameLabel = (label: string): string => label.replace(/_/g, ' ');

/**
 * The frame profile: for each frame any group uses, each group's share of documents with it (in
 * per cent, 0 where a group has no document with it) and its 95% Wilson interval; frames with the
 * highest share first. The other readings (genre, side) come apart, as table lines.
 * `documents[i]` is how many documents group i has, for groups with no frame row at all.
 *
 * @example
 * frameBars(lens.frames, ['a', 'b'], [2, 3]).bars[0]; // { key: 'Security and defense', group: 0, value: 100, low: 34.2…, high: 100, … }
 */
export function frameBars(rows: readonly FrameRow[], groups: readonly string[], documents: readonly number[]): { bars: IntervalBar[]; keys: string[]; readings: ReadingLine[] } {
  const frames = rows.filter((r) => r.reading === 'frames');
  const labels = [...new Set(frames.map((r) => r.label))];
  const best = (label: string): number => Math.max(...frames.filter((r) => r.label === label).map((r) => r.share));
  labels.sort((x, y) => best(y) - best(x) || x.localeCompare(y));
  const bars = labels.flatMap((label) =>
    groups.map((g, gi) => {
      const r = frames.find((f) => f.label === label && f.group === g);
      const k = r?.documents ?? 0;
      const n = r?.of ?? rows.find((f) => f.group === g)?.of ?? documents[gi] ?? 0;
      const { low, high } = wilson(k, n);
      const share = n > 0 ? (k / n) * 100 : 0;
      return { key: frameLabel(label), group: gi, value: share, low: low * 100, high: high * 100, title: `${g} · ${frameLabel(label)}: ${k} of ${n} documents (${Math.round(share)}%, 95% interval ${Math.round(low * 100)}–${Math.round(high * 100)}%)` };
    }),
  );
  const readings: ReadingLine[] = [];
  for (const r of rows) {
    if (r.reading === 'frames' || readings.some((l) => l.reading === r.reading && l.label === r.label)) continue;
    readings.push({ reading: r.reading, label: r.label, cells: groups.map((g) => rows.find((x) => x.reading === r.reading && x.label === r.label && x.group === g)) });
  }
  readings.sort((a, b) => a.reading.localeCompare(b.reading));
  return { bars, keys: labels.map(frameLabel), readings };
}

export type TimelineMetric = 'documents' | 'words';

/** The timeline as a matrix: the months in order and, per group, the metric for each month. */
export interface TimelineSeries {
  months: string[];
  values: number[][];
  max: number;
}

/**
 * The timeline rows as one series per group over every month the rows name, in order (0 where a
 * group has no row for a month).
 *
 * @example
 * timelineSeries(lens.timeline, ['a', 'b'], 'documents'); // { months: ['2024-02', '2024-03'], values: [[1, 0], [0, 2]], max: 2 }
 */
export function timelineSeries(rows: readonly TimelineRow[], groups: readonly string[], metric: TimelineMetric): TimelineSeries {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const values = groups.map((g) => months.map((m) => rows.find((r) => r.group === g && r.month === m)?.[metric] ?? 0));
  return { months, values, max: Math.max(0, ...values.flat()) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A `YYYY-MM` month for people.
 *
 * @example
 * monthLabel('2024-02'); // 'Feb 2024'
 */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m === null ? undefined : MONTHS[Number(m[2]) - 1];
  return m === null || name === undefined ? month : `${name} ${m[1]}`;
}

/** One concept of the naming fingerprint: each group's variants, most used first. */
export interface NamingBlock {
  key: string;
  concept: string;
  neutral: string | undefined;
  divergence: number;
  variants: NamingRow[][];
}

/**
 * The naming rows by concept (the rows' order: most divergent first), with each group's variants
 * in the order of `groups`, most used first.
 *
 * @example
 * namingBlocks(lens.naming, ['a', 'b'])[0]; // { concept: 'region-name', divergence: 1, variants: [[upperKellmark], [kelhara]], … }
 */
export function namingBlocks(rows: readonly NamingRow[], groups: readonly string[]): NamingBlock[] {
  const blocks = new Map<string, NamingRow[]>();
  for (const r of rows) {
    const key = `${r.pack}/${r.concept}`;
    blocks.set(key, [...(blocks.get(key) ?? []), r]);
  }
  return [...blocks].map(([key, mine]) => ({
    key,
    concept: mine[0]!.concept,
    neutral: mine[0]!.neutral,
    divergence: mine[0]!.divergence,
    variants: groups.map((g) => mine.filter((r) => r.group === g).sort((a, b) => b.count - a.count)),
  }));
}

/** What one group names and some others never do, by kind. */
export interface OmissionBlock {
  group: string;
  missingFrom: string[];
  kinds: Array<{ kind: OmissionRow['kind']; rows: OmissionRow[] }>;
}

const OMISSION_ORDER: ReadonlyArray<OmissionRow['kind']> = ['actor', 'place', 'concept', 'number'];

/**
 * The omission rows by the group that mentions them and the groups that never do (first-seen
 * order, so the most central block first), then by kind: actors, places, concepts, figures.
 *
 * @example
 * omissionBlocks(lens.omissions)[0]; // { group: 'a', missingFrom: ['b'], kinds: [{ kind: 'actor', rows: [khoran] }] }
 */
export function omissionBlocks(rows: readonly OmissionRow[]): OmissionBlock[] {
  const blocks = new Map<string, OmissionRow[]>();
  for (const r of rows) {
    const key = `${r.group}\u0000${r.missingFrom.join('\u0000')}`;
    blocks.set(key, [...(blocks.get(key) ?? []), r]);
  }
  return [...blocks.values()].map((mine) => ({
    group: mine[0]!.group,
    missingFrom: mine[0]!.missingFrom,
    kinds: OMISSION_ORDER.map((kind) => ({ kind, rows: mine.filter((r) => r.kind === kind) })).filter((k) => k.rows.length > 0),
  }));
}

/**
 * How an omission item reads: a pack concept without its pack.
 *
 * @example
 * omissionLabel({ kind: 'concept', item: 'kell/outcome' }); // 'outcome'
 */
export function omissionLabel(r: Pick<OmissionRow, 'kind' | 'item'>): string {
  return r.kind === 'concept' ? r.item.slice(r.item.indexOf('/') + 1) : r.item;
}

/** A span in its sentence: the text before and after it, as the distinctive terms' passages are shown. */
export interface SpanContext {
  left: string;
  match: string;
  right: string;
}

/**
 * The span `e` in `text` with up to `width` characters either side, cut at word boundaries and
 * with runs of white space made one space; undefined when the text at the span's offsets is not
 * the span's text (another version of the document), so that nothing wrong is shown.
 *
 * @example
 * spanContext('They call it a propaganda machine, again.', { start: 15, end: 33, text: 'propaganda machine' }, 10);
 * // { left: 'call it a ', match: 'propaganda machine', right: ', again.' }
 */
export function spanContext(text: string, e: Pick<Evidence, 'start' | 'end' | 'text'>, width = 70): SpanContext | undefined {
  if (text.slice(e.start, e.end) !== e.text) return undefined;
  const from = Math.max(0, e.start - width);
  const to = Math.min(text.length, e.end + width);
  let left = text.slice(from, e.start);
  let right = text.slice(e.end, to);
  // Drop a word cut in two at either end.
  if (from > 0 && /\S/.test(text[from - 1]!)) left = left.replace(/^\S*/, '');
  if (to < text.length && /\S/.test(text[to]!)) right = right.replace(/\S*$/, '');
  const squeeze = (s: string): string => s.replace(/\s+/g, ' ');
  return { left: squeeze(left).trimStart(), match: e.text, right: squeeze(right).trimEnd() };
}
