/** Features of the learned technique models: per token (span identification), per span (classification) and per paragraph. */
import type { Finding } from '../../core/finding.js';
import type { Detector } from '../../detectors/detector.js';
import type { ParsedDoc, Token } from '../../nlp/types.js';
import { polarityBin, winkValence, type Valence } from './polarity.js';

/**
 * A parsed document with what the features read, computed once: the rule detectors' findings and
 * their tags per token and per sentence, and how often each content lemma recurs in the document
 * (Repetition is a document-level technique).
 */
export interface FeatureContext {
  readonly doc: ParsedDoc;
  /** Rule tags (see `ruleTags`) on each token. */
  readonly hits: ReadonlyArray<readonly string[]>;
  /** Rule tags anywhere in each sentence. */
  readonly sentenceHits: ReadonlyArray<ReadonlySet<string>>;
  /** Occurrences of each content lemma in the document. */
  readonly lemmaCounts: ReadonlyMap<string, number>;
  /** The rule findings the tags came from. */
  readonly findings: readonly Finding[];
  /** Word valence (wink-nlp's lexicon in training, the shipped table in prediction). */
  readonly valence: Valence;
}

const NO_TAGS: readonly string[] = [];

/**
 * The tags a rule finding contributes: its detector, and the detector with the finding's kind
 * (lexicon category, hedge or weasel, exclamation or question, phrase or anaphora, cue or quoted
 * term). Coarse on purpose: one tag per lexicon entry would be as sparse as the words themselves.
 *
 * @example
 * ruleTags({ detector: 'loaded-language', rule: 'loaded-language/barbaric', data: { kind: 'violence' } } as Finding);
 * // ['loaded-language', 'loaded-language:violence']
 */
export function ruleTags(f: Finding): string[] {
  const data = f.data ?? {};
  let sub: unknown;
  if (f.detector === 'hedges-weasels') sub = data.lexicon;
  else if (f.detector === 'punctuation-rhetoric' || f.detector === 'repetition') sub = f.rule.slice(f.detector.length + 1);
  else if (f.detector === 'scare-quotes') sub = 'term' in data ? 'term' : 'cue';
  else sub = data.kind;
  return typeof sub === 'string' && sub.length > 0 ? [f.detector, `${f.detector}:${sub}`] : [f.detector];
}

/**
 * Builds the feature context of `doc`, running the rule `detectors`: their findings are features
 * (lexicon and rhetorical-cue features carry the lighter-weight systems of SemEval-2020 Task 11,
 * Da San Martino et al. 2020, §6).
 *
 * @example
 * const ctx = featureContext(parse(text, { pos: true }), createDefaultDetectors());
 */
export function featureContext(doc: ParsedDoc, detectors: readonly Detector[], valence: Valence = winkValence): FeatureContext {
  const findings: Finding[] = [];
  for (const d of detectors) for (const f of d.detect(doc)) findings.push(f);
  const tokens = doc.tokens;
  const hits: Array<readonly string[]> = tokens.map(() => NO_TAGS);
  const sentenceHits = doc.sentences.map(() => new Set<string>());
  for (const f of findings) {
    const tags = ruleTags(f);
    for (let t = firstTokenAtOrAfter(tokens, f.start); t < tokens.length && (tokens[t] as Token).start < f.end; t += 1) {
      hits[t] = [...(hits[t] ?? NO_TAGS), ...tags];
      const set = sentenceHits[(tokens[t] as Token).sentence];
      if (set !== undefined) for (const tag of tags) set.add(tag);
    }
  }
  const lemmaCounts = new Map<string, number>();
  for (const token of tokens) {
    if (token.type !== 'word' || token.stop) continue;
    lemmaCounts.set(token.lemma, (lemmaCounts.get(token.lemma) ?? 0) + 1);
  }
  return { doc, hits, sentenceHits, lemmaCounts, findings, valence };
}

/**
 * The index of the first token that ends after `offset` (binary search over sorted tokens).
 *
 * @example
 * firstTokenAtOrAfter(parse('a bc d').tokens, 3); // 1
 */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A token as a feature value: lower case for words and punctuation, a class for numbers, URLs,
 * e-mail addresses and emoji (whose exact values do not generalize).
 *
 * @example
 * wordOf(parse('In 2019').tokens[1]); // '<num>'
 */
export function wordOf(token: Token | undefined): string {
  if (token === undefined) return '<none>';
  switch (token.type) {
    case 'number':
      return '<num>';
    case 'url':
      return '<url>';
    case 'email':
      return '<email>';
    case 'emoji':
      return '<emoji>';
    default:
      return token.lower;
  }
}

/**
 * The shape of a token: `Xx` capitalized, `X` all capitals, `x` lower case, `m` mixed, `d` digits,
 * `p` punctuation, `u` other.
 *
 * @example
 * shapeOf('NATO'); // 'X'
 */
export function shapeOf(text: string): string {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper += 1;
    else if (c >= 97 && c <= 122) lower += 1;
    else if (c >= 48 && c <= 57) digit += 1;
  }
  if (upper + lower === 0) return digit > 0 ? 'd' : /\p{L}/u.test(text) ? 'u' : 'p';
  if (lower === 0) return upper > 1 ? 'X' : 'Xx';
  if (upper === 0) return 'x';
  const first = text.charCodeAt(0);
  return upper === 1 && first >= 65 && first <= 90 ? 'Xx' : 'm';
}

/** The bin of `n` among ascending `edges`: 0 below the first edge, edges.length at or above the last. */
function bin(n: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && n >= (edges[b] as number)) b += 1;
  return b;
}

/**
 * How sentence `index` ends: `!`, `?`, `.` or `` (no closing mark), looking past closing quotes.
 *
 * @example
 * sentenceEnding(parse('They lied!'), 0); // '!'
 */
export function sentenceEnding(doc: ParsedDoc, index: number): string {
  const s = doc.sentences[index];
  if (s === undefined) return '';
  for (let t = s.tokenEnd - 1; t >= s.tokenStart; t -= 1) {
    const tok = doc.tokens[t] as Token;
    if (tok.type !== 'punctuation') return '';
    if (tok.text.includes('!')) return '!';
    if (tok.text.includes('?')) return '?';
    if (tok.text === '.' || tok.text === '…') return '.';
  }
  return '';
}

const SENTENCE_LENGTH_EDGES = [6, 12, 20, 30, 45];

/**
 * The features of token `i` for span identification, appended to `out`: word, lemma, shape, POS
 * and suffix; three words of context either side, the bigrams through the token and the POS
 * bigrams (the window of feature-based taggers, Ratinov & Roth 2009); the valence of the token and
 * its neighbours; the rule tags on the token, within three tokens and in its sentence; whether it is
 * quoted; the sentence's closing mark, length and the token's place in it; whether it is in the
 * first sentence (the title, in news); how often its lemma recurs in the document.
 *
 * @example
 * const out: string[] = []; tokenFeatures(ctx, 3, out); // ['w=barbaric', 'sh=x', 'p=ADJ', …]
 */
export function tokenFeatures(ctx: FeatureContext, i: number, out: string[]): void {
  const { doc, hits } = ctx;
  const tokens = doc.tokens;
  const token = tokens[i] as Token;
  const sentence = doc.sentences[token.sentence];
  const from = sentence?.tokenStart ?? 0;
  const to = sentence?.tokenEnd ?? tokens.length;
  const at = (k: number): string => (k < from ? '<s>' : k >= to ? '</s>' : wordOf(tokens[k]));
  const w = wordOf(token);
  out.push(`w=${w}`);
  if (token.lemma !== token.lower) out.push(`l=${token.lemma}`);
  out.push(`sh=${shapeOf(token.text)}`);
  const p1 = at(i - 1);
  const n1 = at(i + 1);
  out.push(`w-1=${p1}`, `w+1=${n1}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`, `w-3=${at(i - 3)}`, `w+3=${at(i + 3)}`, `b-=${p1}_${w}`, `b+=${w}_${n1}`);
  if (doc.hasPos) {
    const pos = (k: number): string => (k < from ? '<s>' : k >= to ? '</s>' : ((tokens[k] as Token).pos ?? 'X'));
    const here = pos(i);
    out.push(`p=${here}`, `p-1=${pos(i - 1)}`, `p+1=${pos(i + 1)}`, `pp-=${pos(i - 1)}_${here}`, `pp+=${here}_${pos(i + 1)}`);
  }
  if (token.type === 'word' && !token.stop && token.lower.length > 4) out.push(`suf=${token.lower.slice(-3)}`);
  const valence = ctx.valence(token.lower);
  if (valence !== 0) out.push(`pol=${polarityBin(valence)}`);
  if (i > from) {
    const v = ctx.valence((tokens[i - 1] as Token).lower);
    if (v !== 0) out.push(`pol-1=${polarityBin(v)}`);
  }
  if (i + 1 < to) {
    const v = ctx.valence((tokens[i + 1] as Token).lower);
    if (v !== 0) out.push(`pol+1=${polarityBin(v)}`);
  }
  for (const tag of hits[i] ?? NO_TAGS) out.push(`r=${tag}`);
  for (let k = Math.max(from, i - 3); k < Math.min(to, i + 4); k += 1) {
    if (k === i) continue;
    for (const tag of hits[k] ?? NO_TAGS) out.push(`rn=${tag}`);
  }
  for (const tag of ctx.sentenceHits[token.sentence] ?? NO_TAGS) out.push(`rs=${tag}`);
  if (token.quoted) out.push('q');
  out.push(`se=${sentenceEnding(doc, token.sentence)}`, `sl=${bin(to - from, SENTENCE_LENGTH_EDGES)}`);
  const rel = to - from <= 1 ? 0 : (i - from) / (to - from - 1);
  out.push(`sp=${rel < 0.2 ? 0 : rel < 0.8 ? 1 : 2}`);
  if (token.sentence === 0) out.push('first');
  if (token.type === 'word' && !token.stop) out.push(`dc=${bin(ctx.lemmaCounts.get(token.lemma) ?? 0, [2, 3, 5, 8])}`);
}

/**
 * Lower-cased text with runs of non-letters folded to one space: how repeats of a phrase are compared.
 *
 * @example
 * normalizePhrase('Lock HER up!'); // 'lock her up'
 */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * How many times `phrase` (normalized) occurs as whole words in `normalizedDoc` (normalized).
 *
 * @example
 * phraseCount('lock her up lock her up', 'lock her up'); // 2
 */
export function phraseCount(normalizedDoc: string, phrase: string): number {
  if (phrase.length === 0) return 0;
  const haystack = ` ${normalizedDoc} `;
  const needle = ` ${phrase} `;
  let count = 0;
  let from = 0;
  while (true) {
    const at = haystack.indexOf(needle, from);
    if (at === -1) return count;
    count += 1;
    from = at + needle.length - 1;
  }
}

/** Whole-word occurrences of `lower.slice(start, end)` elsewhere in `lower`: before and after `start`. */
function occurrences(lower: string, start: number, end: number): [number, number] {
  const needle = lower.slice(start, end);
  let before = 0;
  let after = 0;
  let from = 0;
  while (true) {
    const at = lower.indexOf(needle, from);
    if (at === -1) break;
    from = at + 1;
    if (at === start) continue;
    if (/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(lower[at + needle.length] ?? ' ')) continue;
    if (at < start) before += 1;
    else after += 1;
  }
  return [before, after];
}

/** A feature context with what span features add per document: the text normalized and lower-cased. */
export interface SpanContext extends FeatureContext {
  readonly normalized: string;
  /** The text lower-cased, when lower-casing keeps its length (so offsets still line up). */
  readonly lower: string | undefined;
}

/**
 * Adds the per-document data of span features to a feature context.
 *
 * @example
 * const sctx = spanContext(featureContext(doc, detectors));
 */
export function spanContext(ctx: FeatureContext): SpanContext {
  const lower = ctx.doc.text.toLowerCase();
  return { ...ctx, normalized: normalizePhrase(ctx.doc.text), lower: lower.length === ctx.doc.text.length ? lower : undefined };
}

const SPAN_TOKEN_EDGES = [2, 3, 4, 6, 9, 14, 20, 30];

/**
 * The features of the span `[start, end)` for technique classification, appended to `out`: its
 * words, lemmas, bigrams, POS tags and suffixes (a bag), its first and last words and tags, the POS
 * pattern of a short span, its length, two words of context either side, the rule tags inside it
 * and in its sentence, punctuation and capitals inside, how much of its sentence it covers, and
 * document-level counts: how often the span's text recurs in the article and whether earlier or
 * later (PTC marks Repetition mostly on the second and later occurrences), how often its rarest
 * content lemma recurs, and whether it is a short exclamation or quotation (the shape of Slogans).
 * A bag of n-grams with context is the design of the feature-based TC systems of SemEval-2020 Task 11
 * (Da San Martino et al. 2020, §6).
 *
 * @example
 * const out: string[] = []; spanFeatures(sctx, 10, 25, out); // ['sw=radical', 'sw=thugs', …]
 */
export function spanFeatures(ctx: SpanContext, start: number, end: number, out: string[]): void {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const a = firstTokenAtOrAfter(tokens, start);
  let b = a;
  while (b < tokens.length && (tokens[b] as Token).start < end) b += 1;
  if (b === a) {
    out.push('empty');
    return;
  }
  const first = tokens[a] as Token;
  const last = tokens[b - 1] as Token;
  const sentence = doc.sentences[first.sentence];
  const sFrom = sentence?.tokenStart ?? 0;
  const sTo = sentence?.tokenEnd ?? tokens.length;
  const n = b - a;
  let words = 0;
  let upperWords = 0;
  let rarest = Infinity;
  let previous = '<s>';
  let quoted = 0;
  const tags = new Set<string>();
  const posSeq: string[] = [];
  for (let k = a; k < b; k += 1) {
    const token = tokens[k] as Token;
    const w = wordOf(token);
    out.push(`sw=${w}`);
    if (token.lemma !== token.lower) out.push(`sl=${token.lemma}`);
    out.push(`sb=${previous}_${w}`);
    previous = w;
    if (doc.hasPos) {
      const pos = token.pos ?? 'X';
      out.push(`sp=${pos}`);
      posSeq.push(pos);
    }
    if (token.type === 'word') {
      words += 1;
      if (token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text)) upperWords += 1;
      if (!token.stop) {
        rarest = Math.min(rarest, ctx.lemmaCounts.get(token.lemma) ?? 0);
        if (token.lower.length > 4) out.push(`suf=${token.lower.slice(-3)}`);
      }
    }
    if (token.quoted) quoted += 1;
    if (token.text.includes('!')) out.push('p!');
    if (token.text.includes('?')) out.push('p?');
    if (/["“”«»]/.test(token.text)) out.push('p"');
    for (const tag of ctx.hits[k] ?? NO_TAGS) tags.add(tag);
  }
  out.push(`sb=${previous}_</s>`, `f=${wordOf(first)}`, `la=${wordOf(last)}`, `len=${bin(n, SPAN_TOKEN_EDGES)}`);
  if (posSeq.length > 0) {
    out.push(`fp=${posSeq[0]}`, `lp=${posSeq[posSeq.length - 1]}`, `cp-1=${tokens[a - 1]?.pos ?? '<s>'}`, `cp+1=${tokens[b]?.pos ?? '</s>'}`);
    if (n <= 4) out.push(`pp=${posSeq.join('_')}`);
  }
  const at = (k: number): string => (k < sFrom ? '<s>' : k >= sTo ? '</s>' : wordOf(tokens[k]));
  out.push(`c-1=${at(a - 1)}`, `c-2=${at(a - 2)}`, `c+1=${at(b)}`, `c+2=${at(b + 1)}`);
  for (const tag of tags) out.push(`r=${tag}`);
  for (const tag of ctx.sentenceHits[first.sentence] ?? NO_TAGS) if (!tags.has(tag)) out.push(`rs=${tag}`);
  const coverage = sTo - sFrom === 0 ? 0 : n / (sTo - sFrom);
  out.push(`cov=${coverage >= 0.9 ? 3 : coverage >= 0.6 ? 2 : coverage >= 0.3 ? 1 : 0}`);
  if (a === sFrom) out.push('sstart');
  if (b >= sTo - 1) out.push('send');
  if (first.sentence !== last.sentence) out.push('multisent');
  const ending = sentenceEnding(doc, first.sentence);
  out.push(`se=${ending}`);
  if (first.sentence === 0) out.push('first');
  if (quoted === n) out.push('allquoted');
  else if (quoted > 0) out.push('somequoted');
  if (words > 0 && upperWords === words) out.push('allcaps');
  else if (upperWords > 0) out.push('somecaps');
  const repeats = phraseCount(ctx.normalized, normalizePhrase(doc.text.slice(start, end)));
  out.push(`rep=${bin(repeats, [2, 3, 4, 6])}`, `replen=${bin(repeats, [2, 3])}_${bin(n, [2, 4, 8])}`);
  if (Number.isFinite(rarest)) out.push(`lrep=${bin(rarest, [2, 3, 5, 8])}`);
  if (n <= 6 && (ending === '!' || quoted === n)) out.push('slogan-shape');
  if (ctx.lower !== undefined && end - start >= 3) {
    const [before, after] = occurrences(ctx.lower, start, end);
    out.push(`occ=${Math.min(before, 2)}_${Math.min(after, 2)}`);
  }
}

const PARAGRAPH_LENGTH_EDGES = [10, 25, 50, 100];

/**
 * The features of a whole text (one paragraph) for multi-label technique classification, each
 * present at most once: words, lemmas and bigrams, the rule detectors and rules that fired, length,
 * and whether it holds an exclamation, a question or a quotation. Returned sorted, so the same
 * paragraph always gives the same list.
 *
 * @example
 * paragraphFeatures(featureContext(parse('They lie. They always lie!'), detectors)); // ['b=<s>_they', …]
 */
export function paragraphFeatures(ctx: FeatureContext): string[] {
  const { doc } = ctx;
  const out = new Set<string>();
  let previous = '<s>';
  for (const t of doc.tokens) {
    const w = wordOf(t);
    out.add(`w=${w}`);
    if (t.lemma !== t.lower) out.add(`l=${t.lemma}`);
    out.add(`b=${previous}_${w}`);
    previous = w;
  }
  for (const f of ctx.findings) {
    out.add(`r=${f.detector}`);
    out.add(`r=${f.rule}`);
  }
  out.add(`len=${bin(doc.tokens.length, PARAGRAPH_LENGTH_EDGES)}`);
  if (doc.text.includes('!')) out.add('has!');
  if (doc.text.includes('?')) out.add('has?');
  if (/["“”«»]/.test(doc.text)) out.add('has"');
  return [...out].sort();
}
