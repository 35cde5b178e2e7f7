/** Terminal view of an article with its findings highlighted in place and listed below. */
import type { Finding } from '../../core/finding.js';
import { palette } from '../io.js';

type Colors = ReturnType<typeof palette>;

/** Category → how its spans are painted. Findings without a category are signals (hedges…). */
const CATEGORY_STYLE: Record<string, (c: Colors, s: string) => string> = {
  'attack-on-reputation': (c, s) => c.bold(c.red(s)),
  'manipulative-wording': (c, s) => c.yellow(s),
  justification: (c, s) => c.magenta(s),
  simplification: (c, s) => c.cyan(s),
  distraction: (c, s) => c.blue(s),
  call: (c, s) => c.green(s),
};

const CATEGORY_RANK = ['attack-on-reputation', 'call', 'distraction', 'simplification', 'justification', 'manipulative-wording'];

function rank(f: Finding): number {
  const i = f.category === undefined ? -1 : CATEGORY_RANK.indexOf(f.category);
  return i === -1 ? CATEGORY_RANK.length : i;
}

function paint(c: Colors, f: Finding, s: string): string {
  const style = f.category === undefined ? undefined : CATEGORY_STYLE[f.category];
  return style === undefined ? c.underline(s) : style(c, s);
}

/** 1-based line and column (in UTF-16 units) of an offset: for display only. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export interface ArticleViewOptions {
  color: boolean;
}

/**
 * Renders `text` with every finding marked: with colour, spans are painted by category (the
 * strongest finding wins where spans overlap); without colour, covered stretches are wrapped in
 * ⟦ ⟧. After each stretch come the numbers of the findings inside it, which index the list below.
 *
 * @example
 * renderArticle('So-called experts!', findings, { color: false });
 */
export function renderArticle(text: string, findings: readonly Finding[], options: ArticleViewOptions): string {
  const c = palette(options.color);
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  // Union of covered stretches, each with the findings that fall in it.
  const stretches: Array<{ start: number; end: number; members: number[] }> = [];
  ordered.forEach((f, i) => {
    const last = stretches[stretches.length - 1];
    if (last !== undefined && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.members.push(i + 1);
    } else stretches.push({ start: f.start, end: f.end, members: [i + 1] });
  });

  let out = '';
  let cursor = 0;
  for (const stretch of stretches) {
    out += text.slice(cursor, stretch.start);
    if (options.color) {
      const cuts = new Set<number>([stretch.start, stretch.end]);
      for (const n of stretch.members) {
        const f = ordered[n - 1];
        if (f) cuts.add(f.start).add(f.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let k = 0; k + 1 < points.length; k += 1) {
        const from = points[k] ?? 0;
        const to = points[k + 1] ?? 0;
        let top: Finding | undefined;
        for (const n of stretch.members) {
          const f = ordered[n - 1];
          if (!f || f.start > from || f.end < to) continue;
          if (top === undefined || rank(f) < rank(top) || (rank(f) === rank(top) && f.confidence > top.confidence)) top = f;
        }
        const piece = text.slice(from, to);
        out += top === undefined ? piece : paint(c, top, piece);
      }
      out += c.dim(`[${stretch.members.join(',')}]`);
    } else {
      out += `⟦${text.slice(stretch.start, stretch.end)}⟧[${stretch.members.join(',')}]`;
    }
    cursor = stretch.end;
  }
  out += text.slice(cursor);

  const lines = ordered.map((f, i) => {
    const { line, column } = lineColumn(text, f.start);
    const where = `${line}:${column}`.padEnd(7);
    const label = paint(c, f, f.label);
    const excerpt = f.text.length > 60 ? `${f.text.slice(0, 57)}…` : f.text;
    return `${String(i + 1).padStart(4)}  ${where} ${label} ${c.dim(`(${f.rule})`)} “${excerpt.replace(/\s+/g, ' ')}” ${c.dim(
      `conf ${f.confidence.toFixed(2)}`,
    )}\n        ${f.reason}`;
  });
  return `${out}\n\n${c.bold(`Findings (${findings.length})`)}\n${lines.join('\n')}\n`;
}
