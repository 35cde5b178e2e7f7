/**
 * Labels of the HTML report's inline SVG charts: how wide a label will be, and the label cut to a
 * width with an ellipsis. A self-contained report has no script to measure text, so widths are
 * estimated from per-character advances on the wide side (close to DejaVu Sans, the usual fallback
 * of `system-ui` on Linux; Segoe UI, San Francisco and Helvetica are narrower), so a label estimated
 * to fit does fit.
 */

/** Advance of one character in ems, rounded up from DejaVu Sans. */
function advance(ch: string): number {
  if (ch === ' ' || /[ijlI.,:;'|!]/.test(ch)) return 0.32;
  if (/[frt\-/\\()[\]]/.test(ch)) return 0.42;
  if (/[mwMW…]/.test(ch)) return 1;
  if (/[A-Z]/.test(ch)) return 0.78;
  // CJK, kana, hangul and other wide scripts take a full em.
  if ((ch.codePointAt(0) ?? 0) >= 0x2e80) return 1;
  return 0.65;
}

/**
 * The estimated width of `text` in pixels at `fontSize` pixels.
 *
 * @example
 * labelWidth('lusovia', 11); // ≈ 50
 */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += advance(ch);
  return ems * fontSize;
}

const ELLIPSIS = '…';

/** The longest prefix (`from: 'start'`) or suffix of `chars` no wider than `budget` pixels. */
function take(chars: readonly string[], budget: number, fontSize: number, from: 'start' | 'end'): string[] {
  const out: string[] = [];
  let width = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[from === 'start' ? i : chars.length - 1 - i] ?? '';
    width += advance(ch) * fontSize;
    if (width > budget) break;
    out.push(ch);
  }
  return from === 'start' ? out : out.reverse();
}

/**
 * `text` as it fits in `maxWidth` pixels: whole when it fits, else cut in the middle with an
 * ellipsis, keeping more of the end (where file names and paths differ) and, for a path, its last
 * segment whole when that leaves room for a start. `cut` tells whether it was cut; the caller then
 * shows the full text in a tooltip. Characters outside the Basic Multilingual Plane stay whole.
 *
 * @example
 * fitLabel('/tmp/some/dir/left-article.txt', 120, 11); // { text: '/tm…left-article.txt', cut: true }
 * fitLabel('lusovia', 120, 11); // { text: 'lusovia', cut: false }
 */
export function fitLabel(text: string, maxWidth: number, fontSize: number): { text: string; cut: boolean } {
  if (labelWidth(text, fontSize) <= maxWidth) return { text, cut: false };
  const chars = Array.from(text);
  const budget = Math.max(0, maxWidth - labelWidth(ELLIPSIS, fontSize));
  const slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
  const segment = slash < 0 ? undefined : text.slice(slash);
  // A path keeps `/last-segment` whole when it takes at most 80% of the room; else the end gets 60%.
  const tailBudget = segment !== undefined && labelWidth(segment, fontSize) <= budget * 0.8 ? labelWidth(segment, fontSize) : budget * 0.6;
  const tail = take(chars, tailBudget, fontSize, 'end');
  const tailWidth = labelWidth(tail.join(''), fontSize);
  const head = take(chars.slice(0, chars.length - tail.length), budget - tailWidth, fontSize, 'start');
  return { text: `${head.join('')}${ELLIPSIS}${tail.join('')}`, cut: true };
}
