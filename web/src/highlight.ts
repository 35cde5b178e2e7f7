/** How findings become highlights: categories and their colours, the filters, and the text cut into segments at every span boundary. */
import type { Finding } from './types.js';

/** The SemEval-2023 Task 3 technique categories (Piskorski et al. 2023), in the order the legend shows them. */
export const CATEGORIES = [
  { id: 'attack-on-reputation', name: 'Attack on reputation', color: '#b3261e', tint: '#fbdcd8' },
  { id: 'justification', name: 'Justification', color: '#1d5fb4', tint: '#d9e6f9' },
  { id: 'simplification', name: 'Simplification', color: '#7b2d9a', tint: '#eedcf6' },
  { id: 'distraction', name: 'Distraction', color: '#a04c00', tint: '#fbe4cc' },
  { id: 'call', name: 'Call', color: '#1f7a35', tint: '#d6efd9' },
  { id: 'manipulative-wording', name: 'Manipulative wording', color: '#806000', tint: '#fbeeb8' },
] as const;

/** The style of signals without a technique category (terminology, claims, actors, hedges, …). */
export const NEUTRAL = { id: 'none', name: 'Other signals (no category)', color: '#4a5a66', tint: '#e3e9ed' } as const;

export type CategoryStyle = { id: string; name: string; color: string; tint: string };

const BY_ID = new Map<string, CategoryStyle>(CATEGORIES.map((c) => [c.id, c]));

/** The style of a finding's category; the neutral style for findings without one (or with a category this UI does not know). */
export function styleOf(f: Pick<Finding, 'category'>): CategoryStyle {
  return (f.category === undefined ? undefined : BY_ID.get(f.category)) ?? NEUTRAL;
}

/** The legend/filter key of a finding: its category id, or `none`. */
export function categoryKey(f: Pick<Finding, 'category'>): string {
  return f.category !== undefined && BY_ID.has(f.category) ? f.category : NEUTRAL.id;
}

/**
 * Detectors whose findings span whole sentences or stand for a whole actor: shown in the side panel,
 * and off among the highlights until asked for, so the wording-level highlights stay readable.
 */
export const DETECTORS_OFF_BY_DEFAULT: ReadonlySet<string> = new Set(['sentence-signals', 'claims', 'actors']);

export interface Filters {
  /** Category keys hidden (see categoryKey). */
  hiddenCategories: ReadonlySet<string>;
  /** Detector ids hidden. */
  hiddenDetectors: ReadonlySet<string>;
  /** Least confidence shown, in [0, 1]. */
  minConfidence: number;
}

export function defaultFilters(): Filters {
  return { hiddenCategories: new Set(), hiddenDetectors: new Set(DETECTORS_OFF_BY_DEFAULT), minConfidence: 0 };
}

/** Whether a finding passes the filters. */
export function visible(f: Finding, filters: Filters): boolean {
  return !filters.hiddenDetectors.has(f.detector) && !filters.hiddenCategories.has(categoryKey(f)) && f.confidence >= filters.minConfidence;
}

/** A run of text `[start, end)` and the indices (into the spans given) of the spans covering all of it. */
export interface Segment {
  start: number;
  end: number;
  covering: number[];
}

/**
 * Cuts `[0, length)` at every span boundary, so that each segment is covered by the same spans
 * throughout; overlapping and nested spans need no special case. Spans are clamped to the text;
 * empty ones are ignored. `covering` lists innermost first (shortest span, then higher index).
 *
 * @example
 * segment(10, [{ start: 2, end: 6 }, { start: 4, end: 8 }]);
 * // [{0,2,[]}, {2,4,[0]}, {4,6,[0,1]}, {6,8,[1]}, {8,10,[]}]
 */
export function segment(length: number, spans: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const cuts = new Set<number>([0, length]);
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  spans.forEach((s, i) => {
    const start = Math.max(0, Math.min(length, s.start));
    const end = Math.max(0, Math.min(length, s.end));
    if (end <= start) return;
    cuts.add(start);
    cuts.add(end);
    (opens.get(start) ?? opens.set(start, []).get(start)!).push(i);
    (closes.get(end) ?? closes.set(end, []).get(end)!).push(i);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const size = (i: number): number => spans[i]!.end - spans[i]!.start;
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    for (const i of closes.get(a) ?? []) active.delete(i);
    for (const i of opens.get(a) ?? []) active.add(i);
    if (b <= a) continue;
    out.push({ start: a, end: b, covering: [...active].sort((x, y) => size(x) - size(y) || y - x) });
  }
  return out;
}

/** Layers of underline drawn under a segment at most; deeper nesting shows as a count in the popover. */
export const MAX_LAYERS = 3;

/**
 * The look of a segment covered by `findings` (innermost first): the background tint of the
 * innermost finding's category, and one underline per layer (innermost on top), 2px each.
 */
export function segmentStyle(findings: ReadonlyArray<Pick<Finding, 'category'>>): { background: string; boxShadow: string } | undefined {
  const first = findings[0];
  if (first === undefined) return undefined;
  const layers = findings.slice(0, MAX_LAYERS).map((f, i) => `inset 0 -${2 * (i + 1)}px 0 ${styleOf(f).color}`);
  return { background: styleOf(first).tint, boxShadow: layers.join(', ') };
}

/** Counts of findings by a key, for filter labels. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}
