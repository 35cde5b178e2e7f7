/** HTML pages: the article text by Mozilla Readability over linkedom, metadata from the page's head. */

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from '../core/document.js';
import type { Entry } from './entry.js';
import { type DomNode, nodeToText } from './html-to-text.js';

interface HtmlElement extends DomNode {
  getAttribute(name: string): string | null;
}

interface HtmlDocument {
  title: string;
  body: DomNode | null;
  documentElement: DomNode;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

/**
 * Reads an HTML page: Readability (the algorithm behind Firefox Reader View) picks the article and
 * drops navigation, ads and comments; its content becomes plain text with one paragraph per block
 * (see htmlToText). When Readability finds no article the page body's visible text is used instead.
 * Metadata comes from the head: `og:title` (else Readability's title, else `<title>`), `og:site_name`,
 * `author`/`article:author`, `article:published_time`/`date`, `<link rel=canonical>`/`og:url`, and
 * `keywords`/`article:tag` as tags; Readability's JSON-LD findings fill what the head lacks.
 *
 * @example
 * readHtml('<html><head><title>T</title></head><body><article><p>Text.</p></article></body></html>');
 * // { text: 'Text.', meta: { title: 'T', … } }
 */
export function readHtml(html: string): Entry {
  const document = parse(html);
  const head = headMeta(document);
  const article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  let text = article?.content ? nodeToText(article.content) : '';
  if (text === '') {
    // Readability may have pruned the page while trying; read the untouched page again.
    const fresh = parse(html);
    text = nodeToText(fresh.body ?? fresh.documentElement);
  }
  const meta: DocumentMeta = {
    title: head.title ?? nonEmpty(article?.title) ?? nonEmpty(document.title),
    outlet: head.outlet ?? nonEmpty(article?.siteName),
    author: head.author ?? nonEmpty(article?.byline),
    publishedAt: head.publishedAt ?? nonEmpty(article?.publishedTime),
    url: head.url,
    tags: head.tags,
  };
  return { text, meta };
}

function parse(html: string): HtmlDocument {
  return (parseHTML(html) as unknown as { document: HtmlDocument }).document;
}

/** What the page's `<meta>` and `<link>` tags state. */
function headMeta(document: HtmlDocument): DocumentMeta {
  const values = new Map<string, string[]>();
  for (const tag of Array.from(document.querySelectorAll('meta'))) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = tag.getAttribute('content')?.trim();
    if (key === '' || !content) continue;
    values.set(key, [...(values.get(key) ?? []), content]);
  }
  const first = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = values.get(key)?.[0];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  let canonical: string | undefined;
  for (const link of Array.from(document.querySelectorAll('link'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (rel.includes('canonical') && href && /^https?:\/\//i.test(href)) {
      canonical = href;
      break;
    }
  }
  const authors = [first('author'), first('article:author'), first('dc.creator'), first('byl')]
    // `article:author` is often a profile URL rather than a name.
    .filter((value): value is string => value !== undefined && !/^https?:\/\//i.test(value));
  const keywords = (values.get('keywords') ?? []).flatMap((value) => value.split(','));
  const tags = [...keywords, ...(values.get('article:tag') ?? [])].map((tag) => tag.trim()).filter((tag) => tag !== '');
  return {
    title: first('og:title', 'twitter:title', 'dc.title'),
    outlet: first('og:site_name', 'application-name'),
    author: authors[0],
    publishedAt: first('article:published_time', 'og:published_time', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publish-date', 'datepublished'),
    url: canonical ?? first('og:url'),
    tags: tags.length > 0 ? tags : undefined,
  };
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
