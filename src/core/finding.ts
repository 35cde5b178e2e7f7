/** The one shape for everything a detector reports. */

/**
 * A positioned, explained observation about a text.
 *
 * Invariants (checked by the detector contract suite): `0 <= start < end <= text.length` and
 * `text.slice(start, end) === finding.text`. Offsets are UTF-16 code units, half-open.
 *
 * @example
 * { detector: 'scare-quotes', rule: 'scare-quotes/so-called', label: 'So-called',
 *   start: 4, end: 13, text: 'so-called', reason: '“so-called” distances the writer from the term that follows.',
 *   confidence: 0.9, category: 'manipulative-wording' }
 */
export interface Finding {
  /** The detector that produced it, e.g. `loaded-language`. */
  detector: string;
  /** Stable rule id inside the detector, e.g. `loaded-language/barbaric`. */
  rule: string;
  /** Short human label, e.g. `Loaded language`. */
  label: string;
  /** Technique category, when the finding is a persuasion technique (SemEval-2023 categories). */
  category?: string | undefined;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)` of the analyzed document. */
  text: string;
  /** One sentence for people. Nothing downstream parses it: structure goes in `data`. */
  reason: string;
  /** In [0, 1]. */
  confidence: number;
  /** Structured details: lexicon entry, source, suggestion, counts… */
  data?: Record<string, unknown> | undefined;
}

/** Orders findings by start, then end, then detector and rule: the order every detector returns. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.detector < b.detector ? -1 : a.detector > b.detector ? 1 : 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
