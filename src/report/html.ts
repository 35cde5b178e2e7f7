/** The corpus report as one self-contained HTML file: no scripts, no network, every text escaped. */
import type { CorpusReport } from '../ops/report.js';
import type { ProfileRow } from '../compare/index.js';
import { fixed, headline, int, pivot } from './shared.js';
import { fitLabel, labelWidth } from './html-label.js';
import { lensHtml } from './lens-render.js';

/** Escapes text for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const PALETTE = ['#1f6fb2', '#c2410c', '#4d7c0f', '#7e22ce', '#0f766e', '#b91c1c', '#a16207', '#334155'];

/** Font size of the chart text, in pixels (the `.chart text` rule of the page's style). */
const CHART_FONT = 11;
/** Widest label column of a chart, in pixels; longer group names are cut with an ellipsis. */
const MAX_LABEL_WIDTH = 240;
/** Room between the label column's edges and its text. */
const LABEL_PAD = 6;

/**
 * The width of the charts' label column: the widest group name as estimated, between 40 pixels
 * and MAX_LABEL_WIDTH plus padding.
 */
function labelColumn(names: readonly string[]): number {
  const widest = Math.max(0, ...names.map((n) => labelWidth(n, CHART_FONT)));
  return Math.ceil(Math.min(MAX_LABEL_WIDTH, Math.max(40, widest))) + 2 * LABEL_PAD;
}

/**
 * A horizontal bar chart of rates with 95% interval whiskers, one bar per group, as inline SVG.
 * Group names that do not fit the label column are cut in the middle, the full name in a tooltip.
 */
function profileChart(key: string, cells: Map<string, ProfileRow>, names: string[], max: number, labelW: number): string {
  const barH = 14;
  const gap = 4;
  const plotW = 360;
  const h = names.length * (barH + gap) + 4;
  const x = (v: number): number => labelW + (max === 0 ? 0 : (v / max) * plotW);
  const parts = names.map((n, i) => {
    const r = cells.get(n);
    if (r === undefined) return '';
    const y = 2 + i * (barH + gap);
    const colour = PALETTE[i % PALETTE.length] ?? '#333';
    const label = fitLabel(n, labelW - 2 * LABEL_PAD, CHART_FONT);
    return (
      `<text x="${labelW - LABEL_PAD}" y="${y + barH - 3}" text-anchor="end">${esc(label.text)}${label.cut ? `<title>${esc(n)}</title>` : ''}</text>` +
      `<rect x="${labelW}" y="${y}" width="${Math.max(0, x(r.rate) - labelW).toFixed(1)}" height="${barH}" fill="${colour}" opacity="0.8"/>` +
      `<line x1="${x(r.low).toFixed(1)}" x2="${x(r.high).toFixed(1)}" y1="${y + barH / 2}" y2="${y + barH / 2}" stroke="#111" stroke-width="1.5"/>` +
      `<text x="${(x(r.high) + 4).toFixed(1)}" y="${y + barH - 3}">${fixed(r.rate)}</text>`
    );
  });
  return `<svg class="chart" role="img" aria-label="${esc(key)}: rate per 1,000 words by group" width="${labelW + plotW + 60}" height="${h}" viewBox="0 0 ${labelW + plotW + 60} ${h}">${parts.join('')}</svg>`;
}

/**
 * Renders the report as a standalone HTML page (inline CSS and SVG, no script, no external
 * resource). Article text only ever enters as escaped text, so hostile input renders inertly.
 *
 * @example
 * writeFileSync('report.html', renderHtml(report));
 */
export function renderHtml(report: CorpusReport): string {
  const names = report.groups.map((g) => g.name);
  const labelW = labelColumn(names);
  const charts = (rows: ProfileRow[]): string => {
    const max = Math.max(0, ...rows.map((r) => r.high));
    const figures = pivot(rows).map(({ key, cells }) => `<figure><figcaption>${esc(key)}</figcaption>${profileChart(key, cells, names, max, labelW)}</figure>`);
    return figures.length === 0 ? '<p>None found.</p>' : figures.join('');
  };
  const groupTable = report.groups
    .map((g) => `<tr><th scope="row">${esc(g.name)}</th><td>${g.documents}</td><td>${int(g.words)}</td><td>${g.findings}</td><td>${fixed(g.per1000Words)}</td></tr>`)
    .join('');
  const distinctive = report.comparison.distinctive
    .map(({ group, rows: terms }) => {
      const items = terms
        .map((r) => {
          const ev = r.evidence
            .map((e) => `<li><span class="ctx">${esc(e.left)}</span><mark>${esc(e.match)}</mark><span class="ctx">${esc(e.right)}</span> <span class="ref">${esc(e.docId.slice(0, 8))} ${e.start}–${e.end}</span></li>`)
            .join('');
          return `<details><summary><span class="term">${esc(r.display)}</span> <span class="num">${r.countTarget} vs ${r.countReference} · z ${fixed(r.z, 2)}</span></summary><ul class="kwic">${ev}</ul></details>`;
        })
        .join('');
      return `<section class="group"><h3>${esc(group)}</h3>${items || '<p>Nothing stands out for this group.</p>'}</section>`;
    })
    .join('');
  const docs = report.documents
    .map(
      (d) =>
        `<tr><td><code>${esc(d.id.slice(0, 8))}</code></td><td>${esc(d.group)}</td><td>${esc(d.title ?? d.source)}</td><td>${esc(d.outlet)}</td><td>${esc(d.publishedAt?.slice(0, 10))}</td><td>${int(d.words)}</td><td>${d.findings}</td><td>${fixed(d.per1000Words)}</td><td>${d.top
          .slice(0, 3)
          .map((f) => `<span class="finding" title="${esc(f.reason)}">${esc(f.label)}: “${esc(f.text)}”</span>`)
          .join(' ')}</td></tr>`,
    )
    .join('');
  const failures =
    report.failures.length === 0
      ? ''
      : `<section><h2>Inputs that could not be read</h2><ul>${report.failures.map((f) => `<li><code>${esc(f.source)}</code>: ${esc(f.message)} (${esc(f.code)})</li>`).join('')}</ul></section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(report.title)}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.meta{color:#555}table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border-bottom:1px solid #e5e5e5;padding:.35rem .5rem;text-align:left;vertical-align:top}
td:nth-child(n+2){font-variant-numeric:tabular-nums}figure{margin:.6rem 0}figcaption{font-weight:600}
.chart text{font-size:${CHART_FONT}px;fill:#222}.groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:1.2rem}
.group h3{margin:.2rem 0;color:#1f4f82}details{border-bottom:1px solid #eee;padding:.2rem 0}summary{cursor:pointer}
.term{font-weight:600}.num{color:#555;font-size:.85rem}.kwic{list-style:none;padding-left:.6rem;margin:.3rem 0;font-size:.88rem}
.kwic li{margin:.2rem 0}.ctx{color:#444}mark{background:#ffe58a;padding:0 .1rem}.ref{color:#777;font-size:.75rem}
.heat td{min-width:8rem}.heat td.none{color:#999}.al-diverge{color:#b91c1c;font-weight:600}.al-agree{color:#15803d}
.finding{display:inline-block;background:#f3f4f6;border-radius:3px;padding:0 .3rem;margin:.1rem;font-size:.82rem}
</style>
</head>
<body>
<header><h1>${esc(report.title)}</h1><p class="meta">${esc(headline(report))} · generated ${esc(report.generatedAt)} by slant ${esc(report.analyzer.version)}</p></header>
${failures}
<section><h2>Groups</h2><table><thead><tr><th>group</th><th>documents</th><th>words</th><th>findings</th><th>per 1,000 words</th></tr></thead><tbody>${groupTable}</tbody></table>
${report.ungrouped > 0 ? `<p>${report.ungrouped} documents without a ${esc(report.groupedBy)} were left out.</p>` : ''}</section>
<section><h2>Persuasion techniques</h2><p class="meta">Spans the technique model marks, per 1,000 words, by technique; bars show the rate, whiskers its 95% interval (Poisson).</p>${charts(report.techniques)}</section>
<section><h2>Rule signals</h2><p class="meta">Findings of the rule detectors per 1,000 words, by detector; bars and whiskers as above.</p>${charts(report.profile)}</section>
<section><h2>Distinctive language</h2><p class="meta">Each group against all the others, ranked by the z-score of the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008). Open a term to see it in context.</p><div class="groups">${distinctive}</div></section>
${report.lens === undefined ? '' : lensHtml(report.lens, names, esc)}
<section><h2>Documents</h2><table><thead><tr><th>id</th><th>group</th><th>title</th><th>outlet</th><th>date</th><th>words</th><th>findings</th><th>per 1,000</th><th>strongest findings</th></tr></thead><tbody>${docs}</tbody></table></section>
</body>
</html>
`;
}
