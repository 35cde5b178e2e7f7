/** Features of the check-worthiness model in words a reader can check against the sentence. */
import { describeFeature, isDescribed } from '../techniques/learned/evidence.js';

const QUANTITY: Record<string, string> = {
  count: 'a count',
  percent: 'a percentage',
  money: 'a sum of money',
  duration: 'a duration',
  measure: 'a measurement',
  factor: 'a multiple (“double”)',
  vague: 'a vague magnitude (“dozens”)',
  bound: 'a bounded figure (“more than”)',
};

const OWN: Record<string, (value: string) => string | undefined> = {
  q: (v) => QUANTITY[v],
  date: (v) => (v === 'year' ? 'a year' : v === 'month' ? 'a month name' : v === 'decade' ? 'a decade' : undefined),
  attr: (v) => (v === 'named' ? 'a named source' : v === 'anonymous' ? 'an unnamed source' : v === 'none' ? 'a report without a source' : undefined),
  hedge: (v) => (v === 'modal' ? 'a modal verb' : v === 'reported' ? '“reportedly”/“allegedly”' : v === 'weasel' ? 'a weasel phrase' : v === 'hedge' ? 'a hedge' : undefined),
  names: (v) => (v === '0' ? undefined : v === '1' ? 'a capitalized name' : 'several capitalized names'),
  len: (v) => (v === '0' ? 'a very short sentence' : v === '4' ? 'a long sentence' : undefined),
  se: (v) => (v === '?' ? 'a question' : v === '!' ? 'an exclamation' : undefined),
};

const FLAGS: Record<string, string> = {
  num: 'a quantity',
  'w=<num>': 'a figure',
  body: 'a named organization',
  acro: 'an acronym',
  sup: 'a superlative',
  ord: 'an ordinal (“second”)',
};

/**
 * A feature of `sentenceFeatures` in words, or undefined when it says nothing a reader could
 * check (a length class in the middle, "no names"). Words, lemmas, bigrams and POS tags are
 * phrased as the technique model's evidence is.
 *
 * @example
 * describeClaimFeature('q=percent'); // 'a percentage'
 * describeClaimFeature('w=<num>'); // 'a figure'
 * describeClaimFeature('w=unemployment'); // 'word “unemployment”'
 */
export function describeClaimFeature(feature: string): string | undefined {
  const flag = FLAGS[feature];
  if (flag !== undefined) return flag;
  const eq = feature.indexOf('=');
  if (eq === -1) return undefined;
  const say = OWN[feature.slice(0, eq)];
  if (say !== undefined) return say(feature.slice(eq + 1));
  return isDescribed(feature) ? describeFeature(feature).replace(/“<s> /, '“') : undefined;
}
