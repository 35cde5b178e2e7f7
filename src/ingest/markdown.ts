/** Markdown to plain text: the words a reader sees, paragraphs kept, markup and link targets dropped. */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const QUOTE_MARKER = /^ {0,3}>[ \t]?/;
const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;

type BlockKind = 'paragraph' | 'list' | 'table';

/**
 * Converts Markdown (CommonMark and GFM as news sites and note tools write it) to plain text:
 * headings lose their `#` and `===`/`---` markers, `*`/`_`/`~~` emphasis markers go, `[text](url)`
 * and `[text][ref]` become their text, images, reference definitions, HTML tags and comments (and
 * the contents of `<script>`/`<style>`) are dropped, backslash escapes and common entities are
 * resolved. Hard-wrapped lines inside a paragraph are joined with a space (a hard break — two
 * trailing spaces or a backslash — stays a line break); paragraphs, headings, lists, tables and code
 * blocks are separated by a blank line. List items keep their markers, one per line; fenced code
 * is kept verbatim.
 *
 * @example
 * markdownToText('# Title\n\nSome *very* [loaded](https://x.example)\nwords.'); // 'Title\n\nSome very loaded words.'
 */
export function markdownToText(markdown: string): string {
  const source = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const blocks: string[] = [];
  let current = '';
  let kind: BlockKind = 'paragraph';
  let quoted = false;
  let hardBreak = false;
  let fence: { marker: string; lines: string[] } | undefined;

  const flush = (): void => {
    const text = inline(current).trim();
    if (text !== '') blocks.push(text);
    current = '';
    kind = 'paragraph';
    hardBreak = false;
  };

  for (const rawLine of source.split('\n')) {
    if (fence !== undefined) {
      const closing = FENCE.exec(rawLine);
      if (closing?.[1] && closing[1][0] === fence.marker[0] && closing[1].length >= fence.marker.length && rawLine.trim() === closing[1]) {
        const code = fence.lines.join('\n').trim();
        if (code !== '') blocks.push(code);
        fence = undefined;
      } else {
        fence.lines.push(rawLine);
      }
      continue;
    }
    const isQuote = QUOTE_MARKER.test(rawLine);
    let line = rawLine;
    while (QUOTE_MARKER.test(line)) line = line.replace(QUOTE_MARKER, '');
    if (isQuote !== quoted) {
      flush();
      quoted = isQuote;
    }
    const opening = FENCE.exec(line);
    if (opening?.[1]) {
      flush();
      fence = { marker: opening[1], lines: [] };
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      current = heading[1] ?? '';
      flush();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && current !== '' && kind === 'paragraph') {
      flush();
      continue;
    }
    if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) {
      if (!REFERENCE_DEFINITION.test(line) && !TABLE_SEPARATOR.test(line)) flush();
      continue;
    }
    const breakAfter = / {2,}$|\\$/.test(line);
    const isTableRow = TABLE_ROW.test(line);
    const content = isTableRow ? line.trim().replace(/^\|\s*|\s*\|$/g, '') : line.replace(/\\$/, '').trim();
    if (LIST_ITEM.test(line) || isTableRow) {
      const lineKind: BlockKind = isTableRow ? 'table' : 'list';
      if (kind !== lineKind) flush();
      current += current === '' ? content : `\n${content}`;
      kind = lineKind;
    } else if (current === '') {
      current = content;
    } else {
      current += (hardBreak ? '\n' : ' ') + content;
    }
    hardBreak = breakAfter;
  }
  if (fence !== undefined) {
    flush();
    const code = fence.lines.join('\n').trim();
    if (code !== '') blocks.push(code);
  } else {
    flush();
  }
  return blocks.join('\n\n');
}

/** Inline markup of one block to plain text. */
function inline(text: string): string {
  const kept: string[] = [];
  // Code spans and escaped characters are set aside first so no later rule rewrites them.
  const keep = (value: string): string => `\uE000${kept.push(value) - 1}\uE001`;
  let out = text.includes('\uE000') ? text : text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => keep(code.trim()));
  if (!text.includes('\uE000')) out = out.replace(ESCAPABLE, (_m, char: string) => keep(char));
  out = out
    .replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/(\*{1,3})(?=\S)([^*]*?\S)\1(?!\*)/g, '$2')
    .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)(.*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
    .replace(/~~(?=\S)(.*?\S)~~/g, '$1')
    // Dropped images and tags leave their surrounding spaces behind.
    .replace(/ {2,}/g, ' ');
  out = decodeEntities(out);
  return out.replace(/\uE000(\d+)\uE001/g, (_m, index: string) => kept[Number(index)] ?? '');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (match, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
  });
}
