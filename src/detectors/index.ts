/** The default detector set, in a fixed order, and the one function that runs detectors over a document. */
import { compareFindings, type Finding } from '../core/finding.js';
import { loadLexicons, requireLexicon } from '../lexicon/load.js';
import { createMatcherGroup } from '../lexicon/matcher.js';
import { createWordForms } from '../nlp/word-forms.js';
import type { Lexicon } from '../lexicon/schema.js';
import type { ParsedDoc } from '../nlp/types.js';
import type { Detector, DetectorOptions } from './detector.js';
import { createHedgesWeaselsDetector } from './hedges-weasels/index.js';
import { createIntensifiersDetector } from './intensifiers/index.js';
import { createLoadedLanguageDetector } from './loaded-language/index.js';
import { createNameCallingDetector } from './name-calling/index.js';
import { createPunctuationRhetoricDetector } from './punctuation-rhetoric/index.js';
import { createRepetitionDetector } from './repetition/index.js';
import { createScareQuotesDetector } from './scare-quotes/index.js';
import { createTechniqueCuesDetector } from './technique-cues/index.js';

export type { Detector, DetectorOptions } from './detector.js';
export { createHedgesWeaselsDetector } from './hedges-weasels/index.js';
export { createIntensifiersDetector } from './intensifiers/index.js';
export { createLoadedLanguageDetector } from './loaded-language/index.js';
export { createNameCallingDetector } from './name-calling/index.js';
export { createPunctuationRhetoricDetector } from './punctuation-rhetoric/index.js';
export { createRepetitionDetector } from './repetition/index.js';
export { createScareQuotesDetector } from './scare-quotes/index.js';
export { createTechniqueCuesDetector } from './technique-cues/index.js';

/**
 * The lexicons the rule detectors read, and nothing else. The technique model is trained on these
 * detectors' findings, so its weights record a hash of exactly these lexicons: a lexicon added for
 * another purpose (the lens) leaves the model's input, and so its weights, unchanged.
 */
export const RULE_LEXICONS = [
  'loaded-language', 'name-calling', 'scare-quote-cues', 'speech-verbs', 'intensifiers', 'hedges', 'weasels', 'rhetorical-questions', 'technique-cues',
] as const;

/** The ids of the rule detectors `createDefaultDetectors()` returns, in its order (the contract suite checks the two agree). */
export const RULE_DETECTOR_IDS = [
  'loaded-language', 'name-calling', 'scare-quotes', 'intensifiers', 'hedges-weasels', 'punctuation-rhetoric', 'repetition', 'technique-cues',
] as const;

/**
 * The rule detectors' lexicons out of `lexicons`, in `RULE_LEXICONS` order.
 *
 * @example
 * sha256(stableStringify(ruleLexicons(loadLexicons())), 12); // what the technique weights record
 */
export function ruleLexicons(lexicons: readonly Lexicon[]): Lexicon[] {
  return RULE_LEXICONS.map((id) => requireLexicon(lexicons, id));
}

/**
 * Every built-in detector, bound to its data, in a fixed order: an explicit list, no registry.
 * Throws `SLANT_DATA_INVALID` when a lexicon it needs is missing.
 *
 * @example
 * const detectors = createDefaultDetectors();
 * const findings = runDetectors(parse(text, { pos: true }), detectors, { minConfidence: 0.4 });
 */
export function createDefaultDetectors(lexicons: readonly Lexicon[] = loadLexicons()): Detector[] {
  // Only the lexicons in RULE_LEXICONS: the technique model's weights hash exactly those.
  const lexicon = (id: string): Lexicon => requireLexicon(lexicons, id);
  // One word-form table and one matcher group for all: a document's tokens are numbered once, and
  // looked up once for every lexicon rather than once per lexicon (see WordForms, MatcherGroup).
  // Each detector still reads only its own matches.
  const words = createWordForms();
  const matchers = createMatcherGroup(words);
  return [
    createLoadedLanguageDetector({ lexicon: lexicon('loaded-language'), matchers }),
    createNameCallingDetector({ lexicon: lexicon('name-calling'), matchers }),
    createScareQuotesDetector({ cues: lexicon('scare-quote-cues'), speechVerbs: lexicon('speech-verbs'), matchers }),
    createIntensifiersDetector({ lexicon: lexicon('intensifiers'), matchers }),
    createHedgesWeaselsDetector({ hedges: lexicon('hedges'), weasels: lexicon('weasels'), matchers }),
    createPunctuationRhetoricDetector({ questions: lexicon('rhetorical-questions'), matchers }),
    createRepetitionDetector({ words }),
    createTechniqueCuesDetector({ lexicon: lexicon('technique-cues'), matchers }),
  ];
}

/**
 * Runs `detectors` over one parsed document: concatenates their findings, drops those under
 * `options.minConfidence`, and sorts with `compareFindings`.
 *
 * @example
 * runDetectors(parse('What a disgrace!'), createDefaultDetectors(), {});
 */
export function runDetectors(doc: ParsedDoc, detectors: readonly Detector[], options: DetectorOptions = {}): Finding[] {
  const min = options.minConfidence ?? 0;
  const out: Finding[] = [];
  for (const detector of detectors) {
    for (const finding of detector.detect(doc, options)) if (finding.confidence >= min) out.push(finding);
  }
  return out.sort(compareFindings);
}
