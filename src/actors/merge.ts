/** Merging mentions into actors: one key per actor, joined by gazetteer aliases, surnames, acronyms, shorter names and appositions. */
import type { ParsedDoc } from '../nlp/types.js';
import { caseSensitive } from './international.js';
import type { Candidate } from './mentions.js';
import type { ActorResources } from './resources.js';
import type { ActorKind } from './types.js';

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const CONNECTOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'del', 'der', 'von', 'van', 'al', 'el', '&']);

/** Union–find over keys. */
class Keys {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (true) {
      const p = this.parent.get(root);
      if (p === undefined || p === root) break;
      root = p;
    }
    // Path compression keeps later finds short.
    let k = key;
    while (k !== root) {
      const p = this.parent.get(k) as string;
      this.parent.set(k, root);
      k = p;
    }
    return root;
  }

  /** Joins two keys; the first one's root stays the root, so the order of calls decides the canonical key. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** A group of mentions that are one actor, with its name and kind worked out. */
export interface MergedActor {
  key: string;
  name: string;
  kind: ActorKind | 'unknown';
  aliases: string[];
  state?: string | undefined;
  side?: string | undefined;
  /** An international body (a gazetteer actor marked so). */
  international: boolean;
  /** Indexes into the candidate list, in text order. */
  members: number[];
}

/**
 * Groups candidates into actors. Joins: gazetteer names with the state, organisation or person
 * keys of their aliases (and metonyms with what they stand for); a lone surname or unknown name
 * with the one person whose name ends in it ("Aliyev" → "Ilham Aliyev"); an acronym with the
 * organisation whose initials it spells ("EU" → "European Union"); an organisation name with the
 * longer one it ends ("Crisis Group" → "International Crisis Group"); an office with the person
 * holding it when the text says so ("Armenia's Prime Minister, Nikol Pashinyan" or
 * "Armenian Prime Minister Nikol Pashinyan").
 *
 * @example
 * mergeMentions(doc, candidates, resources).map((a) => a.name); // ['Ilham Aliyev', 'Azerbaijan', …]
 */
export function mergeMentions(doc: ParsedDoc, candidates: readonly Candidate[], res: ActorResources): MergedActor[] {
  const keys = new Keys();
  // Gazetteer actors first, so their keys are the roots: their names and aliases join what the rules found.
  const sideOfState = new Map<string, string>();
  for (const actor of res.gazetteer) {
    const target = res.gazetteerTarget.get(actor) ?? actor.name;
    const root = `gazetteer:${norm(target)}`;
    keys.union(root, `gazetteer:${norm(actor.name)}`);
    if (actor.standsFor !== undefined) continue;
    for (const name of [actor.name, ...actor.aliases]) {
      const n = norm(name);
      const info = res.demonym.get(n);
      // An abbreviation joins only mentions the gazetteer matched, as written: a rule mention "Icc" is not the ICC.
      if (!caseSensitive(name)) for (const prefix of ['state', 'org', 'person', 'place', 'name']) keys.union(root, `${prefix}:${n}`);
      if (info?.stateName === true || actor.kind === 'state') {
        const state = norm(info?.state ?? name);
        keys.union(root, `state:${state}`);
        if (actor.side !== undefined) sideOfState.set(state, actor.side);
      }
      // "Armenians" in the gazetteer is the people the nationality rules call people:armenia.
      if (actor.kind === 'group' && info?.people === true) keys.union(root, `people:${norm(info.state)}`);
    }
  }
  for (const c of candidates) keys.find(c.key);
  // An untyped name is the typed actor of the same name, if there is one ("Karabakh" after "in Karabakh").
  const typed = new Map<string, string>();
  for (const c of candidates) if (c.kind !== undefined) typed.set(c.key.slice(c.key.indexOf(':') + 1), c.key);
  for (const c of candidates) {
    const same = c.kind === undefined ? typed.get(c.key.slice(c.key.indexOf(':') + 1)) : undefined;
    if (same !== undefined) keys.union(same, c.key);
  }

  // Offices and the persons who hold them, when a mention carries both title and nationality.
  for (const c of candidates) {
    if (c.kind === 'person' && c.title !== undefined && c.state !== undefined && c.key.startsWith('person:')) keys.union(c.key, `office:${c.title}:${norm(c.state)}`);
  }
  // Appositions: "<office>, <person>" and "<person>, <office>" side by side with a comma between.
  for (let i = 0; i + 1 < candidates.length; i += 1) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    if (b.startToken !== a.endToken + 1 || doc.tokens[a.endToken]?.text !== ',') continue;
    const office = a.key.startsWith('office:') ? a : b.key.startsWith('office:') ? b : undefined;
    const person = a.key.startsWith('person:') ? a : b.key.startsWith('person:') ? b : undefined;
    if (office !== undefined && person !== undefined) keys.union(person.key, office.key);
  }
  // Surnames: a one-word person or unknown name that ends exactly one longer person name.
  const fullNames = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.kind !== 'person' || (c.nameWords?.length ?? 0) < 2) continue;
    const last = c.nameWords?.[c.nameWords.length - 1] as string;
    const set = fullNames.get(last) ?? new Set<string>();
    set.add(keys.find(c.key));
    fullNames.set(last, set);
  }
  for (const c of candidates) {
    if ((c.kind !== 'person' && c.kind !== undefined) || c.nameWords?.length !== 1) continue;
    const owners = fullNames.get(c.nameWords[0] as string);
    if (owners !== undefined && owners.size === 1) keys.union([...owners][0] as string, c.key);
  }
  // Organisations: acronyms and shorter names.
  const isAcronym = (c: Candidate): boolean => /^[A-Z][A-Z.&]+$/.test(c.text.replace(/['’]s$/, ''));
  const orgs = candidates.filter((c) => c.kind === 'organisation' || c.kind === 'state');
  const longNames = orgs.filter((c) => !isAcronym(c));
  for (const c of orgs) {
    if (isAcronym(c)) {
      const letters = c.text.replace(/['’]s$/, '').replace(/\./g, '').toUpperCase();
      const owner = longNames.find((o) => initials(o.text) === letters);
      if (owner !== undefined) keys.union(owner.key, c.key);
      continue;
    }
    if (c.kind !== 'organisation') continue;
    const words = norm(c.text).split(' ');
    if (words.length < 2) continue;
    const owner = longNames.find((o) => {
      const w = norm(o.text).split(' ');
      return o.kind === 'organisation' && w.length > words.length && w.slice(w.length - words.length).join(' ') === words.join(' ');
    });
    if (owner !== undefined) keys.union(owner.key, c.key);
  }

  const groups = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const root = keys.find(c.key);
    const list = groups.get(root);
    if (list === undefined) groups.set(root, [i]);
    else list.push(i);
  });
  return [...groups].map(([key, members]) => {
    const actor = describe(key, members, candidates);
    // Groups and offices of a state take the state's side: "Azerbaijani civilians" are on Azerbaijan's.
    if (actor.side === undefined && actor.state !== undefined) actor.side = sideOfState.get(norm(actor.state));
    return actor;
  });
}

/** The capital letters of a name's words, connectors left out: "European Union" → "EU". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !CONNECTOR_WORDS.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

const KIND_ORDER: ReadonlyArray<ActorKind> = ['person', 'state', 'organisation', 'group', 'place'];

function describe(key: string, members: number[], candidates: readonly Candidate[]): MergedActor {
  const list = members.map((i) => candidates[i] as Candidate);
  const gazetteer = list.find((c) => c.gazetteer !== undefined)?.gazetteer;
  // The kind: the gazetteer's, else the most specific one a mention gives (a person over an office's state).
  let kind: ActorKind | 'unknown' = 'unknown';
  if (gazetteer !== undefined) kind = gazetteer.standsFor === undefined ? gazetteer.kind : (list.find((c) => c.gazetteer?.standsFor === undefined && c.kind !== undefined)?.kind ?? 'state');
  else for (const k of KIND_ORDER) if (list.some((c) => c.kind === k)) {
    kind = k;
    break;
  }
  const name = pickName(list, kind, list.find((c) => c.via === 'gazetteer')?.name);
  const aliases = [...new Set(list.map((c) => c.text))].filter((t) => t !== name).sort();
  const state = list.find((c) => c.state !== undefined)?.state;
  const side = list.find((c) => c.gazetteer?.side !== undefined)?.gazetteer?.side;
  const international = list.some((c) => c.gazetteer?.international === true);
  return { key, name, kind, aliases, state, side, international, members };
}

function pickName(list: readonly Candidate[], kind: ActorKind | 'unknown', gazetteerName: string | undefined): string {
  if (gazetteerName !== undefined) return gazetteerName;
  const onlyOffice = list.every((c) => c.key.startsWith('office:'));
  const office = list.find((c) => c.title !== undefined && c.state !== undefined);
  if (onlyOffice && office !== undefined) return `${titleCase(office.title as string)} of ${office.state as string}`;
  if (kind === 'person') {
    const named = list.filter((c) => c.key.startsWith('person:')).sort((a, b) => (b.nameWords?.length ?? 0) - (a.nameWords?.length ?? 0) || a.start - b.start);
    const best = named[0];
    if (best !== undefined) return best.name;
  }
  if (kind === 'state') {
    const state = list.find((c) => c.kind === 'state');
    if (state !== undefined) return state.name;
  }
  // The longest name given, first seen on ties.
  return [...list].sort((a, b) => b.name.length - a.name.length || a.start - b.start)[0]?.name ?? '';
}

/** "prime minister" → "Prime Minister". */
function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`);
}
