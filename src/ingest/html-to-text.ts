/** HTML to plain text: visible text only, one paragraph per block element, never scripts, styles or attributes. */

import { parseHTML } from 'linkedom';

/** The part of a DOM node this module reads (linkedom's nodes, typed without the DOM lib). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements whose content is never visible article text (code, media, embedded documents, form controls). */
const SKIP = new Set([
  'HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET',
  'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'INPUT', 'DATALIST',
  'LINK', 'META', 'BASE', 'TITLE', 'PARAM', 'SOURCE', 'TRACK', 'DIALOG',
]);

/** Block-level elements: each starts and ends a paragraph (HTML Living Standard, "flow content" blocks). */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Table cells stay on their row's line, separated by a tab. */
const CELL = new Set(['TD', 'TH']);

/**
 * Plain text of an HTML document or fragment: the text of each block element becomes a paragraph,
 * paragraphs are separated by a blank line, `<br>` is a line break, HTML whitespace runs collapse
 * to one space (except inside `<pre>`), and non-breaking spaces and entities come through as the
 * characters they stand for. Scripts, styles, embedded frames and objects, form controls, hidden
 * elements (`hidden`, `aria-hidden="true"`, inline `display:none`) and all attributes (event
 * handlers, `javascript:` URLs) never reach the text. The walk is iterative, so deeply nested
 * hostile markup cannot overflow the stack.
 *
 * @example
 * htmlToText('<p>One <b>two</b></p><script>x()</script><p>Three</p>'); // 'One two\n\nThree'
 */
export function htmlToText(html: string): string {
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page) as unknown as { document: { body: DomNode | null; documentElement: DomNode } };
  return nodeToText(document.body ?? document.documentElement);
}

/**
 * Plain text of a DOM subtree by the rules of {@link htmlToText}; for callers that already hold a
 * parsed document (a readability result, a feed's XHTML content).
 *
 * @example
 * nodeToText(parseHTML('<p>a</p><p>b</p>').document.body); // 'a\n\nb'
 */
export function nodeToText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  let preDepth = 0;
  const flush = (preformatted = false): void => {
    const block = preformatted ? current.replace(/^\n+|\s+$/g, '') : current.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/^\s+|\s+$/g, '');
    if (block !== '') blocks.push(block);
    current = '';
  };
  // Each stack item is a node to enter, or a marker to run when an element's children are done.
  const stack: Array<DomNode | { leave: string }> = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if ('leave' in item) {
      if (item.leave === 'PRE') preDepth -= 1;
      if (BLOCK.has(item.leave)) flush(item.leave === 'PRE');
      else if (CELL.has(item.leave)) current += '\t';
      continue;
    }
    if (item.nodeType === TEXT || item.nodeType === CDATA) {
      const raw = item.textContent ?? '';
      if (preDepth > 0) {
        current += raw;
      } else {
        const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
        current += collapsed.startsWith(' ') && (current === '' || /[ \n\t]$/.test(current)) ? collapsed.slice(1) : collapsed;
      }
      continue;
    }
    if (item.nodeType !== ELEMENT && item !== root) continue;
    const name = item.nodeName.toUpperCase();
    if (item !== root && (SKIP.has(name) || isHidden(item))) continue;
    if (name === 'BR') {
      current = current.replace(/ +$/, '') + '\n';
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (name === 'PRE') preDepth += 1;
    stack.push({ leave: name });
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  flush();
  return blocks.join('\n\n');
}

function isHidden(node: DomNode): boolean {
  const attribute = (name: string): string | null => node.getAttribute?.(name) ?? null;
  if (attribute('hidden') !== null) return true;
  if (attribute('aria-hidden')?.toLowerCase() === 'true') return true;
  const style = attribute('style')?.toLowerCase().replace(/\s+/g, '') ?? '';
  return style.includes('display:none') || style.includes('visibility:hidden');
}
