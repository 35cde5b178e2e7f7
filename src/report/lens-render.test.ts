import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFilesReport, type CorpusReport } from '../ops/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPretty } from './pretty.js';

// End to end: the example corpus (fictional Kell Valley; sides dravenia, lusovia, neutral) compared by side.
const examples = (glob: string): string => fileURLToPath(new URL(`../../examples/${glob}`, import.meta.url));

describe('compare on the example corpus: lens tables', () => {
  let report: CorpusReport;
  const load = async (): Promise<CorpusReport> => (report ??= await buildFilesReport([examples('dravenia-*.md'), examples('lusovia-*.md'), examples('wire-*.md')]));

  it('shows the naming fingerprint of the region: Upper Kellmark against Kelhara', async () => {
    const r = await load();
    const region = (r.lens?.naming ?? []).filter((x) => x.concept === 'region-name');
    const byGroup = (g: string): string[] => region.filter((x) => x.group.startsWith(g)).map((x) => x.variant);
    expect(byGroup('dravenia')).toEqual(['Upper Kellmark']);
    expect(byGroup('lusovia')).toEqual(['Kelhara']);
    expect(region[0]?.divergence).toBe(1);
    const pretty = renderPretty(r, { color: false });
    expect(pretty).toContain('Naming fingerprint');
    expect(pretty).toMatch(/region-name[^\n]*\n[^\n]*dravenia[^\n]*Upper Kellmark ×\d+\n[^\n]*lusovia[^\n]*Kelhara ×\d+/);
  }, 60_000);

  it('lists omissions (each side’s own grievance) and renders every table', async () => {
    const r = await load();
    const omitted = (r.lens?.omissions ?? []).filter((x) => x.kind === 'concept').map((x) => `${x.group.slice(0, 8)}:${x.item}`);
    expect(omitted).toContain('dravenia:fictional-kell-valley/grievance-harrow');
    expect(omitted).toContain('lusovia-:fictional-kell-valley/grievance-1994');
    expect(r.lens?.claims.some((c) => c.topic === 'convoy' && c.alignment === 'diverge')).toBe(true);
    const pretty = renderPretty(r, { color: false });
    expect(pretty).toMatch(/Omissions[\s\S]*grievance-harrow/);
    // The terminal lists every omission, however many: each item appears in its group's block.
    const block = pretty.slice(pretty.indexOf('Omissions'), pretty.indexOf('Story start'));
    for (const o of r.lens?.omissions ?? []) {
      // A figure is named as first written ("60,000 Dravenians"), anything else by its item.
      const label = o.kind === 'concept' ? o.item.slice(o.item.indexOf('/') + 1) : o.kind === 'number' ? `“${o.evidence[0]?.text ?? ''}”` : o.item;
      expect(block).toContain(label);
    }
    expect((r.lens?.omissions ?? []).some((o) => o.kind === 'number')).toBe(true);
    const md = renderMarkdown(r);
    for (const h of ['## Naming fingerprint', '## Omissions', '### Story start', '## Claims', '## Portrayal', '## Frames and readings', '## Timeline']) expect(md).toContain(h);
    const html = renderHtml(r);
    expect(html).toContain('<table class="heat">');
    expect(html).toContain('aria-label="documents per month by group"');
    expect(html).not.toMatch(/<script/i);
    const csv = renderCsv(r);
    expect(Object.keys(csv).sort()).toEqual(['claims.csv', 'distinctive.csv', 'documents.csv', 'frames.csv', 'naming.csv', 'omissions.csv', 'portrayal.csv', 'signals.csv', 'techniques.csv', 'timeline.csv']);
    expect(csv['naming.csv']?.split('\r\n')[0]).toBe('pack,concept,neutral,divergence,group,variant,side,count,documents,share,evidence');
    expect(csv['naming.csv']).toContain(',Upper Kellmark,dravenia,');
  }, 60_000);

  it('escapes hostile names in the HTML lens tables', async () => {
    const r = await load();
    const hostile: CorpusReport = {
      ...r,
      lens: {
        ...(r.lens ?? { naming: [], omissions: [], storyStart: [], claims: [], portrayal: [], frames: [], timeline: [] }),
        portrayal: [{ actor: '<img src=x onerror=alert(1)>', kind: 'group', group: r.groups[0]?.name ?? 'a', documents: 1, mentions: 1, roles: { antagonist: 1 }, polarity: -1, words: [{ text: '"><b>', count: 1, polarity: 'negative' }], evidence: [] }],
      },
    };
    const html = renderHtml(hostile);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('"><b>');
  }, 60_000);
});
