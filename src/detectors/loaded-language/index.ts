/** Loaded language: emotive words and phrases that push a judgement instead of describing (PTC Loaded_Language). */
import type { Finding } from '../../core/finding.js';
import { createMatcherGroup, type MatcherGroup } from '../../lexicon/matcher.js';
import type { Lexicon } from '../../lexicon/schema.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, expectLexicon, finish, isNameLike, lexiconRules, slice } from '../support.js';

const ID = 'loaded-language';

/**
 * Words inside quotation marks are often the source's, not the writer's (Recasens et al. 2013 separate
 * the writer's framing from reported speech), so they count for half.
 */
const QUOTED_FACTOR = 0.5;

export interface LoadedLanguageData {
  /** The `loaded-language` lexicon. */
  lexicon: Lexicon;
  /**
   * The matcher group to join, so that detectors created together scan a document's tokens once
   * (`createDefaultDetectors` passes one). Default: a group of its own.
   */
  matchers?: MatcherGroup | undefined;
}

/**
 * Flags each loaded word or phrase of the lexicon; confidence is the entry's weight, halved inside
 * quotations. Capitalized words inside a sentence are taken for names and skipped ("the Holy See"). Category: manipulative-wording (SemEval-2023 puts Loaded_Language there).
 *
 * @example
 * const detector = createLoadedLanguageDetector({ lexicon: requireLexicon(loadLexicons(), 'loaded-language') });
 * detector.detect(parse('A barbaric attack.'));
 * // → [{ rule: 'loaded-language/barbaric', text: 'barbaric', confidence: 0.9, … }]
 */
export function createLoadedLanguageDetector(data: LoadedLanguageData): Detector {
  expectLexicon(data.lexicon, ID, ID);
  const { lexicon } = data;
  const matcher = (data.matchers ?? createMatcherGroup()).matcher(lexicon.entries);
  const rules = lexiconRules(ID, lexicon);
  return {
    id: ID,
    description: 'Emotive words and phrases (atrocity, contempt, fear, glorification) that invite a judgement rather than describe.',
    version: `1.0.0+${lexicon.version}`,
    rules: () => rules,
    detect(doc, options) {
      const findings: Finding[] = [];
      for (const m of matcher.matchAll(doc.tokens)) {
        const entry = m.entry;
        // "the Holy See", "Hell's Kitchen": a capitalized word inside a sentence is part of a name.
        if (entry.weight === 0 || isNameLike(doc, m.startToken, m.endToken)) continue;
        const quoted = doc.tokens[m.startToken]?.quoted === true;
        const text = slice(doc, m.start, m.end);
        const kind = entry.category === undefined ? 'emotive' : entry.category.replace(/-/g, ' ');
        findings.push({
          detector: ID,
          rule: `${ID}/${entry.rule}`,
          label: 'Loaded language',
          category: 'manipulative-wording',
          start: m.start,
          end: m.end,
          text,
          reason: quoted
            ? `${evidence(text)} is loaded wording (${kind}), though inside a quotation it may be the source's word rather than the writer's.`
            : `${evidence(text)} is loaded wording (${kind}): it invites a judgement instead of describing.`,
          confidence: confidence(entry.weight * (quoted ? QUOTED_FACTOR : 1)),
          data: { lexicon: ID, entry: entry.term, source: entry.source, kind: entry.category, quoted },
        });
      }
      return finish(findings, options);
    },
  };
}
