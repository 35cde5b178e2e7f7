/** The UI's routes, kept in the location hash so that reloads, links and the back button work wherever the server puts the page. */
import type { Span } from './lens.js';

/** How stored documents are grouped in the corpus view (the API's `by`). */
export type GroupField = 'side' | 'outlet' | 'tag';

export type Route = { view: 'article'; id?: string | undefined; at?: Span | undefined } | { view: 'compare' } | { view: 'corpus'; by?: GroupField | undefined };

/**
 * The route a location hash names: `#/article[/ID[/START-END]]`, `#/compare`, `#/corpus[/side|outlet|tag]`.
 *
 * @example
 * parseRoute('#/article/1a2b3c4d/10-18'); // { view: 'article', id: '1a2b3c4d', at: { start: 10, end: 18 } }
 */
export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').map((p) => decodeURIComponent(p));
  } catch {
    return { view: 'article' }; // a malformed %-escape: start over
  }
  if (parts[0] === 'compare') return { view: 'compare' };
  if (parts[0] === 'corpus') {
    const by = parts[1];
    return { view: 'corpus', by: by === 'side' || by === 'outlet' || by === 'tag' ? by : undefined };
  }
  const id = parts[0] === 'article' && parts[1] !== undefined && /^[0-9a-f]{4,64}$/i.test(parts[1]) ? parts[1] : undefined;
  const m = /^(\d+)-(\d+)$/.exec(parts[2] ?? '');
  const at = id !== undefined && m !== null && Number(m[2]) > Number(m[1]) ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
  return { view: 'article', id, at };
}
