/** Hedges and weasel words: softened commitment and unsupported attribution, as signals rather than techniques. */
import { SlantError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { createMatcherGroup, type MatcherGroup, type PhraseMatch } from '../../lexicon/matcher.js';
import type { Lexicon, LexiconEntry } from '../../lexicon/schema.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, expectLexicon, finish, isNameLike, lexiconRules, slice } from '../support.js';

const ID = 'hedges-weasels';
const QUOTED_FACTOR = 0.5;

export interface HedgesWeaselsData {
  /** The `hedges` lexicon. */
  hedges: Lexicon;
  /** The `weasels` lexicon. */
  weasels: Lexicon;
  /**
   * The matcher group to join, so that detectors created together scan a document's tokens once
   * (`createDefaultDetectors` passes one). Default: a group of its own.
   */
  matchers?: MatcherGroup | undefined;
}

/**
 * Flags hedges ("perhaps", "apparently", "it seems") and weasel phrases ("some say", "experts agree",
 * "it is widely believed"). No category: Ganter & Strube (2009) and Hyland (1998) treat these as
 * markers of commitment and attribution, not as persuasion techniques. Weasel phrases win where
 * both lists match, being longer; capitalized words mid-sentence are skipped ("May" the month,
 * "Will" a name).
 *
 * @example
 * const detector = createHedgesWeaselsDetector({ hedges, weasels });
 * detector.detect(parse('Some say the talks will perhaps resume.'));
 * // → hedges-weasels/some-say (Weasel words), hedges-weasels/perhaps (Hedge)
 */
export function createHedgesWeaselsDetector(data: HedgesWeaselsData): Detector {
  expectLexicon(data.hedges, 'hedges', ID);
  expectLexicon(data.weasels, 'weasels', ID);
  const hedgeRules = lexiconRules(ID, data.hedges);
  const weaselRules = lexiconRules(ID, data.weasels);
  const clash = hedgeRules.find((r) => weaselRules.includes(r));
  if (clash !== undefined) throw new SlantError('SLANT_DATA_INVALID', `rule ${clash} is both a hedge and a weasel; keep the term in one lexicon`);
  const weaselSet = new Set(data.weasels.entries);
  // One matcher over both lists, weasels first: the longer phrase wins, ties go to the weasel.
  const matcher = (data.matchers ?? createMatcherGroup()).matcher([...data.weasels.entries, ...data.hedges.entries]);
  const rules = [...weaselRules, ...hedgeRules];
  return {
    id: ID,
    description: 'Hedges that soften a claim and weasel phrases that attribute it to nobody in particular.',
    version: `1.0.0+${data.hedges.version}+${data.weasels.version}`,
    rules: () => rules,
    detect(doc, options) {
      const tokens = doc.tokens;
      const findings: Finding[] = [];
      for (const m of matcher.matchAll(tokens)) {
        if (m.entry.weight === 0 || isNameLike(doc, m.startToken, m.endToken)) continue;
        findings.push(toFinding(m, weaselSet.has(m.entry), slice(doc, m.start, m.end), tokens[m.startToken]?.quoted === true));
      }
      return finish(findings, options);
    },
  };
}

function toFinding(m: PhraseMatch<LexiconEntry>, weasel: boolean, text: string, quoted: boolean): Finding {
  const where = quoted ? ' (inside a quotation)' : '';
  return {
    detector: ID,
    rule: `${ID}/${m.entry.rule}`,
    label: weasel ? 'Weasel words' : 'Hedge',
    start: m.start,
    end: m.end,
    text,
    reason: weasel
      ? `${evidence(text)} attributes the claim to unnamed people or a vague consensus${where}.`
      : `${evidence(text)} hedges: it holds back from full commitment to the claim${where}.`,
    confidence: confidence(m.entry.weight * (quoted ? QUOTED_FACTOR : 1)),
    data: { lexicon: weasel ? 'weasels' : 'hedges', entry: m.entry.term, source: m.entry.source, quoted, ...(m.entry.from === undefined ? {} : { from: m.entry.from }) },
  };
}
