/** The lens tables (naming, omissions, story start, claims, portrayal, frames, timeline) for each report format. */
import type { ClaimRow, Evidence, LensRows, NamingRow, OmissionKind, OmissionRow, PortrayalRow } from '../compare/lens-rows.js';
import { fit, fixed, int } from './shared.js';

/** Colour functions as picocolors gives them (identity when colour is off). */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
}

/** Rows grouped by a key, first-seen order kept. */
function blocks<T>(rows: readonly T[], key: (r: T) => string): Array<[string, T[]]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k) ?? [];
    list.push(r);
    m.set(k, list);
  }
  return [...m.entries()];
}

const conceptKey = (r: NamingRow): string => `${r.pack}/${r.concept}`;
const claimKey = (r: ClaimRow): string => `${r.kind}/${r.unit ?? ''}/${r.topic}`;
const ref = (e: Evidence): string => `${e.docId.slice(0, 8)}:${e.start}–${e.end}`;
const variants = (rows: readonly NamingRow[]): string => rows.map((r) => `${r.variant} ×${r.count}`).join(', ');
const roles = (r: PortrayalRow): string =>
  Object.entries(r.roles)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
const polarity = (p: number | undefined): string => (p === undefined ? '' : `${p > 0 ? '+' : ''}${fixed(p, 2)}`);
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const values = (r: ClaimRow): string => [...new Set(r.values)].map((v) => int(v)).join(' / ');
const omissionNote = 'mentioned by one group, never by another; most central first (mentions × share of its documents)';

/** The kinds of omission in the order the terminal lists them. */
const OMISSION_KINDS: readonly OmissionKind[] = ['actor', 'place', 'concept', 'number'];

/**
 * An omission as the terminal names it: a concept without its pack, a figure as first written
 * ("120,000 Armenians" rather than "number of armenian"), anything else as it is.
 */
function omissionLabel(r: OmissionRow): string {
  if (r.kind === 'concept') return r.item.slice(r.item.indexOf('/') + 1);
  const first = r.evidence[0]?.text.replace(/\s+/g, ' ').trim();
  return r.kind === 'number' && first !== undefined && first !== '' && first.length <= 60 ? `“${first}”` : r.item;
}

/** Joins `items` with commas into lines of at most `width` characters (an item longer than that gets a line of its own). */
function wrap(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line}, ${item}`;
    if (next.length > width && line !== '') {
      lines.push(`${line},`);
      line = item;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The lens tables as terminal lines, compact: the top rows of each table.
 *
 * @example
 * out.push(...lensPretty(report.lens, names, pc.createColors(false)));
 */
export function lensPretty(lens: LensRows, names: readonly string[], c: Paint, width = 100): string[] {
  const out: string[] = [];
  const clip = (s: string, n = width - 4): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  if (lens.naming.length > 0) {
    out.push(c.bold('Naming fingerprint') + c.dim('  variants each group uses per pack concept; most divergent first'));
    for (const [concept, rows] of blocks(lens.naming, conceptKey).slice(0, 10)) {
      const first = rows[0];
      out.push(`  ${c.cyan(concept)}${c.dim(`  divergence ${fixed(first?.divergence ?? 0, 2)}${first?.neutral === undefined ? '' : ` · neutral: ${first.neutral}`}`)}`);
      for (const [group, mine] of blocks(rows, (r) => r.group)) out.push(clip(`    ${fit(group, 16)} ${variants(mine)}`));
    }
    out.push('');
  }
  if (lens.omissions.length > 0) {
    out.push(c.bold('Omissions') + c.dim(`  ${omissionNote}`));
    // One block per group and the groups it is missing from, one wrapped line per kind: every row fits, most central first.
    for (const [, rows] of blocks(lens.omissions, (r) => `${r.group}\u0000${r.missingFrom.join(', ')}`)) {
      const first = rows[0] as OmissionRow;
      out.push(`  ${c.cyan(first.group)}${c.dim(` names, ${first.missingFrom.join(', ')} never:`)}`);
      for (const kind of OMISSION_KINDS) {
        const items = rows.filter((r) => r.kind === kind).map((r) => `${omissionLabel(r)}${r.mentions > 1 ? ` ×${r.mentions}` : ''}`);
        if (items.length > 0) out.push(...wrap(items, width - 14).map((line, i) => `    ${(i === 0 ? `${kind}s` : '').padEnd(9)} ${line}`));
      }
    }
    out.push('');
  }
  if (lens.storyStart.length > 0) {
    out.push(c.bold('Story start') + c.dim('  the earliest year each group reaches back to'));
    for (const r of lens.storyStart) out.push(`  ${fit(r.group, 22)} ${r.year}  ${c.dim(`“${r.evidence.text}” ${ref(r.evidence)} (${r.from})`)}`);
    out.push('');
  }
  if (lens.claims.length > 0) {
    out.push(c.bold('Claims') + c.dim('  figures about the same thing across groups: agree (within 10%), diverge, one-sided'));
    for (const [, rows] of blocks(lens.claims, claimKey).slice(0, 12)) {
      const first = rows[0];
      if (first === undefined) continue;
      out.push(clip(`  ${fit(`${first.topic}${first.unit !== undefined && first.unit !== first.topic ? ` (${first.unit})` : ''}`, 24)} ${first.alignment.padEnd(9)} ${rows.map((r) => `${r.group}: ${values(r)}`).join(' · ')}`));
    }
    out.push('');
  }
  const cast = lens.portrayal.filter((r) => r.polarity !== undefined || Object.keys(r.roles).some((k) => k !== 'neutral'));
  if (cast.length > 0) {
    out.push(c.bold('Portrayal') + c.dim('  roles, mean polarity of evaluative words, top words, per group'));
    for (const [actor, rows] of blocks(lens.portrayal, (r) => r.actor).slice(0, 12)) {
      if (!rows.some((r) => cast.includes(r))) continue;
      out.push(`  ${c.cyan(actor)}`);
      for (const r of rows) {
        if (r.documents === 0) {
          out.push(c.dim(`    ${fit(r.group, 16)} –`));
          continue;
        }
        out.push(clip(`    ${fit(r.group, 16)} ${roles(r).padEnd(28)} ${polarity(r.polarity).padStart(6)}  ${r.words.map((w) => w.text).join(', ')}`));
      }
    }
    out.push('');
  }
  if (lens.frames.length > 0) {
    out.push(c.bold('Frames and readings') + c.dim('  share of each group’s documents'));
    out.push(c.dim(`  ${''.padEnd(46)}${names.map((n) => fit(n, 13).trimEnd().padStart(14)).join('')}`));
    for (const [key, rows] of blocks(lens.frames, (r) => `${r.reading}\u0000${r.label}`)) {
      const [reading = '', label = ''] = key.split('\u0000');
      const cells = names.map((n) => {
        const r = rows.find((x) => x.group === n);
        return (r === undefined ? '–' : `${pct(r.share)} (${r.documents})`).padStart(14);
      });
      out.push(`  ${fit(`${reading}: ${label.replace(/_/g, ' ')}`, 45)} ${cells.join('')}`);
    }
    out.push('');
  }
  if (lens.timeline.length > 0) {
    out.push(c.bold('Timeline') + c.dim('  documents per month of publication'));
    for (const [group, rows] of blocks(lens.timeline, (r) => r.group)) {
      out.push(clip(`  ${fit(group, 16)} ${rows.filter((r) => r.documents > 0).map((r) => `${r.month} ${r.documents}`).join(' · ')}`));
    }
    out.push('');
  }
  return out;
}

/** Escapes a Markdown table cell. */
function cell(value: unknown): string {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

const mdEvidence = (list: readonly Evidence[]): string => list.map((e) => `“${cell(e.text.slice(0, 80))}” \`${ref(e)}\``).join('; ');

/**
 * The lens tables as Markdown sections.
 *
 * @example
 * out.push(...lensMarkdown(report.lens, names));
 */
export function lensMarkdown(lens: LensRows, names: readonly string[]): string[] {
  const out: string[] = [];
  out.push('## Naming fingerprint', '', 'Which variant of each pack concept each group uses, and how often; divergence is the largest total variation distance between two groups’ mixes of variants (1 when only one group names the concept).', '');
  if (lens.naming.length === 0) out.push('No pack term occurs.', '');
  else {
    out.push('| concept | neutral | divergence | group | variant | marks | uses | docs | share | evidence |', '|---|---|---:|---|---|---|---:|---:|---:|---|');
    for (const r of lens.naming) out.push(`| ${cell(conceptKey(r))} | ${cell(r.neutral)} | ${fixed(r.divergence, 2)} | ${cell(r.group)} | ${cell(r.variant)} | ${cell(r.side)} | ${r.count} | ${r.documents} | ${pct(r.share)} | ${mdEvidence(r.evidence.slice(0, 1))} |`);
    out.push('');
  }
  out.push('## Omissions', '', `Actors, places, figures and pack concepts ${omissionNote}.`, '');
  if (lens.omissions.length === 0) out.push('Nothing is mentioned by one group only.', '');
  else {
    out.push('| kind | item | mentioned by | mentions | docs | centrality | never in | evidence |', '|---|---|---|---:|---:|---:|---|---|');
    for (const r of lens.omissions) out.push(`| ${r.kind} | ${cell(r.item)} | ${cell(r.group)} | ${r.mentions} | ${r.documents} | ${fixed(r.centrality, 2)} | ${cell(r.missingFrom.join(', '))} | ${mdEvidence(r.evidence.slice(0, 1))} |`);
    out.push('');
  }
  out.push('### Story start', '', 'The earliest year each group reaches back to (a claim’s date, or a four-digit year in the text).', '');
  if (lens.storyStart.length === 0) out.push('No group names a year.', '');
  else {
    out.push('| group | year | from | evidence |', '|---|---:|---|---|');
    for (const r of lens.storyStart) out.push(`| ${cell(r.group)} | ${r.year} | ${r.from} | ${mdEvidence([r.evidence])} |`);
    out.push('');
  }
  out.push('## Claims', '', 'Figures about the same thing (same kind, unit and counted noun) across groups: **agree** when all lie within 10% of the largest, **diverge** when two groups’ figures do not, **one-sided** when one group alone gives one.', '');
  if (lens.claims.length === 0) out.push('No figure to align.', '');
  else {
    out.push('| about | unit | alignment | group | figures | as written | claim |', '|---|---|---|---|---:|---|---|');
    for (const r of lens.claims) out.push(`| ${cell(r.topic)} | ${cell(r.unit)} | ${r.alignment} | ${cell(r.group)} | ${values(r)} | ${mdEvidence(r.evidence)} | ${cell(r.claims[0]?.text.slice(0, 140))} |`);
    out.push('');
  }
  out.push('## Portrayal', '', 'How each group casts each actor (– where the actors lens found it in none of the group’s documents): roles the actors lens gives it (documents), mean polarity of the evaluative words attached to it (−1 to +1), the most frequent of those words.', '');
  if (lens.portrayal.length === 0) out.push('No actor found.', '');
  else {
    out.push('| actor | group | docs | mentions | roles | polarity | words | evidence |', '|---|---|---:|---:|---|---:|---|---|');
    for (const r of lens.portrayal) out.push(`| ${cell(r.actor)} | ${cell(r.group)} | ${r.documents} | ${r.mentions} | ${cell(roles(r))} | ${polarity(r.polarity)} | ${cell(r.words.map((w) => `${w.text} ×${w.count}`).join(', '))} | ${mdEvidence(r.evidence.slice(0, 2))} |`);
    out.push('');
  }
  out.push('## Frames and readings', '', 'Share of each group’s documents with each frame (every frame kept), genre and side reading (the best label).', '');
  if (lens.frames.length === 0) out.push('No document-level reading.', '');
  else {
    out.push(`| reading | label | ${names.map(cell).join(' | ')} |`, `|---|---|${names.map(() => '---:').join('|')}|`);
    for (const [, rows] of blocks(lens.frames, (r) => `${r.reading}\u0000${r.label}`)) {
      const first = rows[0];
      if (first === undefined) continue;
      out.push(`| ${cell(first.reading)} | ${cell(first.label.replace(/_/g, ' '))} | ${names.map((n) => ((r) => (r === undefined ? '–' : `${pct(r.share)} (${r.documents}/${r.of})`))(rows.find((x) => x.group === n))).join(' | ')} |`);
    }
    out.push('');
  }
  if (lens.timeline.length > 0) {
    out.push('## Timeline', '', 'Documents (and words) per month of publication.', '', `| month | ${names.map(cell).join(' | ')} |`, `|---|${names.map(() => '---:').join('|')}|`);
    for (const [month, rows] of blocks(lens.timeline, (r) => r.month)) {
      out.push(`| ${month} | ${names.map((n) => ((r) => (r === undefined || r.documents === 0 ? '0' : `${r.documents} (${int(r.words)})`))(rows.find((x) => x.group === n))).join(' | ')} |`);
    }
    out.push('');
  }
  return out;
}

/** Background for a polarity in [−1, 1]: red for negative, green for positive, white for none. */
function heat(p: number | undefined): string {
  if (p === undefined) return '#ffffff';
  const a = Math.min(1, Math.abs(p));
  const [r, g, b] = p < 0 ? [220, 38, 38] : [22, 163, 74];
  const mix = (c: number): number => Math.round(255 + (c - 255) * a * 0.55);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

const PALETTE = ['#1f6fb2', '#c2410c', '#4d7c0f', '#7e22ce', '#0f766e', '#b91c1c', '#a16207', '#334155'];

/** Documents per month per group as grouped bars in inline SVG. */
function timelineSvg(lens: LensRows, names: readonly string[], esc: (v: unknown) => string): string {
  const months = [...new Set(lens.timeline.map((r) => r.month))];
  const max = Math.max(1, ...lens.timeline.map((r) => r.documents));
  const slot = Math.max(8, Math.min(40, Math.floor(720 / Math.max(1, months.length))));
  const bar = Math.max(2, Math.floor((slot - 4) / Math.max(1, names.length)));
  const h = 120;
  const w = 40 + months.length * slot + 10;
  const parts: string[] = [`<line x1="40" x2="${w - 10}" y1="${h}" y2="${h}" stroke="#999"/>`, `<text x="34" y="14" text-anchor="end">${max}</text>`];
  months.forEach((m, i) => {
    const x0 = 40 + i * slot;
    names.forEach((n, j) => {
      const r = lens.timeline.find((t) => t.month === m && t.group === n);
      if (r === undefined || r.documents === 0) return;
      const bh = (r.documents / max) * (h - 16);
      parts.push(`<rect x="${x0 + 2 + j * bar}" y="${(h - bh).toFixed(1)}" width="${bar - 1}" height="${bh.toFixed(1)}" fill="${PALETTE[j % PALETTE.length] ?? '#333'}"><title>${esc(`${n} ${m}: ${r.documents} documents, ${r.words} words`)}</title></rect>`);
    });
    if (months.length <= 24 || i % Math.ceil(months.length / 24) === 0) parts.push(`<text x="${x0 + slot / 2}" y="${h + 14}" text-anchor="middle">${esc(m.slice(2))}</text>`);
  });
  const legend = names.map((n, j) => `<span style="color:${PALETTE[j % PALETTE.length] ?? '#333'}">■</span> ${esc(n)}`).join(' ');
  return `<svg class="chart" role="img" aria-label="documents per month by group" width="${w}" height="${h + 20}" viewBox="0 0 ${w} ${h + 20}">${parts.join('')}</svg><p class="meta">${legend}</p>`;
}

/**
 * The lens tables as HTML sections (tables, a heatmap for the portrayal matrix, an SVG timeline);
 * every text goes through `esc`.
 *
 * @example
 * const html = lensHtml(report.lens, names, esc);
 */
export function lensHtml(lens: LensRows, names: readonly string[], esc: (v: unknown) => string): string {
  const ev = (list: readonly Evidence[]): string => list.map((e) => `<span class="finding" title="${esc(ref(e))}">“${esc(e.text.slice(0, 100))}” <span class="ref">${esc(ref(e))}</span></span>`).join(' ');
  const table = (head: string[], rows: string[], empty: string): string =>
    rows.length === 0 ? `<p>${esc(empty)}</p>` : `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const td = (v: unknown): string => `<td>${esc(v)}</td>`;
  const naming = table(
    ['concept', 'neutral', 'divergence', 'group', 'variant', 'marks', 'uses', 'docs', 'share', 'evidence'],
    lens.naming.map((r) => `<tr>${td(conceptKey(r))}${td(r.neutral)}${td(fixed(r.divergence, 2))}${td(r.group)}<td><strong>${esc(r.variant)}</strong></td>${td(r.side)}${td(r.count)}${td(r.documents)}${td(pct(r.share))}<td>${ev(r.evidence.slice(0, 1))}</td></tr>`),
    'No pack term occurs.',
  );
  const omitted = table(
    ['kind', 'item', 'mentioned by', 'mentions', 'docs', 'centrality', 'never in', 'evidence'],
    lens.omissions.map((r) => `<tr>${td(r.kind)}<td><strong>${esc(r.item)}</strong></td>${td(r.group)}${td(r.mentions)}${td(r.documents)}${td(fixed(r.centrality, 2))}${td(r.missingFrom.join(', '))}<td>${ev(r.evidence.slice(0, 1))}</td></tr>`),
    'Nothing is mentioned by one group only.',
  );
  const start = table(['group', 'year', 'from', 'evidence'], lens.storyStart.map((r) => `<tr>${td(r.group)}${td(r.year)}${td(r.from)}<td>${ev([r.evidence])}</td></tr>`), 'No group names a year.');
  const claims = table(
    ['about', 'unit', 'alignment', 'group', 'figures', 'as written', 'claim'],
    lens.claims.map((r) => `<tr>${td(r.topic)}${td(r.unit)}<td class="al-${esc(r.alignment)}">${esc(r.alignment)}</td>${td(r.group)}${td(values(r))}<td>${ev(r.evidence)}</td>${td(r.claims[0]?.text.slice(0, 200))}</tr>`),
    'No figure to align.',
  );
  const actors = blocks(lens.portrayal, (r) => r.actor);
  const portrayal =
    actors.length === 0
      ? '<p>No actor found.</p>'
      : `<table class="heat"><thead><tr><th>actor</th>${names.map((n) => `<th>${esc(n)}</th>`).join('')}</tr></thead><tbody>${actors
          .map(
            ([actor, rows]) =>
              `<tr><th scope="row">${esc(actor)}</th>${names
                .map((n) => {
                  const r = rows.find((x) => x.group === n);
                  if (r === undefined || r.documents === 0) return '<td class="none">–</td>';
                  const words = r.words.map((w) => `${w.text} ×${w.count}`).join(', ');
                  return `<td style="background:${heat(r.polarity)}" title="${esc(r.evidence.map((e) => `${e.text} ${ref(e)}`).join('; '))}"><strong>${esc(polarity(r.polarity) || '·')}</strong> <span class="num">${esc(roles(r))} · ${r.mentions} mentions</span>${words === '' ? '' : `<br>${esc(words)}`}</td>`;
                })
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`;
  const frameRows = blocks(lens.frames, (r) => `${r.reading}\u0000${r.label}`).map(([, rows]) => {
    const first = rows[0];
    return `<tr>${td(first?.reading)}${td(first?.label.replace(/_/g, ' '))}${names.map((n) => ((r) => td(r === undefined ? '–' : `${pct(r.share)} (${r.documents}/${r.of})`))(rows.find((x) => x.group === n))).join('')}</tr>`;
  });
  const frames = table(['reading', 'label', ...names], frameRows, 'No document-level reading.');
  return `<section><h2>Naming fingerprint</h2><p class="meta">Which variant of each pack concept each group uses; divergence is the largest total variation distance between two groups’ mixes of variants (1 when only one group names the concept).</p>${naming}</section>
<section><h2>Omissions</h2><p class="meta">${esc(`Actors, places, figures and pack concepts ${omissionNote}.`)}</p>${omitted}<h3>Story start</h3><p class="meta">The earliest year each group reaches back to.</p>${start}</section>
<section><h2>Claims</h2><p class="meta">Figures about the same thing across groups: agree (within 10% of the largest), diverge, one-sided.</p>${claims}</section>
<section><h2>Portrayal</h2><p class="meta">Actor × group: mean polarity of the evaluative words (red negative, green positive), roles in documents, mentions, top words; hover a cell for its spans.</p>${portrayal}</section>
<section><h2>Frames and readings</h2><p class="meta">Share of each group’s documents with each frame, genre and side reading.</p>${frames}</section>
${lens.timeline.length === 0 ? '' : `<section><h2>Timeline</h2><p class="meta">Documents per month of publication.</p>${timelineSvg(lens, names, esc)}</section>`}`;
}
