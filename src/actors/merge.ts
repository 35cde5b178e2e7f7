/** Merging mentions into actors: one key per actor, joined by gazetteer aliases, surnames, acronyms, shorter names and appositions. */
import type { ParsedDoc } from '../nlp/types.js';
import { caseSensitive } from './international.js';
import type { Candidate } from './mentions.js';
import type { ActorResources } from './resources.js';
import type { ActorKind } from './types.js';
import { lexiconKind } from './words.js';

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
  /**
   * The actor's key. A person's is `person:` and the fullest name the document gives, without title or
   * possessive, in lower case ("person:donald trump"; "person:trump" where the text gives only the surname),
   * so that documents can be compared by it; other actors keep the key their mentions were merged under.
   */
  key: string;
  /** A named person's surname, in lower case ("trump"). */
  surname?: string | undefined;
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
 * with the one person whose surname it is ("Aliyev" → "Ilham Aliyev"; a name with a suffix, "Ilham
 * Aliyev Jr.", only when it comes before the surname alone); a name typed by its context only (a
 * place after "in") with a firmer reading of it; an acronym with the organisation whose initials it
 * spells ("EU" → "European Union"); an organisation name with the one longer name it ends ("Crisis
 * Group" → "International Crisis Group"), unless what comes before it is a place ("Dallas Tea Party"
 * is not the "Tea Party"); an office with the person holding it when the text says so ("Armenia's
 * Prime Minister, Nikol Pashinyan" or "Armenian Prime Minister Nikol Pashinyan").
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
  // An untyped name is the typed actor of the same name, if there is one ("Karabakh" after "in Karabakh"). A name typed by
  // its context only (a place after "to") yields to a firmer reading: "President Trump" makes "to Trump" the person; so
  // does a word in capitals read as an acronym ("TUSCALOOSA, Ala." in a dateline, "in Tuscaloosa" in the text).
  const typed = new Map<string, { key: string; rank: number }>();
  for (const c of candidates) {
    if (c.kind === undefined) continue;
    const word = c.key.slice(c.key.indexOf(':') + 1);
    const rank = (2 - firmness(c)) * KIND_ORDER.length + KIND_ORDER.indexOf(c.kind);
    const seen = typed.get(word);
    if (seen === undefined || rank < seen.rank) typed.set(word, { key: c.key, rank });
  }
  for (const c of candidates) {
    if (!yields(c)) continue;
    const same = typed.get(c.key.slice(c.key.indexOf(':') + 1));
    if (same !== undefined) keys.union(same.key, c.key);
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
  // Surnames: a one-word person, unknown or guessed name that is the surname of exactly one longer person name.
  const mayBeSurname = (c: Candidate): boolean => (c.kind === 'person' || c.kind === undefined || c.weak === true) && c.nameWords?.length === 1;
  const firstBare = new Map<string, number>();
  for (const c of candidates) if (mayBeSurname(c) && !firstBare.has(c.nameWords?.[0] as string)) firstBare.set(c.nameWords?.[0] as string, c.start);
  const fullNames = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.kind !== 'person' || (c.nameWords?.length ?? 0) < 2) continue;
    const last = surnameOf(c.nameWords ?? []);
    if (last === undefined) continue;
    // A name with a suffix ("Donald Trump Jr.") claims the surname only when it comes first: after "Trump" alone, it is a relative.
    if (last !== c.nameWords?.[c.nameWords.length - 1] && (firstBare.get(last) ?? Infinity) < c.start) continue;
    const set = fullNames.get(last) ?? new Set<string>();
    set.add(keys.find(c.key));
    fullNames.set(last, set);
  }
  for (const c of candidates) {
    if (!mayBeSurname(c)) continue;
    const owners = fullNames.get(c.nameWords?.[0] as string);
    if (owners !== undefined && owners.size === 1) keys.union([...owners][0] as string, c.key);
  }
  // Organisations: acronyms and shorter names.
  const isAcronym = (c: Candidate): boolean => /^[A-Z][A-Z.&]+$/.test(c.text.replace(/['’]s$/, ''));
  const orgs = candidates.filter((c) => c.kind === 'organisation' || c.kind === 'state');
  const places = new Set(candidates.filter((c) => c.kind === 'place').map((c) => norm(c.name)));
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
    // Only a name that ends one longer name, and not one of a place: the "Dallas Tea Party" is a local group of the "Tea
    // Party". A local body named by its kind ("the City Council" after "the South Bend City Council") refers back all the same.
    const owners = new Set<string>();
    for (const o of longNames) {
      const w = norm(o.text).split(' ');
      if (o.kind !== 'organisation' || w.length <= words.length || w.slice(w.length - words.length).join(' ') !== words.join(' ')) continue;
      if (LOCAL_BODY.has(words[0] as string) || !isPlace(w.slice(0, w.length - words.length).join(' '), res, places)) owners.add(keys.find(o.key));
    }
    if (owners.size === 1) keys.union([...owners][0] as string, c.key);
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

/** First words of the name of a local body by its kind: "City Council", "State Senate", "County Commission". */
const LOCAL_BODY = new Set(['city', 'county', 'state', 'town', 'village', 'municipal', 'district', 'provincial', 'regional', 'parish', 'borough']);

/** Words that close a person's name after the surname ("Martin Luther King Jr."). */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The surname of a person's name words (lower case, without title): the last word, past a suffix ("king" of "martin luther king jr."). */
function surnameOf(words: readonly string[]): string | undefined {
  let end = words.length;
  while (end > 1 && NAME_SUFFIXES.has(words[end - 1] as string)) end -= 1;
  return words[end - 1];
}

/** Whether the words before an organisation's shorter name are a place: a city or region the lexicon knows, or one the document names. */
function isPlace(prefix: string, res: ActorResources, places: ReadonlySet<string>): boolean {
  if (places.has(prefix)) return true;
  const plain = prefix.replace(/\./g, '');
  return [prefix, plain, plain.split(' ')[0] ?? ''].some((p) => lexiconKind(res.names, p) === 'place');
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

/**
 * How firmly a mention's kind is known: 2 from the words themselves, 1 from the context only (a place after
 * "in"), 0 for a word in capitals read as an acronym: "TUSCALOOSA, Ala." in a dateline is a place the text
 * also writes "in Tuscaloosa".
 */
const firmness = (c: Candidate): number => (c.via === 'acronym' && c.kind === 'organisation' ? 0 : c.weak === true ? 1 : 2);
/** A mention whose kind is a guess (or that has none): it yields to a firmer reading of the same name. */
const yields = (c: Candidate): boolean => c.kind === undefined || firmness(c) < 2;

function describe(key: string, members: number[], candidates: readonly Candidate[]): MergedActor {
  const list = members.map((i) => candidates[i] as Candidate);
  const gazetteer = list.find((c) => c.gazetteer !== undefined)?.gazetteer;
  // The kind: the gazetteer's, else the most specific one a mention gives (a person over an office's state).
  let kind: ActorKind | 'unknown' = 'unknown';
  if (gazetteer !== undefined) kind = gazetteer.standsFor === undefined ? gazetteer.kind : (list.find((c) => c.gazetteer?.standsFor === undefined && c.kind !== undefined)?.kind ?? 'state');
  else {
    // A guessed kind counts only when no mention gives a firmer one.
    const typed = list.filter((c) => c.kind !== undefined);
    const most = Math.max(...typed.map(firmness));
    const found = KIND_ORDER.find((k) => typed.some((c) => c.kind === k && firmness(c) === most));
    if (found !== undefined) kind = found;
  }
  const name = pickName(list, kind, list.find((c) => c.via === 'gazetteer')?.name);
  const aliases = [...new Set(list.map((c) => c.text))].filter((t) => t !== name).sort();
  const state = list.find((c) => c.state !== undefined)?.state;
  const side = list.find((c) => c.gazetteer?.side !== undefined)?.gazetteer?.side;
  const international = list.some((c) => c.gazetteer?.international === true);
  // A named person is keyed by the fullest name the document gives, so that documents can be compared by it.
  const named = gazetteer === undefined && kind === 'person' ? list.filter((c) => c.key.startsWith('person:') && c.nameWords !== undefined) : [];
  const full = named.sort((a, b) => (b.nameWords?.length ?? 0) - (a.nameWords?.length ?? 0) || a.start - b.start)[0];
  const surname = full === undefined ? undefined : surnameOf(full.nameWords ?? []);
  return { key: full === undefined ? key : `person:${norm(full.name)}`, surname, name, kind, aliases, state, side, international, members };
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
  // The longest name given, first seen on ties; a word in capitals read as an acronym only when there is no other.
  return [...list].sort((a, b) => Math.min(firmness(b), 1) - Math.min(firmness(a), 1) || b.name.length - a.name.length || a.start - b.start)[0]?.name ?? '';
}

/** "prime minister" → "Prime Minister". */
function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`);
}
