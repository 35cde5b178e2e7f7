/** RSS and Atom feeds: one document per item or entry, the feed's title as the outlet. */

import { XMLValidator } from 'fast-xml-parser';
import { DOMParser } from 'linkedom';
import type { DocumentMeta } from '../core/document.js';
import { SlantError } from '../core/errors.js';
import type { ReadResult } from './entry.js';
import { type DomNode, htmlToText, nodeToText } from './html-to-text.js';

interface XmlElement extends DomNode {
  tagName: string;
  innerHTML: string;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed. Each item/entry becomes a document: its title,
 * link, date (`pubDate`, `dc:date`, `published`, `updated`), author (`author`, `dc:creator`, Atom
 * `author/name`) and categories (tags), with the channel's/feed's title as the outlet. The text is
 * `content:encoded`, else `description` (RSS), or `content`, else `summary` (Atom), converted from
 * HTML to plain text with paragraph breaks (see htmlToText); Atom `type="text"` stays as it is.
 * Malformed XML is one SLANT_INPUT_MALFORMED error for the file (the XML is checked by
 * fast-xml-parser's validator before linkedom, which is lenient, reads it); an item without text is
 * an error for that item (`row` = its 1-based position).
 *
 * @example
 * [...readFeed('<rss><channel><title>Daily</title><item><title>A</title><description>&lt;p&gt;Hi&lt;/p&gt;</description></item></channel></rss>', 'f.rss')];
 * // [{ text: 'Hi', meta: { title: 'A', outlet: 'Daily', … }, row: 1 }]
 */
export function* readFeed(xml: string, source: string): Generator<ReadResult> {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, msg } = validation.err;
    yield new SlantError('SLANT_INPUT_MALFORMED', `malformed XML at line ${line}: ${msg}; re-download the feed or fix the markup`, { source });
    return;
  }
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null };
  const root = document.documentElement;
  const rootName = root?.tagName.toLowerCase() ?? '';
  let container: XmlElement | undefined;
  let items: XmlElement[];
  let atom = false;
  if (root && rootName === 'rss') {
    container = child(root, 'channel');
    items = container ? children(container, 'item') : [];
  } else if (root && rootName === 'rdf:rdf') {
    container = child(root, 'channel');
    items = children(root, 'item');
  } else if (root && rootName === 'feed') {
    container = root;
    items = children(root, 'entry');
    atom = true;
  } else {
    yield new SlantError(
      'SLANT_INPUT_UNSUPPORTED',
      `the XML root element is <${rootName || 'none'}>, not an RSS <rss> or Atom <feed>; slant reads XML only as a feed`,
      { source },
    );
    return;
  }
  if (items.length === 0) {
    yield new SlantError('SLANT_INPUT_EMPTY', `the feed has no ${atom ? 'entries' : 'items'}; nothing to read`, { source });
    return;
  }
  const outlet = container ? textOf(child(container, 'title')) : undefined;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    if (item === undefined) continue;
    const row = i + 1;
    const entry = atom ? readAtomEntry(item) : readRssItem(item);
    if (entry.text.trim() === '') {
      yield new SlantError(
        'SLANT_INPUT_EMPTY',
        `${atom ? 'entry' : 'item'} ${entry.meta.title ? `'${entry.meta.title}' ` : ''}has no text (${atom ? 'no content or summary' : 'no content:encoded or description'}); the feed may carry only headlines — fetch the linked pages instead`,
        { source, row },
      );
      continue;
    }
    yield { text: entry.text, meta: { ...entry.meta, outlet }, row };
  }
}

function readRssItem(item: XmlElement): { text: string; meta: DocumentMeta } {
  const body = child(item, 'content:encoded') ?? child(item, 'description');
  const guid = child(item, 'guid');
  const guidLink = guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(textOf(guid) ?? '') ? textOf(guid) : undefined;
  return {
    text: body ? htmlToText(body.textContent ?? '') : '',
    meta: {
      title: textOf(child(item, 'title')),
      url: textOf(child(item, 'link')) ?? guidLink,
      publishedAt: textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date')),
      author: textOf(child(item, 'dc:creator')) ?? textOf(child(item, 'author')),
      tags: children(item, 'category').map((category) => textOf(category)).filter((tag): tag is string => tag !== undefined),
    },
  };
}

function readAtomEntry(entry: XmlElement): { text: string; meta: DocumentMeta } {
  const body = child(entry, 'content') ?? child(entry, 'summary');
  const links = children(entry, 'link');
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const author = child(entry, 'author');
  const title = child(entry, 'title');
  return {
    text: body ? atomText(body) : '',
    meta: {
      title: title ? atomText(title) : undefined,
      url: alternate?.getAttribute('href') ?? undefined,
      publishedAt: textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated')),
      author: author ? (textOf(child(author, 'name')) ?? textOf(author)) : undefined,
      tags: children(entry, 'category')
        .map((category) => category.getAttribute('term') ?? category.getAttribute('label') ?? undefined)
        .filter((tag): tag is string => tag !== undefined && tag.trim() !== ''),
    },
  };
}

/** Atom text constructs (RFC 4287 §3.1): `text` is plain, `html` is escaped markup, `xhtml` is inline markup. */
function atomText(element: XmlElement): string {
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return nodeToText(element);
  if (type === 'html' || type === 'text/html') return htmlToText(element.textContent ?? '');
  return element.textContent ?? '';
}

function child(parent: XmlElement, name: string): XmlElement | undefined {
  return children(parent, name)[0];
}

function children(parent: XmlElement, name: string): XmlElement[] {
  const wanted = name.toLowerCase();
  return Array.from(parent.children).filter((element) => element.tagName.toLowerCase() === wanted);
}

function textOf(element: XmlElement | undefined): string | undefined {
  const text = element?.textContent?.trim();
  return text ? text : undefined;
}
