/** SemEval-2019 Task 4 (Hyperpartisan News Detection), by-article training set: PAN XML articles with titles and a true/false label. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SlantError } from '../../core/errors.js';
import { requireDataset } from './paths.js';

export interface HyperpartisanArticle {
  id: string;
  title: string;
  /** Paragraphs joined by blank lines; markup removed, entities decoded. */
  text: string;
  hyperpartisan: boolean;
  /** The article's URL from the ground truth. */
  url: string;
  /** The URL's host without `www.`: the publisher, which folds group by. */
  publisher: string;
  publishedAt: string | undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the XML entities of the PAN files (named ones and numeric references).
 *
 * @example
 * decodeXmlEntities('Tom &amp; Jerry &#128293;'); // 'Tom & Jerry 🔥'
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The text of one PAN article body: every `<p>` (and any text between them) a paragraph, other
 * markup dropped, white space inside a paragraph collapsed.
 *
 * @example
 * articleText('<p>One <a href="x">link</a>.</p> <p>Two.</p>'); // 'One link.\n\nTwo.'
 */
export function articleText(body: string): string {
  return body
    .split(/<\/?p>/)
    .map((part) => decodeXmlEntities(part.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join('\n\n');
}

function attributes(open: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of open.matchAll(/([\w-]+)="([^"]*)"/g)) out.set(m[1] as string, decodeXmlEntities(m[2] as string));
  return out;
}

/**
 * Loads the 645 by-article training articles with their labels, in id order.
 *
 * @example
 * const articles = loadHyperpartisan(); articles.filter((a) => a.hyperpartisan).length; // 238
 */
export function loadHyperpartisan(dir = requireDataset('hyperpartisan-semeval2019-task4')): HyperpartisanArticle[] {
  const truthFile = join(dir, 'ground-truth-training-byarticle-20181122.xml');
  const truth = new Map<string, { hyperpartisan: boolean; url: string }>();
  for (const m of readFileSync(truthFile, 'utf8').matchAll(/<article\s([^>]*?)\/?>/g)) {
    const a = attributes(m[1] as string);
    const id = a.get('id');
    const label = a.get('hyperpartisan');
    if (id === undefined || (label !== 'true' && label !== 'false')) throw new SlantError('SLANT_INPUT_MALFORMED', `ground truth entry without id or hyperpartisan="true|false": ${m[0].slice(0, 120)}`, { source: truthFile });
    truth.set(id, { hyperpartisan: label === 'true', url: a.get('url') ?? '' });
  }
  const articlesFile = join(dir, 'articles-training-byarticle-20181122.xml');
  const out: HyperpartisanArticle[] = [];
  for (const m of readFileSync(articlesFile, 'utf8').matchAll(/<article\s([^>]*)>([\s\S]*?)<\/article>/g)) {
    const a = attributes(m[1] as string);
    const id = a.get('id') ?? '';
    const gold = truth.get(id);
    if (gold === undefined) throw new SlantError('SLANT_INPUT_MALFORMED', `article ${id} has no ground truth`, { source: articlesFile });
    out.push({
      id,
      title: a.get('title') ?? '',
      text: articleText(m[2] as string),
      hyperpartisan: gold.hyperpartisan,
      url: gold.url,
      publisher: publisherOf(gold.url),
      publishedAt: a.get('published-at'),
    });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The host of a URL without `www.`, or the URL itself when it does not parse. */
function publisherOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
