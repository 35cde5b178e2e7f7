/** Inline SVG charts of the corpus view: bars with 95% intervals (rate profiles, frame shares), a scattertext-style term plot on log scales, and a timeline of publication. */
import type { ReactNode } from 'react';
import { monthLabel, type IntervalBar, type TimelineMetric, type TimelineSeries } from './lens-view.js';
import { logDomain, logSteps, niceTicks } from './scale.js';
import type { DistinctiveRow, ProfileRow } from './types.js';

/** Colours of groups (distinct from the category colours of highlights), dark enough for text on white. */
export const GROUP_COLORS = ['#1d5fb4', '#b3261e', '#3d4b55', '#1f7a35', '#7b2d9a', '#a04c00', '#006c7a', '#8a2b5b'];

export function groupColor(i: number): string {
  return GROUP_COLORS[i % GROUP_COLORS.length]!;
}

const fmt = (n: number): string => (n === 0 ? '0' : n >= 10 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(2));

/**
 * Horizontal bars, one per group within each key, with a whisker for the 95% interval, in the
 * order of `keys`. `max` fixes the axis' end (else it covers the highest interval).
 */
export function IntervalChart({ bars, keys, groups, axis, label, max: fixedMax, suffix = '' }: { bars: readonly IntervalBar[]; keys: readonly string[]; groups: readonly string[]; axis: string; label: string; max?: number | undefined; suffix?: string }): ReactNode {
  const ticks = niceTicks(fixedMax ?? Math.max(...bars.map((b) => b.high)));
  const max = ticks[ticks.length - 1]!;
  const labelW = 250;
  const plotW = 440;
  const bar = 11;
  const gap = 3;
  const keyH = groups.length * (bar + gap) + 12;
  const top0 = 8;
  const height = top0 + keys.length * keyH + 44;
  const x = (v: number): number => labelW + (max > 0 ? (v / max) * plotW : 0);
  return (
    <svg className="chart" viewBox={`0 0 ${labelW + plotW + 20} ${height}`} role="img" aria-label={label}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top0} y2={height - 40} className="grid" />
          <text x={x(t)} y={height - 26} textAnchor="middle" className="tick">
            {fmt(t)}
            {suffix}
          </text>
        </g>
      ))}
      {keys.map((k, ki) => {
        const y0 = top0 + ki * keyH;
        return (
          <g key={k}>
            <text x={labelW - 8} y={y0 + (groups.length * (bar + gap)) / 2 + 4} textAnchor="end" className="key">
              {k.length > 36 ? `${k.slice(0, 35)}…` : k}
            </text>
            {groups.map((g, gi) => {
              const b = bars.find((r) => r.key === k && r.group === gi);
              if (b === undefined) return null;
              const y = y0 + gi * (bar + gap);
              const mid = y + bar / 2;
              return (
                <g key={g}>
                  <title>{b.title}</title>
                  <rect x={labelW} y={y} width={Math.max(0, x(b.value) - labelW)} height={bar} fill={groupColor(gi)} opacity={0.8} />
                  <line x1={x(b.low)} x2={x(b.high)} y1={mid} y2={mid} className="whisker" />
                  <line x1={x(b.low)} x2={x(b.low)} y1={mid - 4} y2={mid + 4} className="whisker" />
                  <line x1={x(b.high)} x2={x(b.high)} y1={mid - 4} y2={mid + 4} className="whisker" />
                </g>
              );
            })}
          </g>
        );
      })}
      <text x={labelW + plotW / 2} y={height - 6} textAnchor="middle" className="axis-title">
        {axis}
      </text>
    </svg>
  );
}

/**
 * A technique or detector profile: rates per 1,000 words with their 95% intervals. Keys no group
 * uses are left out; the rest are ordered by their highest rate.
 */
export function ProfileChart({ rows, groups, unit }: { rows: readonly ProfileRow[]; groups: readonly string[]; unit: string }): ReactNode {
  const keys = [...new Set(rows.map((r) => r.key))].filter((k) => rows.some((r) => r.key === k && r.count > 0));
  const top = (k: string): number => Math.max(...rows.filter((r) => r.key === k).map((r) => r.rate));
  keys.sort((x, y) => top(y) - top(x) || x.localeCompare(y));
  if (keys.length === 0) return <p className="muted">No findings of this kind in any group.</p>;
  const bars = rows.flatMap((r) => {
    const group = groups.indexOf(r.group);
    return group < 0 ? [] : [{ key: r.key, group, value: r.rate, low: r.low, high: r.high, title: `${r.group} · ${r.key}: ${fmt(r.rate)} per 1,000 words (95% interval ${fmt(r.low)}–${fmt(r.high)}), ${r.count} in ${r.words} words` }];
  });
  return <IntervalChart bars={bars} keys={keys} groups={groups} axis="per 1,000 words" label={`Rates per 1,000 words by ${unit}, with 95% intervals`} />;
}

/**
 * Grouped bars over the months of publication, one bar per group per month (a month's label under
 * it, fewer labels when months are many). Each bar has a tooltip; the caller gives the same
 * numbers as a table for keyboards and screen readers.
 */
export function TimelineChart({ series, groups, metric }: { series: TimelineSeries; groups: readonly string[]; metric: TimelineMetric }): ReactNode {
  const { months, values } = series;
  const left = 48;
  const plotH = 150;
  const top0 = 10;
  const slot = Math.max(10, Math.min(56, Math.floor(640 / Math.max(1, months.length))));
  const width = left + months.length * slot + 12;
  const height = top0 + plotH + 44;
  const ticks = niceTicks(Math.max(1, series.max), 4);
  const max = ticks[ticks.length - 1]!;
  const y = (v: number): number => top0 + plotH - (v / max) * plotH;
  const bar = Math.max(2, (slot - 6) / Math.max(1, groups.length));
  const every = Math.ceil(months.length / 12);
  const unit = metric === 'documents' ? 'documents' : 'words';
  return (
    <svg className="chart timeline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${unit} per month of publication, by group`}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={width - 12} y1={y(t)} y2={y(t)} className="grid" />
          <text x={left - 6} y={y(t) + 4} textAnchor="end" className="tick">
            {t.toLocaleString('en')}
          </text>
        </g>
      ))}
      {months.map((m, mi) => {
        const x0 = left + mi * slot + 3;
        const label = monthLabel(m);
        return (
          <g key={m}>
            {groups.map((g, gi) => {
              const v = values[gi]?.[mi] ?? 0;
              if (v === 0) return null;
              return (
                <rect key={g} x={x0 + gi * bar} y={y(v)} width={Math.max(1, bar - 1)} height={y(0) - y(v)} fill={groupColor(gi)}>
                  <title>{`${g} · ${label}: ${v.toLocaleString('en')} ${unit}`}</title>
                </rect>
              );
            })}
            {mi % every === 0 && (
              <text x={x0 + (slot - 6) / 2} y={top0 + plotH + 16} textAnchor="middle" className="tick">
                {label.slice(0, 3)}
                {(mi === 0 || m.endsWith('-01')) && (
                  <tspan x={x0 + (slot - 6) / 2} dy={13}>
                    {m.slice(0, 4)}
                  </tspan>
                )}
              </text>
            )}
          </g>
        );
      })}
      <line x1={left} x2={width - 12} y1={y(0)} y2={y(0)} className="baseline" />
    </svg>
  );
}

/** A point of the term plot: a term's rate on each axis and the group it is distinctive of. */
export interface PlotPoint {
  term: string;
  display: string;
  x: number;
  y: number;
  group: number;
  z: number;
  row: DistinctiveRow;
}

/** Rough width of a label in the plot's 10.5px font, for keeping labels apart. */
const labelWidth = (text: string): number => text.length * 6 + 4;

/**
 * Terms placed by their rate (per 1,000 terms) in one group (x) against another or the rest (y), on
 * log scales; a term one side never uses sits on the "0" band before that axis. The diagonal marks
 * equal use. The strongest terms are labelled; every point has a tooltip and can be clicked.
 */
export function TermPlot({ points, xLabel, yLabel, groups, onPick, selected }: { points: readonly PlotPoint[]; xLabel: string; yLabel: string; groups: readonly string[]; onPick: (p: PlotPoint) => void; selected?: string | undefined }): ReactNode {
  const size = 460;
  const pad = { left: 64, bottom: 52, top: 12, right: 16 };
  const zeroBand = 30;
  const [lo, hi] = logDomain(points.flatMap((p) => [p.x, p.y]));
  const inner = size - pad.left - pad.right - zeroBand;
  const pos = (v: number): number => (v <= 0 ? -zeroBand * 0.6 : ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * inner);
  const px = (v: number): number => pad.left + zeroBand + pos(v);
  const py = (v: number): number => size - pad.bottom - zeroBand - pos(v);
  const ticks = logSteps(lo, hi);

  // Terms with the same counts fall on the same spot: spread each such pile sideways, 7px apart.
  const piles = new Map<string, PlotPoint[]>();
  for (const p of points) {
    const key = `${Math.round(px(p.x))}:${Math.round(py(p.y))}`;
    piles.set(key, [...(piles.get(key) ?? []), p]);
  }
  const placed = new Map<PlotPoint, { cx: number; cy: number }>();
  for (const pile of piles.values()) {
    pile.forEach((p, i) => placed.set(p, { cx: px(p.x) + (i - (pile.length - 1) / 2) * 7, cy: py(p.y) }));
  }

  // Label the strongest terms first, skipping any label that would overlap one already placed.
  const boxes: Array<{ x: number; y: number; w: number }> = [];
  const labelled = new Set<PlotPoint>();
  for (const p of [...points].sort((a, b) => Math.abs(b.z) - Math.abs(a.z))) {
    const { cx, cy } = placed.get(p)!;
    const box = { x: cx + 6, y: cy - 15, w: labelWidth(p.display) };
    if (box.x + box.w > size - 2) continue;
    if (boxes.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && Math.abs(box.y - b.y) < 12)) continue;
    boxes.push(box);
    labelled.add(p);
    if (labelled.size >= 18) break;
  }

  const tickText = (d: number): string => (d >= 1 ? d.toFixed(0) : String(d));
  return (
    <svg className="chart plot" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`Term plot: ${xLabel} against ${yLabel}, per 1,000 terms, log scales`}>
      <rect x={pad.left} y={pad.top} width={size - pad.left - pad.right} height={size - pad.top - pad.bottom} className="plot-bg" />
      {ticks.map((d) => (
        <g key={d}>
          <line x1={px(d)} x2={px(d)} y1={pad.top} y2={size - pad.bottom} className="grid" />
          <line x1={pad.left} x2={size - pad.right} y1={py(d)} y2={py(d)} className="grid" />
          <text x={px(d)} y={size - pad.bottom + 16} textAnchor="middle" className="tick">
            {tickText(d)}
          </text>
          <text x={pad.left - 6} y={py(d) + 4} textAnchor="end" className="tick">
            {tickText(d)}
          </text>
        </g>
      ))}
      <text x={px(0)} y={size - pad.bottom + 16} textAnchor="middle" className="tick">
        0
      </text>
      <text x={pad.left - 6} y={py(0) + 4} textAnchor="end" className="tick">
        0
      </text>
      <line x1={px(lo)} y1={py(lo)} x2={px(hi)} y2={py(hi)} className="diagonal" />
      {points.map((p) => {
        const { cx, cy } = placed.get(p)!;
        const isSelected = selected === p.term;
        return (
          <g key={`${p.group}:${p.term}`} className={isSelected ? 'point selected' : 'point'} onClick={() => onPick(p)}>
            <title>{`${p.display} (${groups[p.group] ?? ''}): ${p.x.toFixed(2)} per 1,000 terms in ${xLabel}, ${p.y.toFixed(2)} in ${yLabel}; z ${p.z.toFixed(2)}`}</title>
            <circle cx={cx} cy={cy} r={isSelected ? 6 : 4} fill={groupColor(p.group)} />
            {(labelled.has(p) || isSelected) && (
              <text x={cx + 6} y={cy - 5} className="point-label">
                {p.display}
              </text>
            )}
          </g>
        );
      })}
      <text x={pad.left + (size - pad.left - pad.right) / 2} y={size - 10} textAnchor="middle" className="axis-title">
        {xLabel} (per 1,000 terms, log)
      </text>
      <text transform={`translate(14 ${pad.top + (size - pad.top - pad.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="axis-title">
        {yLabel} (per 1,000 terms, log)
      </text>
    </svg>
  );
}
