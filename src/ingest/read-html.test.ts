import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';
import { readHtml } from './read-html.js';

const hostile = readFileSync(new URL('../../test/fixtures/ingest/hostile.html', import.meta.url), 'utf8');

/** Every marker the hostile fixture hides in scripts, styles, handlers, frames and hidden elements. */
const FORBIDDEN = [
  'SCRIPT-IN-HEAD', 'STYLE', 'ONLOAD-HANDLER', 'LINK-HREF', 'IMG-ONERROR', 'IFRAME-FALLBACK-TEXT', 'INLINE-SCRIPT-TEXT',
  'NOSCRIPT-TEXT', 'HIDDEN-PARAGRAPH-TEXT', 'FORM-VALUE', 'BUTTON', 'SVG-SCRIPT', 'SVG-TEXT', 'alert', 'javascript:', 'evil.example',
  'document.cookie', '<', '>',
];

describe('readHtml', () => {
  const entry = readHtml(hostile);

  it('extracts the article as paragraphs separated by blank lines', () => {
    // Readability drops the <h1> that repeats the title and keeps the byline paragraph.
    const paragraphs = normalizeText(entry.text).split('\n\n');
    expect(paragraphs.map((p) => p.slice(0, 40))).toEqual([
      'By Tomas Reyes',
      'Water levels in the Velka reservoir fell',
      'The authority said the reservoir held\u00a061',
      'Engineers at the dam said releases would',
      'The next official measurement is due at ',
    ]);
    expect(paragraphs[2]).toContain('Read the full report for the monthly figures');
  });

  it.each(FORBIDDEN)('never lets %s into the text', (marker) => {
    expect(entry.text).not.toContain(marker);
  });

  it('drops navigation and footer boilerplate', () => {
    expect(entry.text).not.toMatch(/Home|Sport|© The Valley Ledger/);
  });

  it('reads the metadata from the head', () => {
    expect(entry.meta).toEqual({
      title: 'Reservoir levels fall for a second year',
      outlet: 'The Valley Ledger',
      author: 'Tomas Reyes',
      publishedAt: '2024-02-11T08:30:00Z',
      url: 'https://ledger.example/2024/02/reservoir-levels',
      tags: ['water', 'Velka river', 'drought', 'climate'],
    });
  });

  it('falls back to <title> and leaves absent metadata undefined', () => {
    const { meta } = readHtml('<html><head><title>Only a title</title></head><body><p>Some words here.</p></body></html>');
    expect(meta.title).toBe('Only a title');
    expect(meta.outlet).toBeUndefined();
    expect(meta.url).toBeUndefined();
    expect(meta.tags).toBeUndefined();
  });

  it('skips an article:author that is a profile URL and a relative canonical link', () => {
    const { meta } = readHtml(
      '<html><head><meta property="article:author" content="https://social.example/someone"><link rel="canonical" href="/relative"></head><body><p>Text of the page.</p></body></html>',
    );
    expect(meta.author).toBeUndefined();
    expect(meta.url).toBeUndefined();
  });

  it('uses the visible body text when there is no article to find', () => {
    const { text } = readHtml('<html><body><span>Just</span> <span>a line</span><script>alert(1)</script></body></html>');
    expect(normalizeText(text)).toBe('Just a line');
  });

  it('gives empty text for a page without visible text', () => {
    expect(normalizeText(readHtml('<html><head><script>x()</script></head><body></body></html>').text)).toBe('');
  });
});
