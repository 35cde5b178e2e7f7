/** Feature strings of the learned models as short phrases a reader can check against the text. */
import type { Contribution } from '../../learn/linear-model.js';

const POLARITY: Record<string, string> = {
  '--': 'strongly negative',
  '-': 'negative',
  '+': 'positive',
  '++': 'strongly positive',
};

const words = (value: string): string => `“${value.replace(/_/g, ' ')}”`;

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
};

const FLAGS: Record<string, string> = {
  q: 'inside a quotation',
  first: 'in the title or first sentence',
  allquoted: 'quoted',
  allcaps: 'in capitals',
  'slogan-shape': 'short exclamation or quotation',
  'p!': 'exclamation mark',
  'p?': 'question mark',
  'has!': 'exclamation mark',
  'has?': 'question mark',
  multisent: 'spans sentences',
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

/**
 * Evidence lines from contributions: each feature described, with its weight, strongest first, the
 * same description given once.
 *
 * @example
 * evidenceLines([{ feature: 'w=barbaric', weight: 1.8 }]); // ['word “barbaric” (+1.80)']
 */
export function evidenceLines(contributions: readonly Contribution[], max = 5): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of contributions) {
    const text = describeFeature(c.feature);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(`${text} (+${c.weight.toFixed(2)})`);
    if (out.length === max) break;
  }
  return out;
}
