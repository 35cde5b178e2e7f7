/** The `claims` lens detector: one finding per factual claim, with its numbers, dates, source and hedges in `data`. */
import type { Finding } from '../core/finding.js';
import type { Detector } from '../detectors/detector.js';
import { confidence, evidence, finish } from '../detectors/support.js';
import type { ClaimExtractor } from './extract.js';
import type { Claim, ClaimBasis, DateMention, Quantity } from './types.js';

const ID = 'claims';

/** The rule of a claim by its attribution. */
export const CLAIM_RULES = {
  named: `${ID}/attributed`,
  anonymous: `${ID}/anonymous-source`,
  none: `${ID}/unattributed`,
} as const;

const BASIS_WORDS: Record<ClaimBasis, string> = { model: 'a check-worthy fact', numbers: 'figures', dates: 'dates', source: 'what a source said' };

/** Confidence of a claim found by numbers alone when no model is loaded. */
const NO_MODEL_CONFIDENCE = 0.5;

/** A quantity in a few words: "more than 600,000 (Azerbaijanis)", "7 months", "40 percent". */
export function describeQuantity(q: Quantity): string {
  const figure = q.value !== undefined ? q.value.toLocaleString('en-US') : q.range !== undefined ? `${q.range.min.toLocaleString('en-US')}–${q.range.max.toLocaleString('en-US')}` : q.text;
  const shown = q.vague ? `“${q.text.replace(/\s+/g, ' ')}” (vague: ${figure})` : `${q.qualifier === undefined ? '' : `${q.qualifier.toLowerCase()} `}${q.kind === 'factor' ? `×${figure}` : figure}`;
  const unit = q.unit === undefined ? '' : q.unit === 'percent' ? '%' : ` ${q.unit}${q.kind === 'duration' && q.value !== 1 ? 's' : ''}`;
  const what = q.what === undefined || q.vague ? '' : ` ${q.what.replace(/\s+/g, ' ')}`;
  return `${shown}${unit}${what}`;
}

/** A date in a few words: "“December 12th, 2022” (2022-12-12)", "“last year” (relative)", "“in recent days” (vague time)". */
export function describeDate(d: DateMention): string {
  const text = `“${d.text.replace(/\s+/g, ' ')}”`;
  if (d.kind === 'vague') return `${text} (vague time)`;
  if (d.date === undefined) return `${text} (${d.kind})`;
  return d.date === d.text ? d.date : `${text} (${d.kind === 'relative' ? `relative: ${d.date}` : d.date})`;
}

function label(claim: Claim): string {
  const source = claim.attribution === null || claim.attribution.kind === 'none' ? 'unattributed' : claim.attribution.kind === 'named' ? 'attributed' : 'unnamed source';
  return `Claim (${source}${claim.hedged ? ', hedged' : ''})`;
}

function reason(claim: Claim): string {
  const parts: string[] = [];
  const score = claim.checkWorthiness === undefined ? '' : ` (check-worthiness ${claim.checkWorthiness.toFixed(2)})`;
  parts.push(claim.basis[0] === 'model' ? `Check-worthy factual claim${score}` : `Asserts ${claim.basis.map((b) => BASIS_WORDS[b]).join(' and ')}${score}`);
  const facts = [...claim.numbers.map(describeQuantity), ...claim.dates.map(describeDate)];
  if (facts.length > 0) parts.push(`figures and dates: ${facts.slice(0, 4).join(', ')}${facts.length > 4 ? '…' : ''}`);
  const a = claim.attribution;
  if (a === null) parts.push('no source given');
  else if (a.kind === 'none') parts.push(`reported without a source (${evidence(a.cue)})`);
  else parts.push(`${a.kind === 'named' ? 'source' : 'unnamed source'} ${evidence(a.source ?? a.text)} (${evidence(a.cue)})`);
  if (claim.hedged) parts.push(`hedged by ${claim.hedges.map((h) => evidence(h.text)).join(', ')}`);
  return `${parts.join('; ')}.`;
}

function toFinding(claim: Claim, modelId: string | undefined): Finding {
  const rule = CLAIM_RULES[claim.attribution?.kind ?? 'none'];
  return {
    detector: ID,
    rule,
    label: label(claim),
    start: claim.start,
    end: claim.end,
    text: claim.text,
    reason: reason(claim),
    confidence: confidence(claim.checkWorthiness ?? NO_MODEL_CONFIDENCE),
    data: {
      checkWorthiness: claim.checkWorthiness === undefined ? null : Math.round(claim.checkWorthiness * 1000) / 1000,
      basis: claim.basis,
      numbers: claim.numbers,
      dates: claim.dates,
      attribution: claim.attribution,
      hedged: claim.hedged,
      hedges: claim.hedges,
      evidence: claim.evidence,
      model: modelId ?? null,
    },
  };
}

/**
 * The claims detector over an extractor. One finding per claim (the sentence), with rule
 * `claims/attributed` (a named source), `claims/anonymous-source` (an unnamed one) or
 * `claims/unattributed` (none, or "it was reported"); hedging is in the label and `data.hedged`.
 * No technique category: a claim is not a persuasion technique. Confidence is the
 * check-worthiness score (0.5 when no model is loaded). Needs POS tags, as the model does.
 *
 * @example
 * const detector = createClaimsDetector(createClaimExtractor({ model, hedges }), model?.id);
 * detector.detect(parse('Officials said 40 people died.', { pos: true }));
 * // → [{ rule: 'claims/anonymous-source', label: 'Claim (unnamed source)', data: { numbers: [{ value: 40, … }], … } }]
 */
export function createClaimsDetector(extract: ClaimExtractor, modelId?: string): Detector {
  const rules = Object.values(CLAIM_RULES);
  return {
    id: ID,
    description: 'Factual claims worth checking, with their figures, dates, sources and hedges.',
    version: `1.1.0+${modelId ?? 'no-model'}`,
    requires: ['pos'],
    rules: () => rules,
    detect(doc, options) {
      return finish(
        extract(doc).map((c) => toFinding(c, modelId)),
        options,
      );
    },
  };
}
