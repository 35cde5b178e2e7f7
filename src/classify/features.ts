/** Sparse text features of the sentence and document classifiers: words, lemmas, bigrams, rule hits and character n-grams of a token range. */
import type { Finding } from '../core/finding.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { wordOf } from '../techniques/learned/features.js';

/**
 * Which feature templates a classifier reads, stored with its weights so prediction featurizes
 * exactly as training did.
 */
export interface FeatureSpec {
  /** Lower-cased tokens (`w=`); numbers, URLs, e-mails and emoji as classes (`<num>`, …). */
  words: boolean;
  /** Lemmas that differ from the lower-cased word (`l=`). */
  lemmas: boolean;
  /** Pairs of neighbouring tokens (`b=a_b`, `<s>` before the first). */
  bigrams: boolean;
  /** Rule detectors and rules that fired in the range (`r=loaded-language`, `r=loaded-language/barbaric`). */
  rules: boolean;
  /** Character n-gram sizes inside words, with `_` marking the word's edges (`ch=_war`); empty for none. */
  chars: number[];
  /**
   * Style rates (`st=`): the share of quoted words, of first-, second- and third-person pronouns, of
   * reporting verbs, numbers, exclamations and questions, and the mean sentence length: dense cues
   * of genre (Biber 1988) that generalize from few examples better than words do.
   */
  style: boolean;
  /** Drop English stop words from the unigrams (bigrams keep them). */
  dropStopWords: boolean;
  /**
   * How a feature's count becomes its value: `binary` (present or not, for sentences) or `log`
   * (1 + ln count, then the row scaled to unit length, for documents of any length).
   */
  weighting: 'binary' | 'log';
}

/** A featurized text: parallel lists of feature strings and values, features sorted. */
export interface FeatureVector {
  features: string[];
  values: number[];
}

/** A half-open range of token indices. */
export interface TokenRange {
  tokenStart: number;
  tokenEnd: number;
}

/**
 * The feature vector of the tokens `range` of `doc` (default: all), with `findings` (rule
 * detector output over `doc`) counted when `spec.rules` is on and they overlap the range.
 *
 * @example
 * const spec = { words: true, lemmas: false, bigrams: true, rules: false, chars: [], dropStopWords: false, weighting: 'binary' } as const;
 * textFeatures(parse('They lie.'), spec).features;
 * // ['b=<s>_they', 'b=lie_.', 'b=they_lie', 'w=.', 'w=lie', 'w=they']
 */
export function textFeatures(doc: ParsedDoc, spec: FeatureSpec, range?: TokenRange, findings: readonly Finding[] = []): FeatureVector {
  const from = range?.tokenStart ?? 0;
  const to = range?.tokenEnd ?? doc.tokens.length;
  const counts = new Map<string, number>();
  const add = (f: string): void => {
    counts.set(f, (counts.get(f) ?? 0) + 1);
  };
  let previous = '<s>';
  let previousSentence = -1;
  for (let i = from; i < to; i += 1) {
    const t = doc.tokens[i] as Token;
    if (t.sentence !== previousSentence) {
      previous = '<s>';
      previousSentence = t.sentence;
    }
    const w = wordOf(t);
    if (!(spec.dropStopWords && t.stop)) {
      if (spec.words) add(`w=${w}`);
      if (spec.lemmas && t.type === 'word' && t.lemma !== t.lower) add(`l=${t.lemma}`);
    }
    if (spec.bigrams) add(`b=${previous}_${w}`);
    previous = w;
    if (spec.chars.length > 0 && t.type === 'word') {
      const padded = `_${t.lower}_`;
      for (const n of spec.chars) for (let s = 0; s + n <= padded.length; s += 1) add(`ch=${padded.slice(s, s + n)}`);
    }
  }
  if (spec.rules && findings.length > 0 && to > from) {
    const start = (doc.tokens[from] as Token).start;
    const end = (doc.tokens[to - 1] as Token).end;
    for (const f of findings) {
      if (f.end <= start || f.start >= end) continue;
      add(`r=${f.detector}`);
      add(`r=${f.rule}`);
    }
  }
  const features = [...counts.keys()].sort();
  let values: number[];
  if (spec.weighting === 'binary') values = features.map(() => 1);
  else {
    const raw = features.map((f) => 1 + Math.log(counts.get(f) as number));
    const norm = Math.sqrt(raw.reduce((s, v) => s + v * v, 0)) || 1;
    values = raw.map((v) => v / norm);
  }
  if (!spec.style) return { features, values };
  const style = styleRates(doc, from, to);
  const out = features.map((f, i) => [f, values[i] as number] as const);
  for (const [name, v] of style) if (v !== 0) out.push([`st=${name}`, v]);
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { features: out.map((e) => e[0]), values: out.map((e) => e[1]) };
}

const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const THIRD = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs', 'it', 'its']);
const REPORTING = new Set(['say', 'tell', 'according', 'announce', 'report', 'state', 'add', 'confirm']);

/**
 * Style rates of the tokens `[from, to)`, each scaled to about [0, 1]: shares of words (×10 for
 * the rarer kinds), mean sentence length / 40, and log word count / 8.
 */
function styleRates(doc: ParsedDoc, from: number, to: number): Array<[string, number]> {
  let words = 0;
  let quoted = 0;
  let i1 = 0;
  let we = 0;
  let you = 0;
  let third = 0;
  let said = 0;
  let numbers = 0;
  let marks = 0;
  let questions = 0;
  let exclamations = 0;
  const sentences = new Set<number>();
  for (let i = from; i < to; i += 1) {
    const t = doc.tokens[i] as Token;
    sentences.add(t.sentence);
    if (t.type === 'number') numbers += 1;
    if (t.type === 'punctuation') {
      marks += 1;
      if (t.text === '?') questions += 1;
      else if (t.text === '!') exclamations += 1;
      continue;
    }
    if (t.type !== 'word') continue;
    words += 1;
    if (t.quoted) quoted += 1;
    if (FIRST_SINGULAR.has(t.lower)) i1 += 1;
    else if (FIRST_PLURAL.has(t.lower)) we += 1;
    else if (SECOND.has(t.lower)) you += 1;
    else if (THIRD.has(t.lower)) third += 1;
    if (REPORTING.has(t.lemma)) said += 1;
  }
  if (words === 0) return [];
  const share = (n: number, scale: number): number => Math.min(1, Math.round((scale * n * 1000) / words) / 1000);
  const s = Math.max(1, sentences.size);
  return [
    ['quoted', share(quoted, 1)],
    ['i', share(i1, 10)],
    ['we', share(we, 10)],
    ['you', share(you, 10)],
    ['third', share(third, 5)],
    ['said', share(said, 20)],
    ['numbers', share(numbers, 10)],
    ['questions', Math.min(1, Math.round((questions * 1000) / s) / 1000)],
    ['exclamations', Math.min(1, Math.round((exclamations * 1000) / s) / 1000)],
    ['marks', share(marks, 2)],
    ['sentence-length', Math.min(1, Math.round((words * 1000) / s / 40) / 1000)],
    ['length', Math.min(1, Math.round((Math.log(1 + words) * 1000) / 8) / 1000)],
  ];
}
