import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SlantError } from '../core/errors.js';
import { splitFrontMatter } from './front-matter.js';
import { markdownToText } from './markdown.js';
import { readMarkdown } from './read-markdown.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

describe('markdownToText', () => {
  it.each([
    ['ATX headings lose their hashes', '# Title #\n\n## Sub', 'Title\n\nSub'],
    ['setext headings lose their underline', 'Title\n=====\n\nSub\n---', 'Title\n\nSub'],
    ['hard-wrapped lines join with a space', 'one\ntwo\nthree', 'one two three'],
    ['paragraphs stay apart', 'one\n\n\ntwo', 'one\n\ntwo'],
    ['a hard break (two spaces or backslash) stays a line break', 'one  \ntwo\\\nthree', 'one\ntwo\nthree'],
    ['emphasis markers go', '*a* **b** ***c*** _d_ __e__ ~~f~~', 'a b c d e f'],
    ['intraword underscores stay', 'snake_case_name and __init__ stay', 'snake_case_name and init stay'],
    ['lone asterisks stay', '2 * 3 * 4 and a * star', '2 * 3 * 4 and a * star'],
    ['links become their text', 'see [the report](https://x.example/a_(b) "T") now', 'see the report now'],
    ['reference links become their text, definitions go', 'see [the report][r]\n\n[r]: https://x.example', 'see the report'],
    ['images are dropped', 'before ![alt text](img.png) after', 'before after'],
    ['autolinks keep the URL', 'at <https://x.example/a>', 'at https://x.example/a'],
    ['code spans keep their content untouched', 'run `rm *a* [x](y)` now', 'run rm *a* [x](y) now'],
    ['escapes resolve', '\\*not emphasis\\* and \\[not a link\\]', '*not emphasis* and [not a link]'],
    ['list items keep markers, one per line', '- one\n- two\n  continued\n1. three', '- one\n- two continued\n1. three'],
    ['a list after a paragraph starts a new block', 'Intro:\n- a\n- b', 'Intro:\n\n- a\n- b'],
    ['block quotes lose their markers', '> quoted\n> text\n\nafter', 'quoted text\n\nafter'],
    ['fenced code is kept verbatim', '```js\nconst a = *b*;\n  x\n```\nafter', 'const a = *b*;\n  x\n\nafter'],
    ['thematic breaks separate', 'a\n\n***\n\nb', 'a\n\nb'],
    ['tables lose pipes and separator rows', '| a | b |\n|---|:-:|\n| 1 | 2 |', 'a | b\n1 | 2'],
    ['HTML tags, comments, scripts and styles go', 'a <b>bold</b><!-- note\nhidden --> <script>alert(1)</script><style>p{}</style>end', 'a bold end'],
    ['entities resolve, nbsp kept', 'a &amp; b&nbsp;c &#8212; &#x2019;', 'a & b\u00a0c — ’'],
    ['unknown entities stay', '&bogus; &#xD800;', '&bogus; &#xD800;'],
    ['an unclosed fence keeps its code', '```\ncode', 'code'],
    ['empty', '', ''],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToText(markdown)).toBe(expected);
  });
});

describe('splitFrontMatter', () => {
  it('maps the usual keys, a comma tag string and a list of authors', () => {
    const { meta, body } = splitFrontMatter('---\ntitle: T\nsource: S\nauthors: [A, B]\npublished: 2024-01-02\ntags: x, y\ncategories: [z]\n---\nBody', 'a.md');
    expect(meta).toEqual({ title: 'T', outlet: 'S', author: 'A, B', publishedAt: '2024-01-02', side: undefined, url: undefined, tags: ['x', 'y', 'z'] });
    expect(body).toBe('Body');
  });

  it('returns the text unchanged without front matter', () => {
    expect(splitFrontMatter('# Just markdown\n---\n', 'a.md')).toEqual({ meta: {}, body: '# Just markdown\n---\n' });
  });

  it('accepts an empty block and a ... terminator', () => {
    expect(splitFrontMatter('---\n---\nBody', 'a.md').body).toBe('Body');
    expect(splitFrontMatter('---\ntitle: T\n...\nBody', 'a.md').meta.title).toBe('T');
  });

  it.each([
    ['never closed', '---\ntitle: T\nBody', /never closed/],
    ['invalid YAML', '---\ntitle: "open\ntags: [a\n---\nBody', /not valid YAML/],
    ['not a mapping', '---\n- a\n- b\n---\nBody', /must be a YAML mapping/],
    ['a scalar', '---\njust words\n---\nBody', /must be a YAML mapping/],
  ])('throws SLANT_INPUT_MALFORMED for front matter %s', (_name, markdown, message) => {
    let caught: unknown;
    try {
      splitFrontMatter(markdown, 'bad.md');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlantError);
    expect(caught).toMatchObject({ code: 'SLANT_INPUT_MALFORMED', source: 'bad.md' });
    expect((caught as SlantError).message).toMatch(message);
  });
});

describe('readMarkdown', () => {
  it('reads the fixture: front matter metadata and the body as plain paragraphs', () => {
    const entry = readMarkdown(fixture('opinion.md'), 'opinion.md');
    expect(entry.meta).toEqual({
      title: 'The dam is a lifeline, not a weapon',
      outlet: 'Norland Courier',
      author: 'Mira Castell',
      publishedAt: '2024-03-05',
      side: 'norland',
      url: 'https://courier.example/opinion/dam-lifeline',
      tags: ['water', 'energy'],
    });
    expect(entry.text).toBe(
      [
        'The dam is a lifeline, not a weapon',
        'For decades our valleys flooded every spring. The Velka dam ended that, and it gave the region cheap power that keeps factories and hospitals running.',
        'Critics across the border call it a so-called "water grab", but they ignore the facts:',
        '- releases have met every agreed minimum since 2019\n- the reservoir stores water that would otherwise be lost',
        'Nobody who lived through the 2011 flood wants to go back.',
        'It is time to stop treating engineers as enemies.',
      ].join('\n\n'),
    );
  });

  it('takes the title from a leading heading when the front matter has none', () => {
    expect(readMarkdown('# Talks stall\n\nNo deal yet.', 'a.md').meta.title).toBe('Talks stall');
    expect(readMarkdown('Talks stall\n===\n\nNo deal yet.', 'a.md').meta.title).toBe('Talks stall');
    expect(readMarkdown('No heading.\n\n# Later heading', 'a.md').meta.title).toBeUndefined();
  });

  it('throws for the malformed front matter fixture, naming the file', () => {
    expect(() => readMarkdown(fixture('bad-front-matter.md'), 'bad-front-matter.md')).toThrow(/front matter is not valid YAML/);
  });
});
