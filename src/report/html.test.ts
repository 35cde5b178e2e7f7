import { describe, expect, it } from 'vitest';
import type { ProfileRow } from '../compare/index.js';
import type { CorpusReport } from '../ops/report.js';
import { renderHtml } from './html.js';
import { fitLabel, labelWidth } from './html-label.js';

/** A report with one technique row per group (rates 1, 2, …) and nothing else. */
function reportOf(names: readonly string[]): CorpusReport {
  const rows: ProfileRow[] = names.map((group, i) => ({ group, key: 'Loaded language', count: i + 1, documents: 1, words: 1000, rate: i + 1, low: i, high: i + 2 }));
  return {
    title: 'Labels',
    generatedAt: '2024-01-01T00:00:00.000Z',
    groupedBy: 'files',
    groups: names.map((name) => ({ name, documents: 1, words: 1000, findings: 1, per1000Words: 1 })),
    documents: [],
    comparison: { groups: [], distinctive: [], scorer: 'log-odds-dirichlet', options: { ngramMax: 3, top: 25, evidencePerTerm: 3, window: 60, foldSubsumed: true, alpha0: null, minCount: null } },
    techniques: rows,
    profile: [],
    categories: [],
    analyzer: { version: '0', key: 'k' },
    ungrouped: 0,
    failures: [],
  };
}

/** The group labels of the charts: where each ends (text-anchor end), what it shows, its tooltip; and where the bars start. */
function chartLabels(html: string): { labels: Array<{ x: number; text: string; title: string | undefined }>; barX: number[] } {
  const labels = [...html.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end">([^<]*)(?:<title>([^<]*)<\/title>)?<\/text>/g)].map((m) => ({ x: Number(m[1]), text: m[2] ?? '', title: m[3] }));
  const barX = [...html.matchAll(/<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
  return { labels, barX };
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('fitLabel', () => {
  it.each([
    // text, room in px, what is shown
    ['lusovia', 120, 'lusovia'],
    ['/tmp/some/dir/left-article.txt', 240, '/tmp/some/dir/left-article.txt'],
    ['/tmp/some/dir/left-article.txt', 120, '/tm…/left-article.txt'], // a path keeps its file name
    ['/a/very/long/directory/name/that/keeps/going/and/going/forever/left-article.txt', 240, '/a/very/long/directory/n…/left-article.txt'],
    ['dravenia-herald-reunification.md', 120, 'draveni…ication.md'], // the middle goes, more of the end stays
    ['x🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂y', 60, 'x🙂…🙂🙂y'], // no surrogate pair is split
    ['abc', 5, '…'],
  ] as const)('%s in %i px → %s', (text, room, shown) => {
    const fitted = fitLabel(text, room, 11);
    expect(fitted).toEqual({ text: shown, cut: shown !== text });
    if (fitted.cut && shown !== '…') expect(labelWidth(fitted.text, 11)).toBeLessThanOrEqual(room);
  });

  it('estimates wide and narrow letters apart', () => {
    expect(labelWidth('WWWW', 10)).toBeGreaterThan(labelWidth('iiii', 10) * 2.5);
    expect(labelWidth('', 10)).toBe(0);
  });
});

describe('renderHtml charts', () => {
  it('sizes the label column to the longest group name and leaves short names whole', () => {
    const { labels, barX } = chartLabels(renderHtml(reportOf(['dravenia', 'lusovia'])));
    expect(labels.map((l) => [l.text, l.title])).toEqual([
      ['dravenia', undefined],
      ['lusovia', undefined],
    ]);
    // The column fits "dravenia" and its padding, far narrower than the cap.
    expect(barX[0]).toBe(Math.ceil(labelWidth('dravenia', 11)) + 12);
  });

  it('cuts long group names to the column, the full name in a tooltip, none running off the left edge', () => {
    const names = ['/tmp/some/dir/left-article.txt', '/tmp/another/very/long/directory/for/the/right/side/right-article.txt', 'wire'];
    const { labels, barX } = chartLabels(renderHtml(reportOf(names)));
    expect(labels.map((l) => l.title && unescape(l.title))).toEqual([undefined, names[1], undefined]);
    expect(labels.map((l) => unescape(l.text))).toEqual(['/tmp/some/dir/left-article.txt', '/tmp/another/very/lon…/right-article.txt', 'wire']);
    const column = barX[0] ?? 0;
    expect(column).toBe(240 + 12); // the cap
    for (const l of labels) {
      expect(l.x).toBe(column - 6);
      expect(l.x - labelWidth(unescape(l.text), 11), l.text).toBeGreaterThanOrEqual(0);
    }
  });

  it('escapes group names in labels and tooltips', () => {
    const hostile = `<img src=x onerror="alert(1)">${'x'.repeat(60)}`;
    const html = renderHtml(reportOf([hostile, 'b']));
    expect(html).not.toContain('<img src=x');
    const { labels } = chartLabels(html);
    expect(labels[0]?.title && unescape(labels[0].title)).toBe(hostile);
    expect(unescape(labels[0]?.text ?? '')).toMatch(/^<img src=x one…x+$/);
  });
});
