/** Word classes the actor rules rely on: titles, organisation heads, group heads, and compromise's lexicon of names and places. */
import { createRequire } from 'node:module';

/**
 * Titles and offices that make the name after them a person ("President Ilham Aliyev") or, with a
 * nationality, stand for one ("the Armenian Prime Minister"). Multi-word titles are listed by their
 * last word's lower-case form and matched backwards (see `titleBefore`). Sources: the style guides'
 * lists of formal titles (AP Stylebook, "titles"; The Guardian and Observer style guide, "titles").
 */
export const TITLES = new Set([
  'president', 'vice-president', 'premier', 'pm', 'minister', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh',
  'sultan', 'shah', 'pope', 'patriarch', 'catholicos', 'archbishop', 'bishop', 'cardinal', 'imam', 'ayatollah', 'rabbi',
  'senator', 'sen.', 'sen', 'congressman', 'congresswoman', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'ambassador',
  'envoy', 'secretary', 'secretary-general', 'general', 'gen.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.', 'lieutenant',
  'lt.', 'admiral', 'marshal', 'commander', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'chairman', 'chairwoman',
  'chair', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof.', 'professor', 'judge', 'justice', 'prosecutor', 'leader',
  'dictator', 'autocrat', 'tsar', 'czar', 'ceo', 'founder', 'director', 'commissioner', 'ombudsman', 'foreign minister', 'defence minister',
]);

/** Titles that name an office of a state: "the Armenian Prime Minister" is a person even without a name. */
export const OFFICE_TITLES = new Set(['president', 'premier', 'pm', 'minister', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'shah', 'leader', 'dictator', 'autocrat', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Two-word titles, first word → second words: "Prime Minister", "Foreign Minister", "Secretary General". */
export const TITLE_PAIRS = new Map<string, Set<string>>([
  ['prime', new Set(['minister'])],
  ['foreign', new Set(['minister', 'secretary'])],
  ['defence', new Set(['minister', 'secretary'])],
  ['defense', new Set(['minister', 'secretary'])],
  ['interior', new Set(['minister'])],
  ['finance', new Set(['minister'])],
  ['deputy', new Set(['minister', 'premier', 'chairman', 'director', 'mayor', 'president'])],
  ['vice', new Set(['president', 'premier', 'chairman'])],
  ['supreme', new Set(['leader', 'commander'])],
  ['state', new Set(['secretary'])],
  ['secretary', new Set(['general'])],
]);

/** Canonical form of a title, so "PM" and "Prime Minister" are one office. */
export function canonicalTitle(words: readonly string[]): string {
  const t = words.map((w) => w.toLowerCase().replace(/\.$/, '')).join(' ');
  if (t === 'pm' || t === 'premier' || t === 'prime minister') return 'prime minister';
  if (t === 'fm') return 'foreign minister';
  return t;
}

/**
 * Last words of organisation names ("Open Society Foundation", "Armenian Foreign Ministry", "European
 * Court of Human Rights"): a capitalized sequence that holds one is an organisation. After Grishman
 * and Sundheim's MUC-6 definition of ORGANIZATION and the designator words of rule-based NER
 * (e.g. Mikheev, Moens & Grover 1999, "Named entity recognition without gazetteers").
 */
export const ORG_HEADS = new Set([
  'ministry', 'committee', 'council', 'group', 'foundation', 'agency', 'parliament', 'army', 'forces', 'force', 'union', 'commission',
  'court', 'department', 'institute', 'institution', 'organization', 'organisation', 'party', 'bank', 'fund', 'office', 'service',
  'services', 'guard', 'guards', 'police', 'assembly', 'congress', 'senate', 'government', 'association', 'movement', 'front',
  'brigade', 'battalion', 'regiment', 'division', 'network', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd',
  'university', 'college', 'times', 'post', 'news', 'media', 'press', 'journal', 'herald', 'tribune', 'telegraph', 'guardian',
  'alliance', 'coalition', 'league', 'society', 'centre', 'center', 'watch', 'cross', 'crescent', 'bureau', 'authority',
  'administration', 'cabinet', 'navy', 'militia', 'corps', 'command', 'board', 'federation', 'nations', 'program', 'programme',
  'observatory', 'initiative', 'project', 'trust', 'forum', 'summit', 'secretariat', 'duma', 'knesset', 'rada', 'kremlin', 'pentagon',
  'church', 'diocese', 'monitor', 'mission', 'international', 'republic',
]);

/** Heads after a nationality that name the state's government: "the Azerbaijani government" is Azerbaijan. */
export const GOVERNMENT_HEADS = new Set(['government', 'governments', 'authorities', 'regime', 'leadership', 'administration', 'state', 'side', 'junta', 'cabinet']);

/** Heads after a nationality that name its armed forces: one actor per state ("Azerbaijani army" = "Azerbaijani soldiers"). */
export const MILITARY_HEADS = new Set([
  'army', 'armies', 'military', 'militaries', 'forces', 'troops', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'military personnel',
  'navy', 'air force', 'artillery', 'paratroopers', 'special forces', 'armed forces', 'units', 'battalions', 'brigades', 'commandos',
]);

/**
 * Heads after a nationality that name a set of persons: "Azerbaijani civilians", "Ukrainian children".
 * Those in `VICTIM_HEADS` are, by themselves, the people that harm befalls in conflict reporting
 * (ACLED's "violence against civilians" category names them).
 */
export const GROUP_HEADS = new Set([
  'civilians', 'children', 'people', 'refugees', 'women', 'families', 'villagers', 'residents', 'citizens', 'population', 'community',
  'communities', 'diplomats', 'officials', 'politicians', 'leaders', 'journalists', 'activists', 'protesters', 'demonstrators',
  'students', 'workers', 'farmers', 'prisoners', 'hostages', 'detainees', 'pows', 'peacekeepers', 'fighters', 'militants', 'rebels',
  'separatists', 'nationalists', 'volunteers', 'mercenaries', 'veterans', 'victims', 'patients', 'pilgrims', 'settlers', 'migrants',
  'minority', 'minorities', 'diaspora', 'lobby', 'elite', 'elites', 'media', 'press', 'public', 'youth', 'clergy', 'priests',
  'christians', 'muslims', 'voters', 'opposition', 'dissidents', 'intellectuals', 'scholars', 'historians', 'experts',
]);

/** Group heads that denote people harm befalls (civilians, children, refugees…). */
export const VICTIM_HEADS = new Set(['civilians', 'children', 'refugees', 'women', 'families', 'villagers', 'residents', 'population', 'prisoners', 'hostages', 'detainees', 'pows', 'victims', 'patients', 'pilgrims', 'migrants', 'minority', 'minorities', 'people']);

/** Words that make the possessive or nationality before them the agent of a harm event ("Armenian shelling", "Russian missiles"). */
export const WEAPON_HEADS = new Set(['missiles', 'missile', 'rockets', 'rocket', 'drones', 'drone', 'shells', 'artillery', 'bombs', 'tanks', 'snipers', 'strikes', 'airstrikes', 'fire', 'gunfire', 'bombardment', 'offensive', 'counteroffensive', 'aggression', 'troops']);

/** Copulas and verbs of seeming: the subject is what the predicate after them says it is. */
export const COPULAS = new Set(['be', 'remain', 'seem', 'appear', 'become', 'look', 'sound', 'stay', 'prove', 'get', 'grow', 'turn']);

/** Words that negate the predicate after them. */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'hardly', 'barely', 'nor', 'cannot']);

/** Determiners that open an appositive noun phrase ("Ilham Aliyev, the longtime autocrat"). */
export const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'whose', 'his', 'her', 'its', 'their', 'our']);

/** compromise's lexicon: lower-case word or phrase → its tags. */
export type NameLexicon = ReadonlyMap<string, readonly string[]>;

let lexicon: NameLexicon | undefined;

/**
 * The parts of compromise's English lexicon (v14) the actor rules use: first and last names,
 * countries, cities, regions and places, organisations, honorifics, and the tags of common words
 * (so a sentence-initial "Initially" is not taken for a name). Loaded once, lazily, through the
 * CommonJS build (about 300 ms and 17 MB the first time): only a process that looks for actors
 * pays it. Looking words up in it costs nothing per document, where running compromise's tagger
 * costs 65–100 ms per 800-word article (measured; see docs/actors.md).
 *
 * @example
 * nameLexicon().get('vladimir'); // ['MaleName']
 */
export function nameLexicon(): NameLexicon {
  if (lexicon !== undefined) return lexicon;
  const require = createRequire(import.meta.url);
  const nlp = require('compromise/two') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const map = new Map<string, readonly string[]>();
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) map.set(word, Array.isArray(tags) ? tags : [tags]);
  lexicon = map;
  return map;
}

/** What compromise's lexicon says a capitalized word or phrase is, if it names something. */
export type LexiconKind = 'first-name' | 'last-name' | 'person' | 'country' | 'place' | 'organisation' | 'honorific' | 'common' | undefined;

/**
 * The kind of name `lower` is in compromise's lexicon; `common` for a known word of another class
 * (a verb, adverb, preposition…), undefined when the lexicon does not have it.
 *
 * @example
 * lexiconKind(nameLexicon(), 'putin'); // 'last-name'
 * lexiconKind(nameLexicon(), 'despite'); // 'common'
 */
export function lexiconKind(names: NameLexicon, lower: string): LexiconKind {
  const tags = names.get(lower);
  if (tags === undefined) return undefined;
  if (tags.includes('Country')) return 'country';
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'organisation';
  if (tags.includes('City') || tags.includes('Region') || tags.includes('Place')) return 'place';
  if (tags.includes('Honorific')) return 'honorific';
  if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) return 'first-name';
  if (tags.includes('LastName')) return 'last-name';
  if (tags.includes('Person')) return 'person';
  return 'common';
}
