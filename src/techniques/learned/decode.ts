/** From token probabilities to spans: runs of likely tokens, kept when their peak is confident (hysteresis). */
import type { ParsedDoc, Token } from '../../nlp/types.js';

/** How token probabilities become spans. */
export interface DecodeOptions {
  /** A token joins a run when its probability is at least this (the low threshold). */
  extend: number;
  /** A run is kept when its most probable token reaches this (the high threshold); it is the span's score. */
  threshold: number;
  /** Runs in one sentence separated by at most this many tokens are joined. Default 2. */
  gap?: number | undefined;
}

/** A decoded span: offsets, the half-open token range, and its score (the peak token probability). */
export interface DecodedSpan {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  score: number;
}

/**
 * Hysteresis decoding (as in Canny's edge linking): tokens at or above `extend` form runs, runs in
 * one sentence at most `gap` tokens apart are joined, leading punctuation and trailing punctuation
 * other than `!` and `?` are trimmed, and a run is kept only if its peak reaches `threshold`. A low
 * `extend` lets a confident core grow over the weaker words of a long span, while the high
 * `threshold` keeps isolated weak tokens out. The score of a span is its peak probability, so
 * raising `threshold` only ever removes spans.
 *
 * @example
 * decodeSpans(parse('A barbaric act.'), [0.1, 0.9, 0.3, 0.1], { extend: 0.25, threshold: 0.5 });
 * // → [{ start: 2, end: 14, tokenStart: 1, tokenEnd: 3, score: 0.9 }]
 */
export function decodeSpans(doc: ParsedDoc, probabilities: ArrayLike<number>, options: DecodeOptions): DecodedSpan[] {
  const { extend, threshold } = options;
  const gap = options.gap ?? 2;
  const tokens = doc.tokens;
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if ((probabilities[i] as number) < extend) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && i - last[1] <= gap && (tokens[last[1] - 1] as Token).sentence === (tokens[i] as Token).sentence) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  const out: DecodedSpan[] = [];
  for (const run of runs) {
    let [a, b] = run;
    while (a < b && (tokens[a] as Token).type === 'punctuation') a += 1;
    while (b > a && (tokens[b - 1] as Token).type === 'punctuation' && !/[!?]/.test((tokens[b - 1] as Token).text)) b -= 1;
    if (b <= a) continue;
    let peak = 0;
    for (let k = a; k < b; k += 1) peak = Math.max(peak, probabilities[k] as number);
    if (peak < threshold) continue;
    out.push({ start: (tokens[a] as Token).start, end: (tokens[b - 1] as Token).end, tokenStart: a, tokenEnd: b, score: peak });
  }
  return out;
}
