/** Feature strings of the learned models as short phrases a reader can check against the text. */
import type { Contribution } from '../../learn/linear-model.js';

const POLARITY: Record<string, string> = {
  '--': 'strongly negative',
  '-': 'negative',
  '+': 'positive',
  '++': 'strongly positive',
};

const NUMBER = /^(?:\d+|<num>)$/;

/** Words of a feature value in quotation marks; a number's normalized form as "a number". */
const words = (value: string): string => (NUMBER.test(value) ? 'a number' : `“${value.replace(/_/g, ' ').replace(/<num>/g, '#')}”`);

/** Universal POS tags (as wink-nlp gives them) in words, with the article they take. */
const POS: Record<string, string> = {
  ADJ: 'an adjective',
  ADP: 'a preposition',
  ADV: 'an adverb',
  AUX: 'an auxiliary verb',
  CCONJ: 'a conjunction',
  DET: 'a determiner',
  INTJ: 'an interjection',
  NOUN: 'a noun',
  NUM: 'a number',
  PART: 'a particle',
  PRON: 'a pronoun',
  PROPN: 'a name',
  PUNCT: 'punctuation',
  SCONJ: 'a conjunction',
  SYM: 'a symbol',
  VERB: 'a verb',
  '<s>': 'the start of the sentence',
  '</s>': 'the end of the sentence',
};
const pos = (tag: string): string => POS[tag] ?? 'a word';
const bare = (tag: string): string => pos(tag).replace(/^an? /, '');

const SHAPES: Record<string, string> = {
  Xx: 'capitalized word',
  X: 'word in capitals',
  x: 'lower-case word',
  m: 'mixed-case word',
  d: 'number',
  p: 'punctuation',
};

/** Prefix → how to say it. Prefixes are the feature templates of features.ts. */
const TEMPLATES: Record<string, (value: string) => string> = {
  w: (v) => `word ${words(v)}`,
  l: (v) => `word form of ${words(v)}`,
  sw: (v) => `word ${words(v)}`,
  sl: (v) => `word form of ${words(v)}`,
  'b-': (v) => `phrase ${words(v)}`,
  'b+': (v) => `phrase ${words(v)}`,
  sb: (v) => `phrase ${words(v.replace(/^<s>_|_<\/s>$/g, ''))}`,
  b: (v) => `phrase ${words(v.replace(/^<s>_/, ''))}`,
  'w-1': (v) => `after ${words(v)}`,
  'w-2': (v) => `two words after ${words(v)}`,
  'w-3': (v) => `three words after ${words(v)}`,
  'w+1': (v) => `before ${words(v)}`,
  'w+2': (v) => `two words before ${words(v)}`,
  'w+3': (v) => `three words before ${words(v)}`,
  'c-1': (v) => `after ${words(v)}`,
  'c-2': (v) => `two words after ${words(v)}`,
  'c+1': (v) => `before ${words(v)}`,
  'c+2': (v) => `two words before ${words(v)}`,
  f: (v) => `opens with ${words(v)}`,
  la: (v) => `ends with ${words(v)}`,
  r: (v) => `rule ${v.replace(':', ' (')}${v.includes(':') ? ')' : ''}`,
  rn: (v) => `rule ${v.replace(':', ' (')}${v.includes(':') ? ')' : ''} nearby`,
  rs: (v) => `rule ${v.replace(':', ' (')}${v.includes(':') ? ')' : ''} in the sentence`,
  pol: (v) => `${POLARITY[v] ?? 'emotive'} word`,
  'pol-1': (v) => `after a ${POLARITY[v] ?? 'emotive'} word`,
  'pol+1': (v) => `before a ${POLARITY[v] ?? 'emotive'} word`,
  se: (v) => (v === '!' ? 'exclamation' : v === '?' ? 'question' : 'statement'),
  rep: (v) => (v === '0' || v === '1' ? 'said once' : 'repeated in the article'),
  occ: (v) => (v.startsWith('0') ? 'first time it is said' : 'said before in the article'),
  dc: (v) => (v === '0' ? 'rare word in the article' : 'word recurring in the article'),
  suf: (v) => `ending “-${v}”`,
  sh: (v) => SHAPES[v] ?? 'unusual characters',
  // `p…` are POS tags of a token and its neighbours; `sp` is a POS tag in the span (TC) or the
  // token's place in its sentence (SI, values 0–2).
  p: (v) => bare(v),
  'p-1': (v) => `after ${pos(v)}`,
  'p+1': (v) => `before ${pos(v)}`,
  'pp-': (v) => v.split('_').map(bare).join(' then '),
  'pp+': (v) => v.split('_').map(bare).join(' then '),
  pp: (v) => `the pattern ${v.split('_').map(bare).join(' + ')}`,
  fp: (v) => `opens with ${pos(v)}`,
  lp: (v) => `ends with ${pos(v)}`,
  'cp-1': (v) => `after ${pos(v)}`,
  'cp+1': (v) => `before ${pos(v)}`,
  sp: (v) => (v === '0' ? 'early in the sentence' : v === '1' ? 'mid-sentence' : v === '2' ? 'late in the sentence' : `contains ${pos(v)}`),
  len: (v) => `length class ${v}`,
  cov: (v) => (v === '3' ? 'the whole sentence' : v === '0' ? 'a small part of the sentence' : 'much of the sentence'),
  lrep: (v) => (v === '0' || v === '1' ? 'its rarest word occurs once' : 'its words recur in the article'),
  replen: () => 'how often and how long it recurs',
};

const FLAGS: Record<string, string> = {
  q: 'inside a quotation',
  first: 'in the title or first sentence',
  allquoted: 'quoted',
  allcaps: 'in capitals',
  somequoted: 'partly quoted',
  somecaps: 'some words in capitals',
  'slogan-shape': 'short exclamation or quotation',
  'p!': 'exclamation mark',
  'p?': 'question mark',
  'has!': 'exclamation mark',
  'has?': 'question mark',
  multisent: 'spans sentences',
  'p"': 'quotation mark',
  sstart: 'starts the sentence',
  send: 'ends the sentence',
};

/**
 * A feature string in words, e.g. `w=barbaric` → `word “barbaric”`, `r=loaded-language:violence`
 * → `rule loaded-language (violence)`. Templates without a phrasing come back as they are.
 *
 * @example
 * describeFeature('w-1=so-called'); // 'after “so-called”'
 */
export function describeFeature(feature: string): string {
  const flag = FLAGS[feature];
  if (flag !== undefined) return flag;
  const eq = feature.indexOf('=');
  if (eq === -1) return feature;
  const say = TEMPLATES[feature.slice(0, eq)];
  return say === undefined ? feature : say(feature.slice(eq + 1));
}

/** True when `describeFeature` has a phrasing for the feature (else it returns the feature unchanged). */
export function isDescribed(feature: string): boolean {
  if (FLAGS[feature] !== undefined) return true;
  const eq = feature.indexOf('=');
  return eq !== -1 && TEMPLATES[feature.slice(0, eq)] !== undefined;
}

/**
 * Evidence lines from contributions: each feature described, with its weight, strongest first, the
 * same description given once; features with no phrasing a reader could check are left out.
 *
 * @example
 * evidenceLines([{ feature: 'w=barbaric', weight: 1.8 }]); // ['word “barbaric” (+1.80)']
 */
export function evidenceLines(contributions: readonly Contribution[], max = 5): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of contributions) {
    if (!isDescribed(c.feature)) continue;
    const text = describeFeature(c.feature);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(`${text} (+${c.weight.toFixed(2)})`);
    if (out.length === max) break;
  }
  return out;
}
