/**
 * The singular of an English noun, by suffix rules with the exceptions a news corpus meets: what
 * the lens tables count ("number of bus", not "number of buse"). No dictionary: a word the rules
 * do not know keeps a reading that is at worst the crude one (a final -s dropped).
 */

/** Words in -s that are no plural, or have no other form: kept as written. */
const INVARIANT = new Set([
  'news', 'series', 'species', 'means', 'lens', 'headquarters', 'barracks', 'crossroads', 'whereabouts', 'kudos', 'mews', 'innards',
  'physics', 'ethics', 'politics', 'economics', 'mathematics', 'athletics', 'genetics', 'linguistics', 'logistics', 'electronics',
  'aerobics', 'gymnastics', 'acoustics', 'aesthetics', 'semantics', 'robotics', 'optics', 'analytics', 'geopolitics', 'forensics',
  'diabetes', 'rabies', 'measles', 'mumps', 'herpes', 'shingles', 'clothes',
]);

/** Singulars in -as, -os, -is (a final -s that is no plural ending): "gas", "Texas", "chaos", "tennis". */
const KEPT_IN_S = new Set([
  'gas', 'texas', 'kansas', 'arkansas', 'atlas', 'canvas', 'alias', 'bias', 'christmas', 'hamas', 'whereas', 'pancreas', 'vegas',
  'honduras', 'caracas', 'thomas', 'lucas', 'douglas', 'nicholas', 'abbas', 'chaos', 'ethos', 'pathos', 'cosmos', 'thermos',
  'asbestos', 'lagos', 'carlos', 'santos', 'marcos', 'iris', 'tennis', 'pelvis', 'metropolis', 'chassis', 'paris', 'axis', 'debris',
  'trellis', 'mantis',
]);

/** Singulars in -s whose plural adds -es: "buses" → "bus", "gases" → "gas". */
const ES_AFTER_S = new Set([
  'bus', 'minibus', 'gas', 'virus', 'campus', 'bonus', 'census', 'status', 'focus', 'consensus', 'corpus', 'chorus', 'circus', 'genus',
  'stimulus', 'surplus', 'syllabus', 'prospectus', 'apparatus', 'walrus', 'octopus', 'fetus', 'sinus', 'abacus', 'hiatus', 'nexus',
  'lotus', 'atlas', 'alias', 'bias', 'canvas', 'iris', 'lens', 'plus', 'thesaurus',
]);

/** Plurals in -us of singulars in -u: "menus". */
const U_PLURALS = new Set(['menus', 'gurus', 'emus', 'haikus', 'tutus', 'zebus']);

/** Singulars in -ie and -oe, whose plurals the -ies and -oes rules would misread: "movies" → "movie", "shoes" → "shoe". */
const IE_OE = new Set([
  'movie', 'cookie', 'rookie', 'zombie', 'calorie', 'hippie', 'selfie', 'brownie', 'goalie', 'sortie', 'prairie', 'smoothie', 'freebie',
  'newbie', 'yuppie', 'bookie', 'magpie', 'pixie', 'auntie', 'hoodie', 'veggie', 'genie', 'collie', 'birdie', 'pie', 'tie', 'lie', 'die',
  'shoe', 'toe', 'foe', 'canoe', 'oboe', 'hoe', 'floe', 'throe', 'tiptoe', 'woe', 'horseshoe', 'mistletoe', 'aloe', 'roe', 'doe',
]);

/** Singulars in -che: "niches" → "niche", "tranches" → "tranche" (nouns in -aches are handled by rule). */
const CHE = new Set(['niche', 'cliche', 'avalanche', 'psyche', 'quiche', 'creche', 'tranche', 'douche', 'brioche', 'cloche', 'pastiche', 'fiche', 'microfiche']);

/** Plurals in -ses of singulars in -sis: "crises" → "crisis". */
const SIS_PLURALS = new Set([
  'crises', 'analyses', 'theses', 'hypotheses', 'diagnoses', 'oases', 'emphases', 'syntheses', 'parentheses', 'prognoses', 'paralyses',
  'neuroses', 'psychoses', 'synopses', 'metamorphoses',
]);

/** Plurals in -ves and other irregular ones the rules cannot tell: "wolves" → "wolf", "knives" → "knife". */
const IRREGULAR = new Map([
  ['wolves', 'wolf'], ['halves', 'half'], ['calves', 'calf'], ['shelves', 'shelf'], ['selves', 'self'], ['elves', 'elf'],
  ['leaves', 'leaf'], ['thieves', 'thief'], ['loaves', 'loaf'], ['sheaves', 'sheaf'], ['hooves', 'hoof'], ['scarves', 'scarf'],
  ['wharves', 'wharf'], ['dwarves', 'dwarf'], ['knives', 'knife'], ['wives', 'wife'], ['housewives', 'housewife'],
  ['midwives', 'midwife'], ['lives', 'life'], ['quizzes', 'quiz'],
]);

/**
 * The singular of a lower-case word:
 * - -sses → -ss ("classes"), -xes → -x ("taxes"), -shes → -sh ("dishes"), -ches → -ch ("churches",
 *   but "headaches", "niches"), -ies → -y ("parties", but "movies"), -oes → -o ("heroes", but
 *   "shoes"), -ses → the singular in -s or -sis where one is listed ("buses", "crises"), plurals
 *   in -ves listed ("wolves", "knives"; "representatives" only loses its -s);
 * - words in -ss, -us, -sis, -itis, the listed ones in -as, -os, -is, and "news", "series",
 *   "politics"… stay as they are;
 * - any other word in -s loses it ("Israelis", "convoys").
 *
 * @example
 * singular('buses'); // 'bus'
 * singular('crisis'); // 'crisis'
 */
export function singular(w: string): string {
  if (w.length < 4 || !w.endsWith('s') || INVARIANT.has(w) || KEPT_IN_S.has(w)) return w;
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (w.endsWith('ss') || (w.endsWith('us') && !U_PLURALS.has(w)) || /(?:sis|itis)$/.test(w)) return w;
  if (w.endsWith('es')) {
    const stem = w.slice(0, -2);
    if (SIS_PLURALS.has(w)) return `${stem}is`;
    if (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('shes') || w.endsWith('zzes')) return stem;
    if (w.endsWith('ses')) return ES_AFTER_S.has(stem) ? stem : w.slice(0, -1);
    if (w.endsWith('ches')) return (w.endsWith('aches') && !/[eo]aches$/.test(w)) || CHE.has(w.slice(0, -1)) ? w.slice(0, -1) : stem;
    if (w.endsWith('ies') && w.length > 4) return IE_OE.has(w.slice(0, -1)) ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
    if (w.endsWith('oes')) return IE_OE.has(w.slice(0, -1)) || w.endsWith('shoes') ? w.slice(0, -1) : stem;
  }
  return w.slice(0, -1);
}
