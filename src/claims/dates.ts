/** Dates and times in a sentence: chrono-node's reading, plus bare years, decades and vague times it does not parse. */
import * as chrono from 'chrono-node';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { isYearAt, isYearSpan } from './quantities.js';
import type { DateMention } from './types.js';

/**
 * Anything chrono-node could read: a digit, a month or weekday name, or a relative time word.
 * Sentences without one skip chrono, which costs about a millisecond per thousand characters.
 */
const DATE_CUE =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight|ago|last|next|past|weeks?|months?|years?|decades?|centur(?:y|ies)|weekend|noon|midnight)\b/i;

/** Relative words in chrono's match: the date needs a reference point even when chrono fills in a year. */
const RELATIVE = /\b(?:ago|last|next|past|this|coming|previous|yesterday|today|tomorrow|tonight|now|later|earlier|within)\b/i;

/** A month or weekday alone in lower case is a word ("may", "march", "sun"), not a date. */
const LOWER_CALENDAR_WORD = /^(?:may|march|sun|sat|wed|mon|fri|second|now)$/;

/**
 * Times with no point in them (Pustejovsky et al. 2003, TimeML's vague temporal expressions):
 * the claim cannot be placed on a calendar, and a reader should know.
 */
const VAGUE_TIMES: ReadonlyArray<readonly string[]> = [
  ['in', 'recent', '*'],
  ['in', 'the', 'past', 'few', '*'],
  ['in', 'the', 'last', 'few', '*'],
  ['over', 'the', 'past', 'few', '*'],
  ['over', 'the', 'last', 'few', '*'],
  ['in', 'the', 'coming', '*'],
  ['for', 'years'],
  ['for', 'decades'],
  ['for', 'centuries'],
  ['for', 'generations'],
  ['these', 'days'],
  ['recently'],
  ['lately'],
  ['nowadays'],
];
const VAGUE_UNITS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'times', 'history', 'hours']);

/** What `findDates` needs beyond the tokens. */
export interface DateOptions {
  /** The document's date: relative dates ("last year") are resolved against it. Without one they get no `date`. */
  referenceDate?: Date | undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** chrono's result as a `DateMention`, offsets moved from the sentence into the document. */
function fromChrono(result: chrono.ParsedResult, offset: number, text: string, reference: Date | undefined): DateMention | undefined {
  // chrono keeps a trailing comma or period ("May,"): the date ends before it.
  const matched = result.text.replace(/[\s,.;:]+$/, '');
  if (matched.length === 0 || LOWER_CALENDAR_WORD.test(matched) || /^[\d\s.,:]+$/.test(matched)) return undefined;
  const start = offset + result.index;
  const end = start + matched.length;
  // "for several years", "a few weeks": a stretch of time with no point in it.
  if (/\b(?:several|few|many|some)\b/i.test(matched)) return { start, end, text: text.slice(start, end), kind: 'vague' };
  const c = result.start;
  const relative = RELATIVE.test(matched) || (result.tags().has('result/relativeDate') ?? false) || !c.isCertain('year');
  const mention: DateMention = { start, end, text: text.slice(start, end), kind: relative ? 'relative' : 'absolute' };
  if (relative && reference === undefined) return mention;
  const precision = c.isCertain('day') || (relative && c.isCertain('weekday')) ? 'day' : c.isCertain('month') ? 'month' : 'year';
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null) return mention;
  mention.precision = precision;
  mention.date = precision === 'day' ? `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}` : precision === 'month' ? `${year}-${pad(month ?? 1)}` : String(year);
  return mention;
}

/** A token written as a year or a decade: "1993", "1990s", "'90s", "mid-2020", "2020-2022" (not "$1000", "Form 1040", "1000-1040"). */
function yearToken(tokens: readonly Token[], i: number): Pick<DateMention, 'date' | 'precision'> | undefined {
  const t = tokens[i] as Token;
  if (isYearAt(tokens, i)) return { date: t.text, precision: 'year' };
  if (t.type === 'decade') {
    const m = /^'?(\d{2}|\d{4})s$/.exec(t.text);
    if (m === null) return undefined;
    const digits = m[1] as string;
    const full = digits.length === 4 ? digits : `${Number(digits) < 30 ? '20' : '19'}${digits}`;
    return { date: `${full}s`, precision: 'decade' };
  }
  const range = /^((?:1[0-9]|20)\d\d)[-–]((?:1[0-9]|20)\d\d)$/.exec(t.text);
  if (range !== null && isYearSpan(range[1] as string, range[2] as string)) return { date: `${range[1] as string}/${range[2] as string}`, precision: 'year' };
  const around = /^(?:early|mid|late)-((?:1[0-9]|20)\d\d)$/i.exec(t.text);
  if (around !== null) return { date: around[1] as string, precision: 'year' };
  return undefined;
}

/** The vague time starting at token `i`, if one does: its last token. */
function vagueAt(tokens: readonly Token[], i: number, to: number): number | undefined {
  for (const pattern of VAGUE_TIMES) {
    const last = i + pattern.length - 1;
    if (last >= to) continue;
    const ok = pattern.every((w, k) => {
      const lower = tokens[i + k]?.lower ?? '';
      return w === '*' ? VAGUE_UNITS.has(lower) : lower === w;
    });
    if (ok) return last;
  }
  return undefined;
}

/**
 * The dates in tokens `[from, to)` (a sentence), left to right: chrono-node's casual English parse
 * of the sentence (offsets are UTF-16 like slant's, moved by the sentence's start), then bare years
 * and decades chrono leaves out ("by 1993", "the 1990s"), then vague times ("in recent days").
 * chrono runs only on sentences with a digit or a calendar word.
 *
 * @example
 * const doc = parse('Baku closed the road on December 12th, 2022, and scores died in recent days.');
 * findDates(doc, 0, doc.tokens.length);
 * // → [{ text: 'December 12th, 2022', kind: 'absolute', date: '2022-12-12', precision: 'day' },
 * //    { text: 'in recent days', kind: 'vague' }]
 */
export function findDates(doc: ParsedDoc, from: number, to: number, options: DateOptions = {}): DateMention[] {
  if (to <= from) return [];
  const tokens = doc.tokens;
  const start = (tokens[from] as Token).start;
  const end = (tokens[to - 1] as Token).end;
  const sentence = doc.text.slice(start, end);
  const out: DateMention[] = [];
  if (DATE_CUE.test(sentence)) {
    const reference = options.referenceDate;
    for (const result of chrono.parse(sentence, reference ?? new Date(Date.UTC(2000, 0, 1)))) {
      const mention = fromChrono(result, start, doc.text, reference);
      if (mention !== undefined) out.push(mention);
    }
  }
  const taken = (a: number, b: number): boolean => out.some((m) => m.start < b && a < m.end);
  for (let i = from; i < to; i += 1) {
    const t = tokens[i] as Token;
    const vague = vagueAt(tokens, i, to);
    if (vague !== undefined) {
      const last = tokens[vague] as Token;
      if (!taken(t.start, last.end)) out.push({ start: t.start, end: last.end, text: doc.text.slice(t.start, last.end), kind: 'vague' });
      i = vague;
      continue;
    }
    const year = yearToken(tokens, i);
    if (year !== undefined && !taken(t.start, t.end)) out.push({ start: t.start, end: t.end, text: t.text, kind: 'absolute', ...year });
  }
  return out.sort((a, b) => a.start - b.start);
}
