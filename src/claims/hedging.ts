/** Hedges in a sentence: lexicon hedges and weasel phrases (the hedges-weasels detector's lists), modal verbs, reporting adverbs. */
import { isNameLike } from '../detectors/support.js';
import { createMatcherGroup, type MatcherGroup } from '../lexicon/matcher.js';
import type { Lexicon, LexiconEntry } from '../lexicon/schema.js';
import type { ParsedDoc, Token } from '../nlp/types.js';
import { MODALS, REPORTED_CUES } from './cues.js';
import type { HedgeCue } from './types.js';

/** Finds the hedge cues in tokens `[from, to)` of a document. */
export type HedgeReader = (doc: ParsedDoc, from: number, to: number) => HedgeCue[];

/** Words after a modal that show it governs a verb ("may be", "could not", "would have"). */
const AFTER_MODAL = new Set(['be', 'have', 'not', "n't", 'never', 'well', 'also', 'still', 'only', 'even', 'soon', 'already']);

/**
 * A modal verb used as one ("the talks may resume", "Moscow could not respond"), not the month
 * "May" or a name. With POS tags: an auxiliary; without: followed by a verb-like word.
 */
function isModal(doc: ParsedDoc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (!MODALS.has(t.lower) || /^[A-Z]/.test(t.text) && (doc.sentences[t.sentence]?.tokenStart ?? -1) !== i) return false;
  if (doc.hasPos) return t.pos === 'AUX' || t.pos === 'VERB';
  const next = doc.tokens[i + 1];
  return next !== undefined && next.type === 'word' && (AFTER_MODAL.has(next.lower) || !next.stop);
}

/**
 * A reader of hedges over the `hedges` and `weasels` lexicons, matched with the same phrase
 * matcher (and the same skipping of capitalized words inside names) as the hedges-weasels
 * detector, plus modal verbs (may, might, could, would: Hyland 1998's epistemic modals) and
 * adverbs that report without vouching (allegedly, reportedly, alleged, supposedly).
 *
 * @example
 * const read = createHedgeReader(hedges, weasels);
 * const doc = parse('The shelling reportedly killed five.');
 * read(doc, 0, doc.tokens.length); // → [{ text: 'reportedly', kind: 'weasel', … }]
 */
export function createHedgeReader(hedges: Lexicon, weasels: Lexicon, matchers: MatcherGroup = createMatcherGroup()): HedgeReader {
  const weaselSet = new Set<LexiconEntry>(weasels.entries);
  const matcher = matchers.matcher([...weasels.entries, ...hedges.entries]);
  return (doc, from, to) => {
    const out: HedgeCue[] = [];
    const covered = new Set<number>();
    for (const m of matcher.matchAll(doc.tokens)) {
      if (m.startToken < from || m.endToken > to || m.entry.weight === 0 || isNameLike(doc, m.startToken, m.endToken)) continue;
      for (let k = m.startToken; k < m.endToken; k += 1) covered.add(k);
      const kind = REPORTED_CUES.has(doc.tokens[m.startToken]?.lower ?? '') && m.endToken === m.startToken + 1 ? 'reported' : weaselSet.has(m.entry) ? 'weasel' : 'hedge';
      out.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), kind });
    }
    for (let i = from; i < to; i += 1) {
      if (covered.has(i)) continue;
      const t = doc.tokens[i] as Token;
      let kind: HedgeCue['kind'] | undefined;
      if (REPORTED_CUES.has(t.lower)) kind = 'reported';
      else if (isModal(doc, i)) kind = 'modal';
      if (kind !== undefined) out.push({ start: t.start, end: t.end, text: t.text, kind });
    }
    return out.sort((a, b) => a.start - b.start);
  };
}
