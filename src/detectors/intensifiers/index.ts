/** Intensifiers and absolutes: cues of Exaggeration or Minimisation ("utterly", "always", "single largest"). */
import type { Finding } from '../../core/finding.js';
import { createMatcherGroup, type MatcherGroup } from '../../lexicon/matcher.js';
import type { Lexicon } from '../../lexicon/schema.js';
import type { Token } from '../../nlp/types.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, expectLexicon, finish, lexiconRules, slice } from '../support.js';

const ID = 'intensifiers';
const QUOTED_FACTOR = 0.5;

/** Words before an absolute that take the absolute back ("not all", "almost always"). */
const QUALIFIERS = new Set(['not', "n't", 'almost', 'nearly', 'virtually', 'practically', 'hardly', 'barely', 'scarcely']);
/** Absolutes that count rather than exaggerate before a number ("all 27 members", "every two years"). */
const COUNTING = new Set(['all', 'every']);
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'fifty', 'hundred', 'thousand', 'few', 'other',
]);

const LABELS: Readonly<Record<string, string>> = {
  absolute: 'Absolute',
  maximizer: 'Intensifier',
  booster: 'Intensifier',
  hyperbole: 'Hyperbole',
  minimizer: 'Minimiser',
};

export interface IntensifiersData {
  /** The `intensifiers` lexicon. */
  lexicon: Lexicon;
  /**
   * The matcher group to join, so that detectors created together scan a document's tokens once
   * (`createDefaultDetectors` passes one). Default: a group of its own.
   */
  matchers?: MatcherGroup | undefined;
}

/**
 * Flags amplifiers, absolutes, hyperbole and minimisers from the lexicon, at low-to-moderate
 * confidence: each is weak evidence of SemEval-2023's Exaggeration-Minimisation on its own. Skips
 * an absolute taken back by the word before it ("not all", "almost never"), counting uses before a
 * number ("all 27 members") and "never" in past narration ("it never happened"); weight-0 stop
 * phrases ("after all") hide the absolute inside.
 *
 * @example
 * const detector = createIntensifiersDetector({ lexicon });
 * detector.detect(parse('The process has failed completely, but not all is lost.'));
 * // → [{ rule: 'intensifiers/completely', … }]
 */
export function createIntensifiersDetector(data: IntensifiersData): Detector {
  expectLexicon(data.lexicon, ID, ID);
  const { lexicon } = data;
  const matcher = (data.matchers ?? createMatcherGroup()).matcher(lexicon.entries);
  const rules = lexiconRules(ID, lexicon);
  return {
    id: ID,
    description: 'Intensifiers, absolutes and minimisers that make a claim bigger or smaller than the evidence for it.',
    version: `1.0.0+${lexicon.version}`,
    rules: () => rules,
    detect(doc, options) {
      const tokens = doc.tokens;
      const findings: Finding[] = [];
      for (const m of matcher.matchAll(tokens)) {
        const entry = m.entry;
        if (entry.weight === 0) continue;
        if (takenBack(tokens, m.startToken)) continue;
        if (COUNTING.has(entry.rule) && countsNumber(tokens[m.endToken])) continue;
        if (entry.rule === 'never' && narrates(tokens, m.startToken)) continue;
        const quoted = tokens[m.startToken]?.quoted === true;
        const text = slice(doc, m.start, m.end);
        const kind = entry.category ?? 'booster';
        findings.push({
          detector: ID,
          rule: `${ID}/${entry.rule}`,
          label: LABELS[kind] ?? 'Intensifier',
          category: 'manipulative-wording',
          start: m.start,
          end: m.end,
          text,
          reason:
            kind === 'minimizer'
              ? `${evidence(text)} plays something down, a possible sign of minimisation.`
              : `${evidence(text)} ${kind === 'absolute' ? 'admits no exception' : 'turns the claim up'}, a possible sign of exaggeration${quoted ? ' (inside a quotation)' : ''}.`,
          confidence: confidence(entry.weight * (quoted ? QUOTED_FACTOR : 1)),
          data: { lexicon: ID, entry: entry.term, source: entry.source, kind, quoted },
        });
      }
      return finish(findings, options);
    },
  };
}

function takenBack(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1];
  return prev !== undefined && prev.sentence === tokens[start]?.sentence && QUALIFIERS.has(prev.lower);
}

/** Auxiliaries of past narration: "was never sacked", "had never seen". */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);

/**
 * "Never" as a plain past negation ("Khojaly never happened", "was never sacked") tells a story; the
 * absolute that exaggerates is habitual or future ("they never keep their word", "will never").
 */
function narrates(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if (prev !== undefined && PAST_AUXILIARIES.has(prev.lower)) return true;
  return next !== undefined && next.lemma !== next.lower && next.lower.endsWith('ed');
}

function countsNumber(next: Token | undefined): boolean {
  return next !== undefined && (next.type === 'number' || /^\d/.test(next.text) || NUMBER_WORDS.has(next.lower));
}
