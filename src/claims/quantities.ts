/** Numbers in a sentence, normalized: figures, number words, vague magnitudes, percentages, money, durations, measures. */
import type { ParsedDoc, Token } from '../nlp/types.js';
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  FACTOR_VERBS,
  MEASURE_UNITS,
  MONEY_MULTIPLIERS,
  MONTHS,
  MULTIPLIERS,
  NUMBER_WORDS,
  QUALIFIERS,
  TIME_UNITS,
  VAGUE_COUNTS,
  VAGUE_PLURALS,
} from './cues.js';
import type { Quantity, QuantityBound, QuantityKind } from './types.js';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const RANGE = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/;
const YEAR = /^(1[0-9]|20)\d\d$/;

/**
 * The value of a written figure: "600,000" → 600000, "5.2" → 5.2; undefined for anything else
 * (times, codes, "2-3").
 *
 * @example
 * figureValue('1,200'); // 1200
 */
export function figureValue(text: string): number | undefined {
  return DIGITS.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}

const lower = (t: Token | undefined): string => t?.lower ?? '';

/** Whether the token is a month name (capitalized, or any case for the unambiguous long names). */
function isMonth(t: Token | undefined): boolean {
  if (t === undefined || !MONTHS.has(t.lower.replace(/\.$/, ''))) return false;
  // "may", "march" in lower case are a modal and a verb; the months are capitalized.
  return /^[A-Z]/.test(t.text);
}

/**
 * Words after which a number is a label, not a year or a count: "Form 1040", "No. 2", "#3",
 * "Section 230", "H.R. 1628" (a bill), "the number two Republican" (a rank). "No" counts only
 * capitalized ("No 10").
 */
const LABELS: ReadonlySet<string> = new Set([
  'no.', 'nos.', '#', 'number', 'form', 'section', '§', 'article', 'chapter', 'page', 'p.', 'pp.', 'room', 'suite', 'route', 'flight',
  'highway', 'interstate', 'exhibit', 'resolution', 'model', 'version', 'h.r.', 'h.res.', 'res.',
]);

/** Whether a token, as written, labels the number after it (see `LABELS`). */
const isLabel = (text: string | undefined): boolean => text !== undefined && (LABELS.has(text.toLowerCase()) || text === 'No');

/** Words before a number that make it a date even for an early year: "in 1639", "since 1066", "the year 1000". */
const DATE_WORDS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'before', 'after', 'during', 'circa', 'c.', 'ca.', 'early', 'late', 'mid', 'year']);

/** Words after a number that count people ("1000 people"), irregular plurals the `-s` rule misses. */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['people', 'persons', 'men', 'women', 'children']);

/** Words in -s after a number that are no plural noun ("1990 was…", "2020 is…"). */
const NOT_PLURAL: ReadonlySet<string> = new Set(['was', 'has', 'is', 'as', 'its', 'this', 'his', 'us', 'does', 'yes', 'thus', 'plus', 'whereas', 'always', 'perhaps']);

/** Eras after a year, written in capitals: "1066 AD". */
const ERAS: ReadonlySet<string> = new Set(['AD', 'A.D.', 'BC', 'B.C.', 'BCE', 'CE']);

/** Street words after a name after a number: "1600 Pennsylvania Avenue" is an address. */
const STREETS: ReadonlySet<string> = new Set(['avenue', 'ave', 'street', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'parkway', 'pkwy']);

/** The earliest year a bare four-digit number is read as: before it, a year needs a date word ("in 1639"). */
export const EARLIEST_BARE_YEAR = 1500;

/**
 * Whether a whole number, written as four digits between the words `before` and `after` (as
 * written; undefined where there is none; `then` is the word after `after`), reads as a year:
 * - never after a currency sign or a label ("$1000", "Form 1040", "No. 2020", "#1999"), nor before
 *   a percent sign or a unit ("1990 %", "1500 km", "2000 dollars", "1000 years"), nor in an
 *   address ("1600 Pennsylvania Ave.");
 * - after a date word ("in", "since", "during", a capitalized month…) any year from 1000 to 2099,
 *   a year before 1500 only if no counted noun follows ("in 1639" but not "in 1000 cases");
 * - otherwise (bare) from 1500 to 2099, and not before a counted noun: a lower-case plural
 *   ("1500 soldiers", "1000 points") or "people", "men", "women", "children".
 *
 * @example
 * readsAsYear(1993, 'By', 'the'); // true
 * readsAsYear(1000, '$', ','); // false
 * readsAsYear(1040, 'Form', 'from'); // false
 * readsAsYear(1639, 'in', 'the'); // true
 */
export function readsAsYear(value: number, before: string | undefined, after: string | undefined, then?: string): boolean {
  if (!Number.isInteger(value) || value < 1000 || value > 2099) return false;
  if (before !== undefined && (isLabel(before) || CURRENCY_SYMBOLS.has(before.toLowerCase()) || /\p{Sc}$/u.test(before))) return false;
  const a = after?.toLowerCase();
  if (a !== undefined && (a === '%' || a === 'percent' || a === 'pct' || a === 'per' || MULTIPLIERS.has(a) || TIME_UNITS.has(a) || MEASURE_UNITS.has(a) || CURRENCY_WORDS.has(a))) {
    return false;
  }
  if (after !== undefined && ERAS.has(after)) return true;
  if (after !== undefined && /^[A-Z]/.test(after) && then !== undefined && STREETS.has(then.toLowerCase().replace(/\.$/, ''))) return false;
  const counted = a !== undefined && after !== undefined && (COUNT_NOUNS.has(a) || (/^[a-z]+s$/.test(after) && !after.endsWith('ss') && !NOT_PLURAL.has(a)));
  const dated = before !== undefined && (DATE_WORDS.has(before.toLowerCase()) || (MONTHS.has(before.toLowerCase().replace(/\.$/, '')) && /^[A-Z]/.test(before)));
  if (dated) return value >= EARLIEST_BARE_YEAR || !counted;
  return value >= EARLIEST_BARE_YEAR && !counted;
}

/**
 * Whether two four-digit numbers joined by a dash are a span of years ("2020-2022"): both
 * plausible years, from 1500 to 2099 ("1000-1040" is a range of pages or forms).
 *
 * @example
 * isYearSpan('2020', '2022'); // true
 * isYearSpan('1000', '1040'); // false
 */
export function isYearSpan(from: string, to: string): boolean {
  return YEAR.test(from) && YEAR.test(to) && Number(from) >= EARLIEST_BARE_YEAR && Number(to) >= EARLIEST_BARE_YEAR;
}

/**
 * Whether the number token at `i` is a year rather than a count: four digits from 1000 to 2099
 * without separators that read as a year between the tokens around them (`readsAsYear`): "by
 * 1993", "August 2020", "in 1639", but not "$1000", "Form 1040", "1000 points", "1500 soldiers".
 *
 * @example
 * isYearAt(parse('By 1993 they had left.').tokens, 1); // true
 */
export function isYearAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.type !== 'number' || !YEAR.test(t.text)) return false;
  const prev = tokens[i - 1];
  const before = prev === undefined ? undefined : prev.type === 'currency' ? '$' : prev.text;
  return readsAsYear(Number(t.text), before, tokens[i + 1]?.text, tokens[i + 2]?.text);
}

/** Whether the token at `i` belongs to a written date ("27 September, 2020", "December 12th, 2022"). */
function inDate(tokens: readonly Token[], i: number): boolean {
  if (isMonth(tokens[i - 1]) || isMonth(tokens[i + 1])) return true;
  // "December 12th, 2022": the year after an ordinal day after a month.
  return tokens[i - 1]?.text === ',' && tokens[i - 2]?.type === 'ordinal' && isMonth(tokens[i - 3]);
}

/** Parses a run of number words from `i` ("one hundred and twenty", "twenty-five", "a million"); the value and the index past it. */
function numberWords(tokens: readonly Token[], i: number, to: number): { value: number; end: number } | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  let end = i;
  if ((lower(tokens[j]) === 'a' || lower(tokens[j]) === 'an') && (MULTIPLIERS.has(lower(tokens[j + 1])) || lower(tokens[j + 1]) === 'dozen')) {
    current = 1;
    j += 1;
  }
  while (j < to) {
    const w = lower(tokens[j]);
    const unit = NUMBER_WORDS.get(w);
    if (unit !== undefined) {
      current += unit;
      seen = true;
      end = j + 1;
    } else if (w === 'dozen' && (seen || current > 0)) {
      current = (current || 1) * 12;
      seen = true;
      end = j + 1;
    } else if (w === 'hundred' && (seen || current > 0)) {
      current = (current || 1) * 100;
      seen = true;
      end = j + 1;
    } else if ((MULTIPLIERS.get(w) ?? 0) >= 1000 && (seen || current > 0) && w.length > 3) {
      total += (current || 1) * (MULTIPLIERS.get(w) as number);
      current = 0;
      seen = true;
      end = j + 1;
    } else if ((w === '-' || w === 'and') && seen && NUMBER_WORDS.has(lower(tokens[j + 1]))) {
      // "twenty-five", "one hundred and twenty"
    } else break;
    j += 1;
  }
  return seen ? { value: total + current, end } : undefined;
}

/** A qualifier ending just before token `i` ("more than", "nearly"): its bound and first token. */
function qualifierBefore(tokens: readonly Token[], i: number, from: number): { bound: QuantityBound; start: number } | undefined {
  for (const q of QUALIFIERS) {
    const start = i - q.words.length;
    if (start < from) continue;
    if (q.words.every((w, k) => lower(tokens[start + k]) === w)) return { bound: q.bound, start };
  }
  return undefined;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['ADJ', 'ADV', 'VERB', 'NUM', 'PROPN', 'NOUN']);
const STOP_WHAT = new Set(['of', 'in', 'on', 'at', 'and', 'or', 'to', 'from', 'for', 'with', 'by', 'than', 'that', 'who', 'which', 'as']);

/**
 * The counted thing after a number: the noun phrase up to its head ("ethnically cleansed
 * Azerbaijanis", "Armenians"). With POS tags: up to three modifiers, then a run of nouns. Without:
 * up to three content words, ending at the first plural.
 */
function whatAfter(doc: ParsedDoc, i: number, to: number): number {
  const tokens = doc.tokens;
  if (doc.hasPos) {
    let j = i;
    let lastNoun = -1;
    while (j < to && j < i + 5) {
      const t = tokens[j] as Token;
      if (t.type !== 'word' || STOP_WHAT.has(t.lower) || !MODIFIER.has(t.pos ?? '')) break;
      if (NOUNISH.has(t.pos ?? '')) lastNoun = j;
      else if (lastNoun !== -1) break;
      j += 1;
    }
    return lastNoun === -1 ? i : lastNoun + 1;
  }
  let j = i;
  while (j < to && j < i + 3) {
    const t = tokens[j] as Token;
    // A word in -ed is most likely the verb ("dozens wounded"), not the counted thing.
    if (t.type !== 'word' || t.stop || STOP_WHAT.has(t.lower) || /[a-z]ed$/.test(t.lower)) break;
    j += 1;
    if (/[a-z]s$/.test(t.text) && !t.text.endsWith('ss')) break;
  }
  return j;
}

interface Core {
  kind: QuantityKind;
  value: number | undefined;
  range?: { min: number; max: number } | undefined;
  vague: boolean;
  /** First token of the figure (a currency symbol included). */
  first: number;
  /** Index past the figure and its multiplier. */
  end: number;
  unit?: string | undefined;
  /** Whether the counted thing may follow after "of" ("scores of civilians"). */
  ofWhat?: boolean | undefined;
}

/** The figure starting at token `i`, if one does. */
function figureAt(doc: ParsedDoc, i: number, from: number, to: number): Core | undefined {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  const w = t.lower;

  // "$5.2 million", "€3bn", "US$20 million"
  if (t.type === 'currency' || CURRENCY_SYMBOLS.has(w)) {
    const num = tokens[i + 1];
    const value = num !== undefined && i + 1 < to ? figureValue(num.text) : undefined;
    if (value === undefined) return undefined;
    const mult = MULTIPLIERS.get(lower(tokens[i + 2])) ?? MONEY_MULTIPLIERS.get(lower(tokens[i + 2]));
    const end = mult !== undefined && i + 2 < to ? i + 3 : i + 2;
    return { kind: 'money', value: value * (end === i + 3 ? (mult as number) : 1), vague: false, first: i, end, unit: CURRENCY_SYMBOLS.get(w) ?? t.text };
  }

  if (t.type === 'number') {
    const prev = tokens[i - 1];
    // Part of a name or code ("F-16", "COVID-19"), a time, a year, or a written date.
    if (prev !== undefined && prev.end === t.start && (prev.type === 'word' || prev.text === '-') && i > from) return undefined;
    if (isYearAt(tokens, i) || inDate(tokens, i)) return undefined;
    // "No. 2", "Form 1040", "number 10": a rank or a label.
    if (isLabel(prev?.text)) return undefined;
    // "1. The OSCE…", "2) Western…": a list marker.
    if (i === from && (tokens[i + 1]?.text === '.' || tokens[i + 1]?.text === ')')) return undefined;
    const range = RANGE.exec(t.text);
    if (range !== null) {
      const min = Number(range[1]);
      const max = Number(range[2]);
      if (isYearSpan(range[1] as string, range[2] as string)) return undefined;
      return { kind: 'count', value: undefined, range: { min, max }, vague: false, first: i, end: i + 1 };
    }
    let value = figureValue(t.text);
    if (value === undefined) return undefined;
    let end = i + 1;
    // "10–15 km": a range written with a dash between two figures.
    const dash = tokens[i + 1];
    const second = tokens[i + 2];
    if (dash !== undefined && (dash.text === '-' || dash.text === '–') && second !== undefined && i + 2 < to && figureValue(second.text) !== undefined && dash.start === t.end) {
      return { kind: 'count', value: undefined, range: { min: value, max: figureValue(second.text) as number }, vague: false, first: i, end: i + 3 };
    }
    const mult = MULTIPLIERS.get(lower(tokens[end]));
    if (mult !== undefined && end < to) {
      value *= mult;
      end += 1;
    }
    return { kind: 'count', value, vague: false, first: i, end };
  }

  if (t.type !== 'word') return undefined;

  // "hundreds of thousands", "dozens", "scores of", "tens of thousands"
  const plural = VAGUE_PLURALS.get(w);
  if (plural !== undefined) {
    if (plural.needsOf && lower(tokens[i + 1]) !== 'of') return undefined;
    let { min, max } = plural;
    let end = i + 1;
    while (lower(tokens[end]) === 'of' && end + 1 < to) {
      const next = VAGUE_PLURALS.get(lower(tokens[end + 1]));
      if (next === undefined || next.min < 1000) break;
      const scale = next.min / 2;
      min *= scale;
      max *= scale;
      end += 2;
    }
    if (w === 'tens' && end === i + 1) return undefined;
    return { kind: 'count', value: undefined, range: { min, max }, vague: true, first: i, end, ofWhat: true };
  }

  // "several thousand", "a few hundred", "a couple of dozen"
  const few = VAGUE_COUNTS.get(w);
  if (few !== undefined) {
    let j = i + 1;
    if (w === 'couple' && lower(tokens[j]) === 'of') j += 1;
    const unitWord = lower(tokens[j]);
    const unit = unitWord === 'dozen' ? 12 : MULTIPLIERS.get(unitWord);
    if (unit === undefined || j >= to || unitWord.length < 4) return undefined;
    const start = (w === 'few' || w === 'couple') && lower(tokens[i - 1]) === 'a' && i - 1 >= from ? i - 1 : i;
    return { kind: 'count', value: undefined, range: { min: few * unit, max: 10 * unit }, vague: true, first: start, end: j + 1, ofWhat: true };
  }

  // "double Azerbaijani gas", "prices tripled"
  const factor = FACTOR_VERBS.get(t.lemma) ?? FACTOR_VERBS.get(w.replace(/d$|ing$/, ''));
  if (factor !== undefined && isFactorVerb(doc, i)) return { kind: 'factor', value: factor, vague: false, first: i, end: i + 1 };

  // Number words: "seven months", "a hundred", "twenty-five"
  if (NUMBER_WORDS.has(w) || ((w === 'a' || w === 'an') && (MULTIPLIERS.has(lower(tokens[i + 1])) || lower(tokens[i + 1]) === 'dozen'))) {
    // "the number two Republican", "No. three": a rank, not a count.
    if (i > from && isLabel(tokens[i - 1]?.text)) return undefined;
    const words = numberWords(tokens, i, to);
    if (words === undefined) return undefined;
    // "one of", "no one", "one another": a pronoun, not a count; a lone "one" counts only with a unit.
    if (w === 'one' && words.end === i + 1) {
      const n = lower(tokens[i + 1]);
      if (!TIME_UNITS.has(n) && !MEASURE_UNITS.has(n) && !CURRENCY_WORDS.has(n) && n !== 'percent') return undefined;
    }
    return { kind: 'count', value: words.value, vague: false, first: i, end: words.end };
  }
  return undefined;
}

/** A verb use of "double"/"triple"/"halve" (not "double standards"). */
function isFactorVerb(doc: ParsedDoc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (doc.hasPos) return t.pos === 'VERB';
  if (/(?:ed|ing)$/.test(t.lower)) return true;
  return ['to', 'will', 'would', 'could', 'may', 'might', 'can'].includes(lower(doc.tokens[i - 1]));
}

/** Unit and kind from the words after a figure: "%", "per cent", "dollars", "months", "km". */
function unitAfter(tokens: readonly Token[], core: Core, to: number): void {
  const next = tokens[core.end];
  if (next === undefined || core.end >= to || core.kind === 'factor') return;
  const n = next.lower;
  if (core.kind === 'money') {
    return;
  }
  if (n === '%' || n === 'percent' || n === 'pct') {
    core.kind = 'percent';
    core.unit = 'percent';
    core.end += 1;
  } else if (n === 'per' && lower(tokens[core.end + 1]) === 'cent' && core.end + 1 < to) {
    core.kind = 'percent';
    core.unit = 'percent';
    core.end += 2;
  } else if (n === 'percentage' && lower(tokens[core.end + 1]).startsWith('point') && core.end + 1 < to) {
    core.kind = 'percent';
    core.unit = 'percentage point';
    core.end += 2;
  } else if (CURRENCY_WORDS.has(n) && !(core.vague && lower(tokens[core.end]) === 'of')) {
    core.kind = 'money';
    core.unit = CURRENCY_WORDS.get(n);
    core.end += 1;
  } else if (TIME_UNITS.has(n)) {
    core.kind = 'duration';
    core.unit = TIME_UNITS.get(n);
    core.end += 1;
  } else if (MEASURE_UNITS.has(n)) {
    core.kind = 'measure';
    let unit = MEASURE_UNITS.get(n) as string;
    core.end += 1;
    // "square kilometres", "sq km"
    if (unit === 'square' && MEASURE_UNITS.has(lower(tokens[core.end])) && core.end < to) {
      unit = `square ${MEASURE_UNITS.get(lower(tokens[core.end])) as string}`;
      core.end += 1;
    }
    core.unit = unit;
  }
}

/**
 * Every quantity in tokens `[from, to)` (a sentence), left to right, not overlapping. Years and
 * written dates are left to the date reader; "one" counts only with a unit ("one of them" is not a
 * count); codes like "F-16" are skipped.
 *
 * @example
 * const doc = parse('More than 600,000 people fled in seven months.', { pos: true });
 * findQuantities(doc, 0, doc.tokens.length);
 * // → [{ text: 'More than 600,000 people', value: 600000, bound: 'above', what: 'people', kind: 'count', … },
 * //    { text: 'seven months', value: 7, kind: 'duration', unit: 'month', … }]
 */
export function findQuantities(doc: ParsedDoc, from: number, to: number): Quantity[] {
  const tokens = doc.tokens;
  const out: Quantity[] = [];
  let i = from;
  while (i < to) {
    const core = figureAt(doc, i, from, to);
    if (core === undefined) {
      i += 1;
      continue;
    }
    unitAfter(tokens, core, to);
    let whatStart = core.end;
    let last = core.end;
    if (core.kind === 'count' || core.kind === 'factor') {
      if (core.ofWhat === true && lower(tokens[core.end]) === 'of') whatStart = core.end + 1;
      const whatEnd = whatAfter(doc, whatStart, to);
      if (whatEnd > whatStart) last = whatEnd;
    } else if ((core.kind === 'measure' || core.kind === 'money') && lower(tokens[core.end]) === 'of') {
      // "3,000 tonnes of flour", "$5 million of aid"
      const whatEnd = whatAfter(doc, core.end + 1, to);
      if (whatEnd > core.end + 1) {
        whatStart = core.end + 1;
        last = whatEnd;
      }
    }
    let qualifier = core.kind === 'factor' ? undefined : qualifierBefore(tokens, core.first, from);
    // "over two years", "under a month": the time something took, not a bound on it.
    if (qualifier !== undefined && core.kind === 'duration' && ['over', 'under'].includes(lower(tokens[qualifier.start]))) qualifier = undefined;
    const first = qualifier?.start ?? core.first;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last - 1] as Token).end;
    const quantity: Quantity = { start, end, text: doc.text.slice(start, end), kind: core.kind, value: core.value, vague: core.vague };
    if (core.range !== undefined) quantity.range = core.range;
    if (qualifier !== undefined) {
      quantity.bound = qualifier.bound;
      quantity.qualifier = doc.text.slice(start, (tokens[core.first - 1] as Token).end);
    }
    if (core.unit !== undefined) quantity.unit = core.unit;
    if (last > whatStart) quantity.what = doc.text.slice((tokens[whatStart] as Token).start, end);
    out.push(quantity);
    i = Math.max(last, core.end, i + 1);
  }
  return out;
}
