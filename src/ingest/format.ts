/** Input formats: which reader a source gets, from the user's choice, its extension, its content type or its first bytes. */

/** The formats slant reads. `feed` is RSS 2.0, RSS 1.0 (RDF) or Atom. */
export const FORMATS = ['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'feed'] as const;
export type Format = (typeof FORMATS)[number];

const BY_EXTENSION: Record<string, Format> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'csv',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
};

/** Extensions a directory walk picks up (other files in a directory are not articles). */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION));

/**
 * The lower-cased extension of a path or URL path, without the dot (`''` when none; a leading dot
 * names a hidden file, not an extension).
 *
 * @example
 * extensionOf('feeds/World.ATOM'); // 'atom'
 * extensionOf('.bashrc'); // ''
 */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The format a file's extension names, or undefined for an unknown or missing extension.
 *
 * @example
 * formatFromPath('feeds/world.atom'); // 'feed'
 */
export function formatFromPath(path: string): Format | undefined {
  return BY_EXTENSION[extensionOf(path)];
}

/**
 * The format an HTTP `Content-Type` names, or undefined when it names none (`text/plain`,
 * `application/octet-stream`), in which case the body is sniffed.
 *
 * @example
 * formatFromContentType('application/rss+xml; charset=utf-8'); // 'feed'
 */
export function formatFromContentType(contentType: string | undefined): Format | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml' || type === 'application/atom+xml' || type === 'application/rdf+xml') return 'feed';
  if (type === 'application/xml' || type === 'text/xml') return 'feed';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') return 'jsonl';
  if (type === 'text/csv' || type === 'text/tab-separated-values') return 'csv';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'md';
  return undefined;
}

/**
 * The charset an HTTP `Content-Type` declares, if any.
 *
 * @example
 * charsetFromContentType('text/html; charset="ISO-8859-1"'); // 'ISO-8859-1'
 */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

/**
 * Guesses the format of text with no usable extension: HTML when it opens with a doctype or an
 * `<html>`/`<head>`/`<body>` tag, a feed when it opens with `<rss`, `<feed` or `<rdf:RDF` (after an
 * optional XML declaration and comments), JSON when the whole text parses, JSON Lines when the first
 * line parses as an object, Markdown when it opens with YAML front matter, and plain text otherwise.
 *
 * @example
 * sniffFormat('<!DOCTYPE html><html>…'); // 'html'
 * sniffFormat('{"text": "a"}\n{"text": "b"}'); // 'jsonl'
 */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  const markup = head.replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)*/i, '').toLowerCase();
  if (/^<!doctype html|^<(?:html|head|body)[\s>]/.test(markup)) return 'html';
  if (/^<(?:rss|feed|rdf:rdf)[\s>]/.test(markup)) return 'feed';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (parsesAsJson(text)) return 'json';
    const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
    if (firstLine.startsWith('{') && parsesAsJson(firstLine)) return 'jsonl';
  }
  if (/^---\r?\n[\w"'-]+[ \t]*:/.test(head)) return 'md';
  return 'txt';
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
