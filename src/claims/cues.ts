/** Word lists the claim readers share: number words, units, currencies, months, qualifiers, and attribution cues. */

/** Cardinal number words and their values (Quirk et al. 1985, §6.63, the English numeral system). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply the number before them ("5.2 million", "3bn"). `m`/`k` count only after a currency. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['tn', 1e12],
]);

/** Abbreviated multipliers that are read only after a currency symbol ("$1.5m", "£20k"). */
export const MONEY_MULTIPLIERS: ReadonlyMap<string, number> = new Map([['m', 1e6], ['k', 1e3], ['b', 1e9]]);

/**
 * Plural number words read as orders of magnitude (vague quantities): the range is [min, max).
 * "Dozens" and "scores" are at least two of their unit and fewer than a hundred, otherwise
 * "hundreds" would be said; "hundreds", "thousands", … span from two of the unit to ten.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, { min: number; max: number; needsOf: boolean }> = new Map([
  ['dozens', { min: 24, max: 100, needsOf: false }],
  ['scores', { min: 40, max: 100, needsOf: true }],
  ['tens', { min: 20, max: 100, needsOf: true }],
  ['hundreds', { min: 200, max: 1000, needsOf: false }],
  ['thousands', { min: 2000, max: 10000, needsOf: false }],
  ['millions', { min: 2e6, max: 1e7, needsOf: false }],
  ['billions', { min: 2e9, max: 1e10, needsOf: false }],
]);

/** Vague multiples of a unit: "several thousand", "a few hundred", "a couple of dozen". Smallest count each implies. */
export const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([['several', 3], ['few', 2], ['couple', 2]]);

/** Qualifiers before a number, longest first, and how each bounds it. */
export const QUALIFIERS: ReadonlyArray<{ words: readonly string[]; bound: 'above' | 'below' | 'about' }> = [
  { words: ['in', 'excess', 'of'], bound: 'above' },
  { words: ['more', 'than'], bound: 'above' },
  { words: ['at', 'least'], bound: 'above' },
  { words: ['upwards', 'of'], bound: 'above' },
  { words: ['well', 'over'], bound: 'above' },
  { words: ['over'], bound: 'above' },
  { words: ['as', 'many', 'as'], bound: 'below' },
  { words: ['as', 'much', 'as'], bound: 'below' },
  { words: ['less', 'than'], bound: 'below' },
  { words: ['fewer', 'than'], bound: 'below' },
  { words: ['up', 'to'], bound: 'below' },
  { words: ['close', 'to'], bound: 'below' },
  { words: ['just', 'under'], bound: 'below' },
  { words: ['nearly'], bound: 'below' },
  { words: ['almost'], bound: 'below' },
  { words: ['under'], bound: 'below' },
  { words: ['an', 'estimated'], bound: 'about' },
  { words: ['approximately'], bound: 'about' },
  { words: ['roughly'], bound: 'about' },
  { words: ['around'], bound: 'about' },
  { words: ['about'], bound: 'about' },
  { words: ['some'], bound: 'about' },
  { words: ['estimated'], bound: 'about' },
];

/** Time units (singular) and their plurals. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['minute', 'minute'], ['minutes', 'minute'], ['hour', 'hour'], ['hours', 'hour'],
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['fortnight', 'fortnight'], ['fortnights', 'fortnight'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
]);

/** Units of measure as written (lower case) → the unit reported. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kms', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometers', 'km'],
  ['mile', 'mile'], ['miles', 'mile'], ['metre', 'm'], ['metres', 'm'], ['meter', 'm'], ['meters', 'm'],
  ['hectare', 'hectare'], ['hectares', 'hectare'], ['acre', 'acre'], ['acres', 'acre'], ['sq', 'square'], ['square', 'square'],
  ['ton', 'tonne'], ['tons', 'tonne'], ['tonne', 'tonne'], ['tonnes', 'tonne'], ['kg', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'],
  ['barrel', 'barrel'], ['barrels', 'barrel'], ['bcm', 'bcm'], ['litre', 'litre'], ['litres', 'litre'], ['liter', 'litre'], ['liters', 'litre'],
  ['megawatt', 'MW'], ['megawatts', 'MW'], ['mw', 'MW'], ['gw', 'GW'], ['gigawatts', 'GW'], ['degrees', 'degree'],
]);

/** Currency words after a number → ISO 4217 code. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['usd', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['eur', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['gbp', 'GBP'], ['sterling', 'GBP'], ['manat', 'AZN'], ['manats', 'AZN'], ['azn', 'AZN'], ['dram', 'AMD'], ['drams', 'AMD'], ['amd', 'AMD'],
  ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['rub', 'RUB'], ['lira', 'TRY'], ['yuan', 'CNY'], ['yen', 'JPY'],
]);

/** Currency symbols before a number → ISO 4217 code. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₼', 'AZN'], ['֏', 'AMD'], ['₺', 'TRY'],
]);

/** Month names and abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5], ['june', 6],
  ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Prepositions that put a following year in time ("by 1993", "in 1984", "since 2020"). */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'by', 'since', 'until', 'till', 'from', 'to', 'before', 'after', 'during', 'of', 'between', 'through', 'circa', 'early', 'late', 'mid', 'around',
]);

/** Multiplying verbs ("to double gas exports"): lemma → factor. */
export const FACTOR_VERBS: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['treble', 3], ['quadruple', 4], ['halve', 0.5]]);

/**
 * Verbs that report speech, writing or findings, beyond the `speech-verbs` lexicon: the verbs of
 * attribution in news (Bergler 1992; Krestel et al. 2008) that introduce a claim's source.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'write', 'state', 'declare', 'add', 'announce', 'tweet', 'insist', 'claim', 'explain', 'note', 'warn', 'argue',
  'remark', 'admit', 'acknowledge', 'report', 'document', 'confirm', 'deny', 'estimate', 'allege', 'accuse', 'assert', 'reveal',
  'stress', 'emphasize', 'emphasise', 'suggest', 'conclude', 'find', 'show', 'indicate', 'record', 'cite', 'maintain',
  'contend', 'predict', 'express', 'testify', 'disclose', 'publish', 'release', 'issue',
]);

/**
 * Reporting verbs that need an object to attribute ("released a statement", "expressed concern"):
 * alone ("Baku released the prisoners") they report an act, not speech.
 */
export const OBJECT_REPORTING_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['express', new Set(['concern', 'concerns', 'displeasure', 'regret', 'hope', 'doubt', 'doubts', 'support', 'outrage', 'alarm', 'dismay'])],
  ['release', new Set(['statement', 'statements', 'report', 'reports', 'figures', 'data'])],
  ['issue', new Set(['statement', 'statements', 'report', 'reports', 'warning', 'warnings'])],
  ['publish', new Set(['report', 'reports', 'figures', 'data', 'study', 'findings'])],
  ['find', new Set(['that'])],
  ['show', new Set(['that'])],
]);

/**
 * Reporting verbs that also name plain acts ("the treaty the Kremlin wrote", "she noted the
 * date"): they attribute only before a complement ("that", a colon or quotation mark) or at the
 * end of the sentence ("…, the ministry noted.").
 */
export const COMPLEMENT_REPORTING_VERBS: ReadonlySet<string> = new Set([
  'write', 'note', 'record', 'indicate', 'cite', 'remark', 'disclose', 'add', 'explain', 'maintain', 'conclude', 'suggest', 'reveal', 'tweet', 'stress',
]);

/** Nouns that name a source document ("a report by Amnesty", "data from the UN"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'report', 'study', 'statement', 'survey', 'investigation', 'analysis', 'data', 'figures', 'estimate', 'estimates', 'census', 'poll',
  'assessment', 'findings', 'review', 'audit', 'count', 'tally',
]);

/**
 * Heads of a source phrase that leave the source unnamed ("officials said", "Western media",
 * "human rights groups"): the unsupported attributions of Wikipedia's words-to-watch guideline.
 */
export const GENERIC_SOURCES: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'analyst', 'analysts', 'observer', 'observers', 'media', 'press',
  'diplomat', 'diplomats', 'critic', 'critics', 'people', 'residents', 'witness', 'witnesses', 'activist', 'activists', 'report',
  'reports', 'group', 'groups', 'organization', 'organizations', 'organisation', 'organisations', 'agency', 'agencies', 'authority',
  'authorities', 'government', 'governments', 'nations', 'country', 'countries', 'researchers', 'scientists', 'scholars', 'historians',
  'journalists', 'correspondents', 'commentators', 'insiders', 'spokesman', 'spokeswoman', 'spokesperson', 'someone', 'many', 'some',
  'others', 'they', 'it', 'studies', 'research', 'data', 'figures', 'officers', 'politicians', 'leaders', 'lawmakers', 'members',
]);

/**
 * Words that end an organization's name ("the International Committee of the Red Cross", "the
 * State Department"): a capitalized run ending in one is a named body.
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'committee', 'council', 'commission', 'court', 'parliament', 'union', 'group', 'ministry', 'department', 'agency', 'organization',
  'organisation', 'bank', 'fund', 'office', 'institute', 'foundation', 'party', 'army', 'forces', 'government', 'congress', 'senate',
  'assembly', 'international', 'nations', 'cross', 'crescent', 'watch', 'service', 'bureau', 'authority', 'federation', 'alliance',
  'times', 'post', 'news', 'journal', 'agency', 'press', 'television', 'radio', 'university', 'centre', 'center', 'association',
]);

/** Modal verbs read as hedges when they govern a verb (Hyland 1998, epistemic modality). */
export const MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'would']);

/** Words that report without vouching (Hyland 1998; Wikipedia words to watch, "alleged"). */
export const REPORTED_CUES: ReadonlySet<string> = new Set(['allegedly', 'reportedly', 'alleged', 'supposedly', 'purportedly', 'ostensibly']);

/** Verbs that attribute only in the agentless passive ("it is believed that", "is known to"). */
export const PASSIVE_ONLY_VERBS: ReadonlySet<string> = new Set(['believe', 'think', 'understand', 'know', 'rumour', 'rumor', 'fear', 'expect', 'say']);

/** Forms of "be" that make a following participle passive ("was reported", "have been documented"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Words skipped between a reporting verb and its subject ("Armenia has also warned", "groups have both released"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'recently', 'repeatedly', 'both', 'all', 'previously', 'already', 'not', "n't", 'publicly', 'openly',
  'officially', 'again', 'later', 'earlier', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do', 'once', 'long', 'since',
  'further', 'separately', 'similarly', 'too', 'then', 'now', 'just', 'often', 'consistently', 'reportedly', 'allegedly',
]);

/** Determiners and quantifiers dropped from the front of a source phrase. */
export const SOURCE_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both', 'all',
]);
