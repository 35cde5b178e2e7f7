/** Conflict packs' actor lists as one gazetteer for the actors lens. */
import type { ActorGazetteer, ActorKind } from './types.js';

/** The part of a pack the gazetteer reads (structurally the same as `Pack` of src/packs). */
export interface PackActors {
  id: string;
  actors: ReadonlyArray<{ name: string; kind: ActorKind; aliases: readonly string[]; side?: string | undefined; standsFor?: string | undefined }>;
}

/**
 * Every pack's actors in one list, in pack order; a name or alias already taken by an earlier
 * pack is left out of a later one (so a state listed in several packs is one actor, with the
 * first pack's side).
 *
 * @example
 * const gazetteer = gazetteerFromPacks(loadPacks());
 * createActorsDetector({ gazetteer });
 */
export function gazetteerFromPacks(packs: readonly PackActors[]): ActorGazetteer {
  const taken = new Set<string>();
  const out: ActorGazetteer = [];
  for (const pack of packs) {
    for (const a of pack.actors) {
      const names = [a.name, ...a.aliases].filter((n) => !taken.has(n.toLowerCase()));
      if (names.length === 0 || taken.has(a.name.toLowerCase())) continue;
      for (const n of names) taken.add(n.toLowerCase());
      out.push({ name: a.name, kind: a.kind, aliases: names.slice(1), ...(a.side === undefined ? {} : { side: a.side }), ...(a.standsFor === undefined ? {} : { standsFor: a.standsFor }) });
    }
  }
  return out;
}
