/** The shapes of a factual claim and of what is read from it: quantities, dates, attribution, hedges. */

/** A half-open `[start, end)` range of UTF-16 offsets into the document text, with that text. */
export interface TextSpan {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)` of the document. */
  text: string;
}

/**
 * What a quantity counts or measures:
 * - `count`: people, things ("120,000 Armenians");
 * - `percent`: "40%", "12 per cent";
 * - `money`: "$5 million", "€3bn" (`unit` is the currency);
 * - `duration`: "seven months" (`unit` is the time unit, singular);
 * - `measure`: "3.5 km", "20 tonnes" (`unit` as written, singular);
 * - `factor`: "double", "tripled" (value 2, 3; 0.5 for "halve").
 */
export type QuantityKind = 'count' | 'percent' | 'money' | 'duration' | 'measure' | 'factor';

/** How a qualifier bounds the number: "more than" (`above`), "up to" (`below`), "about" (`about`). */
export type QuantityBound = 'above' | 'below' | 'about';

/** A number read from the text, normalized. */
export interface Quantity extends TextSpan {
  kind: QuantityKind;
  /** The value when the text gives one ("600,000" → 600000, "seven" → 7, "5.2 million" → 5200000); undefined for vague ones. */
  value: number | undefined;
  /**
   * A rough range: for vague quantities ("hundreds of thousands" → 200,000 to 1,000,000, "dozens" →
   * 24 to 100) and written ranges ("2-3 days"). The upper end is exclusive for vague ones.
   */
  range?: { min: number; max: number } | undefined;
  /** True for "dozens", "scores of", "hundreds of thousands": an order of magnitude, not a figure. */
  vague: boolean;
  /** A qualifier that bounds the number ("more than 600,000", "nearly 40%", "up to 3,000"). */
  bound?: QuantityBound | undefined;
  /** The qualifier as written ("more than"). */
  qualifier?: string | undefined;
  /** Unit: `percent`, a currency code or symbol, a time unit (`month`), a measure (`km`). */
  unit?: string | undefined;
  /** What is counted, as written after the number ("ethnically cleansed Azerbaijanis"). */
  what?: string | undefined;
}

/**
 * How a date is anchored:
 * - `absolute`: the text gives the year ("December 12th, 2022", "by 1993", "the 1990s");
 * - `relative`: it needs the document's date ("last year", "on Monday", "three years ago", "May");
 * - `vague`: no point in time at all ("in recent days", "recently").
 */
export type DateKind = 'absolute' | 'relative' | 'vague';

/** A date or time expression. */
export interface DateMention extends TextSpan {
  kind: DateKind;
  /**
   * ISO date cut to its precision (`2022-12-12`, `2020-08`, `1993`, `1990s` for a decade); for a
   * relative date only when a reference date was given. Undefined for vague ones.
   */
  date?: string | undefined;
  precision?: 'day' | 'month' | 'year' | 'decade' | undefined;
}

/**
 * Who a claim is attributed to:
 * - `named`: a named person or body ("according to the BBC", "Amnesty International said", "the EU's top diplomat");
 * - `anonymous`: an unnamed one ("officials said", "according to Western media", "human rights groups warned");
 * - `none`: a reporting cue with no source at all ("it was reported", "have been documented", "reportedly").
 */
export type AttributionKind = 'named' | 'anonymous' | 'none';

/** The attribution of a claim. `start`/`end` cover the source when there is one, else the cue. */
export interface Attribution extends TextSpan {
  kind: AttributionKind;
  /** The source as written, determiners dropped ("BBC"); null for `none`. */
  source: string | null;
  /** The words that attribute: "according to", "said", "has documented", "it was reported". */
  cue: string;
  cueStart: number;
  cueEnd: number;
}

/**
 * A cue of softened commitment: a `hedge` or `weasel` from the lexicons, a `modal` verb (may,
 * might, could, would), or a `reported` cue (allegedly, reportedly, alleged, supposedly).
 */
export interface HedgeCue extends TextSpan {
  kind: 'hedge' | 'weasel' | 'modal' | 'reported';
}

/**
 * Why a sentence was taken as a claim: `model` (check-worthiness at or above the threshold), or,
 * whatever the model says, a cue with an asserting verb: `numbers` (a quantity), `dates` (an
 * absolute date), `source` (a named or unnamed source it is attributed to).
 */
export type ClaimBasis = 'model' | 'numbers' | 'dates' | 'source';

/** A factual claim: one sentence and what was read from it. */
export interface Claim extends TextSpan {
  /** Index of the sentence in `ParsedDoc.sentences`. */
  sentence: number;
  /** The check-worthiness model's probability, or undefined when no model is loaded. */
  checkWorthiness: number | undefined;
  /** Every reason it was taken, `model` first when the model took it. */
  basis: ClaimBasis[];
  numbers: Quantity[];
  dates: DateMention[];
  attribution: Attribution | null;
  hedged: boolean;
  hedges: HedgeCue[];
  /** The features that raised the check-worthiness score most, in words (empty without a model). */
  evidence: string[];
}
