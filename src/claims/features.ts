/** Sparse features of a sentence for the check-worthiness model: words, lemmas, bigrams, POS tags, and what the claim readers find. */
import { startsUpper } from '../detectors/support.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { findAttribution } from './attribution.js';
import { BODY_HEADS, MONTHS } from './cues.js';
import type { HedgeReader } from './hedging.js';
import { findQuantities, isYearAt } from './quantities.js';

/** What the features need besides the document: the hedge reader (bound to the lexicons). */
export interface FeatureContext {
  hedges: HedgeReader;
}

/** The form of a token in word and bigram features: figures fold to `<num>`. */
function form(t: Token): string {
  return t.type === 'number' ? '<num>' : t.lower;
}

/** Words in -est that are not superlatives. */
const NOT_SUPERLATIVE = new Set([
  'honest', 'interest', 'forest', 'protest', 'request', 'arrest', 'contest', 'suggest', 'west', 'test', 'rest', 'nest', 'earnest', 'modest',
  'harvest', 'invest', 'manifest', 'digest', 'conquest', 'priest', 'chest', 'guest', 'quest', 'unrest', 'latest', 'attest', 'detest',
  'infest', 'divest', 'behest', 'midwest', 'dishonest', 'northwest', 'southwest', 'pest', 'vest', 'crest', 'jest', 'zest', 'lest', 'inquest',
]);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/**
 * A superlative ("largest", "most secular", "best"): rankings are among the most checked claims
 * (Hassan et al. 2017 list comparisons among the marks of check-worthy statements).
 */
function isSuperlative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== 'word') return false;
  const w = t.lower;
  if (w === 'best' || w === 'worst') return true;
  if ((w === 'most' || w === 'least') && tokens[i + 1]?.type === 'word' && tokens[i - 1]?.lower === 'the') return true;
  return w.length > 5 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w) && (t.pos === undefined || t.pos === 'ADJ' || t.pos === 'ADV');
}

/** Bucket of a sentence's word count. */
function lengthClass(words: number): string {
  return words <= 5 ? '0' : words <= 10 ? '1' : words <= 20 ? '2' : words <= 35 ? '3' : '4';
}

/**
 * Features of tokens `[from, to)` as strings (a feature may repeat; the model sums repeats):
 *
 * - `w=` word (figures as `<num>`), `l=` lemma where it differs, `b=` word bigrams from `<s>`;
 * - `p=` POS tag and `pp=` tag bigrams, when the document has tags;
 * - `q=` the kind of each quantity (count, percent, money, duration, measure, factor), `q=vague`,
 *   `q=bound` for "more than"-style qualifiers, `num` when there is any;
 * - `date=year`, `date=month`, `date=decade`: years, month names, decades;
 * - `sup`: a superlative ("largest", "the most secular"), `ord`: an ordinal ("second", "3rd");
 * - `body`: a capitalized name ending in an organization word ("Red Cross", "State Department"),
 *   `acro`: an acronym, `names=` the number of capitalized words inside the sentence (0, 1, 2, 3+);
 * - `attr=` the attribution kind (named, anonymous, none); `hedge=` the kind of each hedge cue;
 * - `len=` length class, `se=?`/`se=!` for a question or exclamation.
 *
 * ClaimBuster's own SVM used words, POS tags and entity types (Hassan et al. 2017); the quantity,
 * date, attribution and hedge features carry what makes a claim checkable: a figure, a time, a
 * source, and how firmly it is said.
 *
 * @example
 * sentenceFeatures(parse('Unemployment fell 5 percent.', { pos: true }), 0, 5, ctx);
 * // → ['w=unemployment', 'b=<s>_unemployment', 'p=NOUN', …, 'q=percent', 'num', 'len=0']
 */
export function sentenceFeatures(doc: ParsedDoc, from: number, to: number, ctx: FeatureContext): string[] {
  const tokens = doc.tokens;
  const out: string[] = [];
  let prev = '<s>';
  let prevPos = '<s>';
  let words = 0;
  let names = 0;
  let runStart = -1;
  for (let i = from; i < to; i += 1) {
    const t = tokens[i] as Token;
    if (t.type === 'word' || t.type === 'number') {
      const f = form(t);
      out.push(`w=${f}`);
      if (t.type === 'word' && t.lemma !== t.lower) out.push(`l=${t.lemma}`);
      out.push(`b=${prev}_${f}`);
      prev = f;
      words += 1;
    }
    if (t.pos !== undefined) {
      out.push(`p=${t.pos}`);
      out.push(`pp=${prevPos}_${t.pos}`);
      prevPos = t.pos;
    }
    if (isSuperlative(tokens, i)) out.push('sup');
    if (t.type === 'ordinal' || ORDINALS.has(t.lower)) out.push('ord');
    if (t.type === 'number' && isYearAt(tokens, i)) out.push('date=year');
    else if (t.type === 'decade') out.push('date=decade');
    else if (t.type === 'word' && MONTHS.has(t.lower) && t.lower.length > 3 && startsUpper(t.text)) out.push('date=month');
    // Capitalized runs inside the sentence: names, and bodies when one ends in an organization word.
    const capital = t.type === 'word' && startsUpper(t.text) && (i > from || t.pos === 'PROPN');
    if (capital) {
      names += 1;
      if (runStart === -1) runStart = i;
      if (/^[A-Z]{2,}$/.test(t.text)) out.push('acro');
    }
    const next = tokens[i + 1];
    const runEnds = capital && !(i + 1 < to && next !== undefined && next.type === 'word' && (startsUpper(next.text) || next.lower === 'of' || next.lower === 'the'));
    if (runEnds) {
      if (BODY_HEADS.has(t.lower) && i > runStart) out.push('body');
      runStart = -1;
    } else if (!capital && t.lower !== 'of' && t.lower !== 'the') runStart = -1;
  }
  out.push(`len=${lengthClass(words)}`);
  out.push(`names=${Math.min(names, 3)}`);
  const last = tokens[to - 1];
  if (last?.text === '?' || last?.text === '!') out.push(`se=${last.text}`);
  const quantities = findQuantities(doc, from, to);
  if (quantities.length > 0) out.push('num');
  for (const q of quantities) {
    out.push(`q=${q.kind}`);
    if (q.vague) out.push('q=vague');
    if (q.bound !== undefined) out.push('q=bound');
  }
  const attribution = findAttribution(doc, from, to);
  if (attribution !== null) out.push(`attr=${attribution.kind}`);
  for (const h of ctx.hedges(doc, from, to)) out.push(`hedge=${h.kind}`);
  return out;
}
