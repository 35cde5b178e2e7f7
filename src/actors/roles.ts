/**
 * Roles from the rule cues: Antagonist (portrayed negatively, does harm), Innocent (suffers harm,
 * asks for sympathy), Protagonist (portrayed positively, helps) — the three main roles of SemEval-2025
 * Task 10 entity framing (Stefanovitch et al. 2025, after the hero–villain–victim triad of narrative
 * framing, e.g. Gomez-Zara et al. 2018) — or neutral when the text casts the actor in none.
 */
import type { Actor, ActorRole } from './types.js';
import { VICTIM_HEADS } from './words.js';

/** Rule evidence per role; a role needs this much before the actor is cast in it. */
export const RULE_ROLE_THRESHOLD = 0.5;
/** A cue inside a quotation may be the source's word, not the writer's: it counts half. */
const QUOTED_FACTOR = 0.5;

/** The summed rule evidence for each role. */
export interface RoleEvidence {
  antagonist: number;
  protagonist: number;
  innocent: number;
}

/**
 * Sums an actor's cues per role: negative portrayal and harm done for antagonist; harm suffered,
 * sympathy words and (weakly) a victim head such as "civilians" for innocent; positive portrayal and
 * help given for protagonist.
 *
 * @example
 * ruleEvidence(actor); // { antagonist: 1.6, protagonist: 0, innocent: 0 }
 */
export function ruleEvidence(actor: Pick<Actor, 'portrayal' | 'harm' | 'mentions'> & { head?: string | undefined }): RoleEvidence {
  const e: RoleEvidence = { antagonist: 0, protagonist: 0, innocent: 0 };
  for (const c of actor.portrayal) {
    const w = c.weight * (c.quoted ? QUOTED_FACTOR : 1);
    if (c.polarity === 'negative') e.antagonist += w;
    else if (c.polarity === 'positive') e.protagonist += w;
    else e.innocent += w;
  }
  for (const h of actor.harm) {
    if (h.kind === 'harm') {
      if (h.role === 'agent') e.antagonist += h.weight;
      else e.innocent += h.weight;
    } else if (h.role === 'agent') e.protagonist += h.weight;
    else e.innocent += 0.5 * h.weight;
  }
  if (actor.head !== undefined && VICTIM_HEADS.has(actor.head) && e.innocent > 0) e.innocent += 0.3;
  return e;
}

/**
 * The role the rule evidence gives, with a score in [0, 1]: the leading role's share of the evidence,
 * damped while the evidence is thin (`s / (s + 0.5)`).
 *
 * @example
 * ruleRole({ antagonist: 1.6, protagonist: 0, innocent: 0 }); // { role: 'antagonist', score: 0.76 }
 */
export function ruleRole(e: RoleEvidence): { role: ActorRole; score: number } {
  const entries: Array<[ActorRole, number]> = [
    ['antagonist', e.antagonist],
    ['innocent', e.innocent],
    ['protagonist', e.protagonist],
  ];
  const total = entries.reduce((n, [, v]) => n + v, 0);
  const [role, best] = entries.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (best < RULE_ROLE_THRESHOLD) return { role: 'neutral', score: Math.round((1 - Math.min(1, total)) * 100) / 100 };
  const score = (best / total) * (best / (best + 0.5));
  return { role, score: Math.round(score * 100) / 100 };
}
