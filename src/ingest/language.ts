/** Language identification with franc, restricted to an allow-list and silent on short text. */

import { franc } from 'franc';

/**
 * Languages franc may answer with by default (ISO 639-3): the languages of the news slant is built
 * for, including both sides of the conflicts in its packs. A short allow-list matters: franc's
 * trigram profiles confuse close languages (e.g. Scots for English) when all 180+ are allowed.
 */
export const DEFAULT_LANGUAGES: readonly string[] = [
  'eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'rus', 'ukr', 'pol', 'tur', 'ara', 'heb', 'fas',
  'hye', 'aze', 'kat', 'ell', 'srp', 'hrv', 'bos', 'sqi', 'zho', 'cmn', 'jpn', 'kor', 'hin', 'urd',
];

/**
 * Below this many characters franc's trigram statistics are unreliable (its own README warns about
 * short input), so the answer is `und` rather than a guess.
 */
export const MIN_LANGUAGE_LENGTH = 50;

/**
 * The ISO 639-3 code of the text's language, from franc restricted to `allow` (an empty list allows
 * every language franc knows), or `und` when the text is shorter than {@link MIN_LANGUAGE_LENGTH}
 * characters or franc cannot decide.
 *
 * @example
 * detectLanguage('The committee published its report on the water supply late on Tuesday evening.'); // 'eng'
 * detectLanguage('Hi there'); // 'und'
 */
export function detectLanguage(text: string, allow: readonly string[] = DEFAULT_LANGUAGES): string {
  const sample = text.trim();
  if (sample.length < MIN_LANGUAGE_LENGTH) return 'und';
  return franc(sample, allow.length > 0 ? { only: [...allow], minLength: MIN_LANGUAGE_LENGTH } : { minLength: MIN_LANGUAGE_LENGTH });
}
