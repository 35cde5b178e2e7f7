import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import type { ReadResult } from './entry.js';
import { readFeed } from './read-feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

function summary(results: Iterable<ReadResult>): string[] {
  return [...results].map((result) =>
    result instanceof SlantError ? `${result.row ?? '-'} ${result.code}: ${result.message}` : `${result.row ?? '-'} ok: ${result.text}`,
  );
}

describe('readFeed', () => {
  it('reads RSS 2.0: content:encoded over description, HTML to paragraphs, scripts dropped', () => {
    const results = [...readFeed(fixture('feed.rss'), 'feed.rss')];
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      text: 'The joint water commission scheduled an emergency meeting for Thursday.\n\nBoth delegations confirmed they would attend.',
      meta: {
        title: 'Commission schedules emergency meeting',
        url: 'https://wire.example/2024/03/commission',
        publishedAt: 'Mon, 04 Mar 2024 07:15:00 GMT',
        author: 'A. Novak',
        tags: ['water', 'diplomacy'],
        outlet: 'Valley Wire & Partners',
      },
      row: 1,
    });
    expect(results[1]).toMatchObject({
      text: 'Maintenance on the dam’s second turbine was postponed until April.\n\nEngineers cited spare-part shortages.',
      meta: { author: 'desk@wire.example (Wire Desk)', publishedAt: 'Tue, 05 Mar 2024 10:00:00 +0100', tags: [] },
      row: 2,
    });
    expect(results[2]).toBeInstanceOf(SlantError);
    expect(results[2]).toMatchObject({ code: 'SLANT_INPUT_EMPTY', source: 'feed.rss', row: 3 });
    expect((results[2] as SlantError).message).toMatch(/^item 'Headline-only item' has no text .*fetch the linked pages/);
  });

  it('reads Atom: XHTML and escaped HTML text constructs, the alternate link, author name, category terms', () => {
    const results = [...readFeed(fixture('feed.atom'), 'feed.atom')];
    expect(results).toEqual([
      {
        text: 'Villagers in the south say their wells have run dry for the first time in memory.\n\nLocal officials blame the reduced river flow & a warm winter.',
        meta: {
          title: 'Wells run dry in southern villages',
          url: 'https://post.example/wells',
          publishedAt: '2024-03-06T06:00:00Z',
          author: 'Lena Ortiz',
          tags: ['drought'],
          outlet: 'Border Post',
        },
        row: 1,
      },
      {
        text: 'A plain-text summary with <angle brackets> kept as text.',
        meta: { title: 'Plain summary entry', url: 'https://post.example/summary', publishedAt: '2024-03-05T18:30:00Z', author: undefined, tags: [], outlet: 'Border Post' },
        row: 2,
      },
    ]);
  });

  it('reads RSS 1.0 (RDF), where items sit beside the channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://r.example/"><title>RDF Daily</title></channel>
  <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2024-03-01</dc:date><description>First item text.</description></item>
</rdf:RDF>`;
    expect([...readFeed(rdf, 'x.rdf')]).toEqual([
      { text: 'First item text.', meta: { title: 'One', url: 'https://r.example/1', publishedAt: '2024-03-01', author: undefined, tags: [], outlet: 'RDF Daily' }, row: 1 },
    ]);
  });

  it('takes a permalink guid when an item has no link', () => {
    const rss = '<rss><channel><title>C</title><item><guid>https://g.example/1</guid><description>Text</description></item><item><guid isPermaLink="false">https://g.example/2</guid><description>Text</description></item></channel></rss>';
    const [first, second] = [...readFeed(rss, 'x.rss')];
    expect(first).toMatchObject({ meta: { url: 'https://g.example/1' } });
    expect(second).toMatchObject({ meta: { url: undefined } });
  });

  it.each([
    ['malformed XML', fixture('broken.xml'), /^- SLANT_INPUT_MALFORMED: malformed XML at line 4: .*re-download the feed/],
    ['text that is not XML', 'just words < and >', /^- SLANT_INPUT_MALFORMED: malformed XML/],
    ['XML that is not a feed', fixture('catalog.xml'), /^- SLANT_INPUT_UNSUPPORTED: the XML root element is <catalog>, not an RSS <rss> or Atom <feed>/],
    ['a feed without items', '<rss><channel><title>Empty</title></channel></rss>', /^- SLANT_INPUT_EMPTY: the feed has no items/],
    ['an Atom feed without entries', '<feed xmlns="http://www.w3.org/2005/Atom"><title>E</title></feed>', /^- SLANT_INPUT_EMPTY: the feed has no entries/],
  ])('gives one error for %s', (_name, xml, message) => {
    const results = summary(readFeed(xml, 'x.xml'));
    expect(results).toHaveLength(1);
    expect(results[0]).toMatch(message);
  });

  it('does not expand entities declared in a DOCTYPE (no billion laughs)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>T</title><item><description>x &c; y</description></item></channel></rss>`;
    expect(summary(readFeed(laughs, 'x.rss'))).toEqual(['1 ok: x &c; y']);
  });
});
