/** Technique cues: stock phrases and sentence patterns of the SemEval-2023 persuasion techniques the other detectors leave out. */
import type { Finding } from '../../core/finding.js';
import { SlantError } from '../../core/errors.js';
import { createMatcherGroup, type MatcherGroup, type PhraseMatch } from '../../lexicon/matcher.js';
import type { Lexicon, LexiconEntry } from '../../lexicon/schema.js';
import type { ParsedDoc } from '../../nlp/types.js';
import type { Taxonomy } from '../../techniques/schema.js';
import { categoryOf, findTechnique, loadTaxonomy } from '../../techniques/taxonomy.js';
import type { Detector } from '../detector.js';
import { confidence, evidence, expectLexicon, finish, isNameLike, slice, startsUpper } from '../support.js';
import { ANCHORS, comparisonBefore, type Cue, opensClause, quotationAt, rallyingLine, STRUCTURAL_RULES, tokenText } from './patterns.js';

const ID = 'technique-cues';

/** Words inside quotation marks may be the source's, not the writer's, so they count for half (as in loaded-language). */
const QUOTED_FACTOR = 0.5;
/** A condemned name after a comparison ("just like Hitler") is reductio ad Hitlerum proper; the bare name is often history. */
const COMPARED_VILLAIN = 0.65;
/** A doubting adverb right before a quoted term ("seemingly ‘goodwill gestures’") distances the writer twice over. */
const DOUBT_BEFORE_QUOTE = 0.55;
/** A slogan phrase in the middle of a clause ("make the country great again") is as often plain wording: half weight. */
const MID_CLAUSE_SLOGAN = 0.5;

/**
 * Entries (by rule slug) that are idioms only at the head of a clause: "So much for the inquiry." casts
 * doubt, "Thank you so much for coming" does not; "Down with …!" is a slogan, "sat down with" is not.
 */
export const CLAUSE_INITIAL: ReadonlySet<string> = new Set(['so-much-for', 'down-with', 'long-live', 'glory-to', 'hands-off']);

/**
 * Why a lexicon cue of each technique persuades: completes "“cue” …". Wording after the definitions of
 * Piskorski et al. (2023) and Da San Martino et al. (2019).
 */
const WHY: Readonly<Record<string, string>> = {
  Flag_Waving: 'appeals to national or group pride and identity in place of an argument.',
  Appeal_to_Hypocrisy: 'charges the other side with hypocrisy, which stands in for an answer to what it says.',
  Whataboutism: 'answers criticism by pointing at someone else’s conduct instead of the point at issue.',
  Red_Herring: 'turns attention to another topic, away from the point at issue.',
  Doubt: 'casts doubt on a claim or a source without showing it to be wrong.',
  Questioning_the_Reputation: 'attacks the character or credibility of the target rather than what it says or does.',
  'Appeal_to_Fear-Prejudice': 'builds the case on fear of what will happen rather than on evidence.',
  Guilt_by_Association: 'links the target with someone or something the reader already condemns.',
  Slogans: 'is a stock rallying phrase, meant to stir rather than to inform.',
  Appeal_to_Time: 'urges action on the ground that the moment is now, not on the merits.',
  'False_Dilemma-No_Choice': 'presents one or two options as the only ones when there are more.',
  Conversation_Killer: 'is a stock phrase that closes the question instead of answering it.',
  Appeal_to_Popularity: 'claims support from how many people agree rather than from evidence.',
  Appeal_to_Authority: 'rests the claim on who said it rather than on evidence.',
  Causal_Oversimplification: 'puts an outcome with many causes down to a single one.',
  Consequential_Oversimplification: 'predicts a chain of consequences without showing why one would follow from another.',
  Straw_Man: 'restates the other side’s position in a weaker form that is easier to attack.',
};

export interface TechniqueCuesData {
  /** The `technique-cues` lexicon: each entry's `category` is the SemEval-2023 technique id it signals. */
  lexicon: Lexicon;
  /** The taxonomy that names the techniques and gives their categories. Default: the compiled one. */
  taxonomy?: Taxonomy | undefined;
  /**
   * The matcher group to join, so that detectors created together scan a document's tokens once
   * (`createDefaultDetectors` passes one). Default: a group of its own.
   */
  matchers?: MatcherGroup | undefined;
}

/**
 * Flags cues of the SemEval-2023 techniques that have no detector of their own: flag waving, appeals to
 * hypocrisy, whataboutism, red herring, doubt, questioning the reputation, appeal to fear, guilt by
 * association, slogans, appeal to time, false dilemma, conversation killers, appeals to popularity and
 * authority, causal and consequential oversimplification, straw man. Phrases come from the lexicon
 * (rule `technique-cues/<technique>/<entry>`); sentence patterns ("X was, is and will always be Y",
 * "What about …?", "either … or", "A is X, B is X, but C is “Y”") from `patterns.ts`
 * (`technique-cues/<technique>/<pattern>`). Confidence is the cue's weight, halved inside quotations;
 * `data.technique` is the SemEval-2023 id and `category` its category.
 *
 * @example
 * const detector = createTechniqueCuesDetector({ lexicon: requireLexicon(loadLexicons(), 'technique-cues') });
 * detector.detect(parse('Freedonia was, is and will always be ours. Experts agree.'));
 * // → Flag_Waving on “Freedonia was, is and will always be ours”, Appeal_to_Authority on “Experts agree”
 */
export function createTechniqueCuesDetector(data: TechniqueCuesData): Detector {
  expectLexicon(data.lexicon, ID, ID);
  const { lexicon } = data;
  const taxonomy = data.taxonomy ?? loadTaxonomy();
  for (const entry of lexicon.entries) {
    const technique = entry.category ?? '';
    if (findTechnique(technique, taxonomy) === undefined || WHY[technique] === undefined) {
      throw new SlantError(
        'SLANT_DATA_INVALID',
        `lexicon technique-cues: entry "${entry.term}" has category "${technique}", expected one of ${Object.keys(WHY).join(', ')} (SemEval-2023 ids from data/techniques.yml)`,
      );
    }
  }
  const group = data.matchers ?? createMatcherGroup();
  const cues = group.matcher(lexicon.entries);
  const anchors = group.matcher(ANCHORS);
  const names = new Map(taxonomy.techniques.map((t) => [t.id, t.name]));
  const categories = new Map(taxonomy.techniques.map((t) => [t.id, categoryOf(t.id, taxonomy)]));
  const rules = [
    ...new Set([
      ...lexicon.entries.filter((e) => e.weight > 0).map((e) => `${ID}/${e.category ?? ''}/${e.rule}`),
      ...STRUCTURAL_RULES.map((r) => `${ID}/${r.technique}/${r.pattern}`),
    ]),
  ];
  return {
    id: ID,
    description: 'Stock phrases and sentence patterns of persuasion techniques (flag waving, whataboutism, doubt, fear, false dilemma, …) that argue by appeal rather than evidence.',
    version: `1.0.0+${lexicon.version}`,
    rules: () => rules,
    detect(doc, options) {
      const found: Cue[] = [];
      for (const m of cues.matchAll(doc.tokens)) {
        const cue = lexiconCue(doc, m);
        if (cue !== undefined) found.push(cue);
      }
      for (const m of anchors.matchAll(doc.tokens)) {
        const cue = m.entry.pattern(doc, m.startToken, m.endToken);
        if (cue !== undefined) found.push(cue);
      }
      for (const sentence of doc.sentences) {
        const cue = rallyingLine(doc, sentence);
        if (cue !== undefined) found.push(cue);
      }
      const findings = strongest(found).map((cue) => toFinding(doc, cue, names.get(cue.technique) ?? cue.technique, categories.get(cue.technique)));
      return finish(findings, options);
    },
  };
}

/** A lexicon match as a cue, with the few context rules that change its weight or extent; undefined to skip it. */
function lexiconCue(doc: ParsedDoc, m: PhraseMatch<LexiconEntry>): Cue | undefined {
  const { entry } = m;
  const technique = entry.category ?? '';
  if (entry.weight === 0) return undefined;
  // "Our Country Party", "the Long Live Foundation": lower-case phrases capitalized mid-sentence are names.
  const named = startsUpper(entry.term);
  if (!named && isNameLike(doc, m.startToken, m.endToken)) return undefined;
  const opens = opensClause(doc, m.startToken);
  if (!opens && CLAUSE_INITIAL.has(entry.rule)) return undefined;
  const base: Cue = {
    technique,
    pattern: entry.rule,
    startToken: m.startToken,
    endToken: m.endToken,
    cue: entry.term,
    weight: entry.weight,
    why: WHY[technique] ?? '',
  };
  if (technique === 'Guilt_by_Association' && named) {
    const from = comparisonBefore(doc, m.startToken, m.endToken);
    if (from < 0) return base;
    const styled = doc.tokens[m.endToken]?.text === '-' ? m.endToken + 2 : m.endToken;
    return {
      ...base,
      pattern: 'compared-to-villain',
      startToken: from,
      endToken: styled,
      cue: tokenText(doc, from, styled),
      weight: Math.max(entry.weight, COMPARED_VILLAIN),
      why: 'compares the target with a figure the reader already condemns (reductio ad Hitlerum).',
    };
  }
  if (technique === 'Doubt') {
    const end = quotationAt(doc, m.endToken);
    if (end < 0) return base;
    return {
      ...base,
      pattern: 'doubt-before-quote',
      endToken: end,
      cue: tokenText(doc, m.startToken, end),
      weight: Math.max(entry.weight, DOUBT_BEFORE_QUOTE),
      why: 'puts a quoted term in doubt twice over, with a doubting word and quotation marks.',
    };
  }
  if (technique === 'Slogans' && !opens) {
    // Right after a verb the words are that verb's complement ("struck down with", "made great again").
    const pos = doc.tokens[m.startToken - 1]?.pos;
    return pos === 'VERB' || pos === 'AUX' ? undefined : { ...base, weight: entry.weight * MID_CLAUSE_SLOGAN };
  }
  return base;
}

/**
 * Of cues of one technique that overlap, the strongest (then the longest, then the first): a lexicon
 * phrase and a pattern often find the same words ("either with us or against us").
 */
function strongest(cues: Cue[]): Cue[] {
  cues.sort((a, b) => (a.technique < b.technique ? -1 : a.technique > b.technique ? 1 : a.startToken - b.startToken || b.endToken - a.endToken));
  const out: Cue[] = [];
  let current: Cue | undefined;
  for (const cue of cues) {
    if (current !== undefined && cue.technique === current.technique && cue.startToken < current.endToken) {
      if (cue.weight > current.weight || (cue.weight === current.weight && cue.endToken - cue.startToken > current.endToken - current.startToken)) current = cue;
      continue;
    }
    if (current !== undefined) out.push(current);
    current = cue;
  }
  if (current !== undefined) out.push(current);
  return out;
}

function toFinding(doc: ParsedDoc, cue: Cue, label: string, category: string | undefined): Finding {
  const tokens = doc.tokens;
  const first = tokens[cue.startToken];
  const last = tokens[cue.endToken - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  const text = slice(doc, start, end);
  const quoted = first?.quoted === true;
  const why = quoted ? `${cue.why.slice(0, -1)}, though inside a quotation it may be the source’s wording rather than the writer’s.` : cue.why;
  return {
    detector: ID,
    rule: `${ID}/${cue.technique}/${cue.pattern}`,
    label,
    ...(category === undefined ? {} : { category }),
    start,
    end,
    text,
    reason: `${evidence(text)} ${why}`,
    confidence: confidence(cue.weight * (quoted ? QUOTED_FACTOR : 1)),
    data: { technique: cue.technique, cue: cue.cue, pattern: cue.pattern, kind: cue.technique, quoted },
  };
}
