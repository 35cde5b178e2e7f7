/** Classifier features in words a reader can check against the text. */

const CLASSES: Record<string, string> = { '<num>': 'a number', '<url>': 'a link', '<email>': 'an e-mail address', '<emoji>': 'an emoji' };

/** Marks that say something as features; other punctuation (commas, full stops) is not shown as evidence. */
const TELLING_MARKS = new Set(['!', '?', '"', '“', '”', '…']);

/**
 * English function words: they carry weight in the models (style is a signal) but tell a reader
 * little as evidence, so they are not shown alone. After the closed classes of Quirk et al. (1985):
 * articles, pronouns, auxiliaries, prepositions, conjunctions and common particles.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those some any each every no all both either neither i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs " +
    "be am is are was were been being 's ’s 're 've 'd 'll 'm have has had having do does did doing will would shall should can could may might must " +
    "of in on at by for with from to into onto over under about above below between through during before after since until upon within without against among across along around " +
    "and or but nor so yet if then than as because while although though whether when where what which who whom whose how why there here " +
    "not n't also just only very too more most much many such own same other another up down out off again once"
  ).split(' '),
);

const STYLE: Record<string, string> = {
  quoted: 'share of quoted words',
  i: 'rate of “I”, “me”, “my”',
  we: 'rate of “we”, “us”, “our”',
  you: 'rate of “you”, “your”',
  third: 'rate of third-person pronouns',
  said: 'rate of reporting verbs (say, tell, according to)',
  numbers: 'rate of numbers',
  questions: 'share of questions',
  exclamations: 'share of exclamations',
  marks: 'rate of punctuation',
  'sentence-length': 'mean sentence length',
  length: 'length of the text',
};

const quoted = (w: string): string => CLASSES[w] ?? `“${w}”`;

/** A word alone is worth showing when it has a letter or digit and is not a function word, or is a telling mark. */
const showable = (w: string): boolean => CLASSES[w] !== undefined || TELLING_MARKS.has(w) || (/[\p{L}\p{N}]/u.test(w) && !FUNCTION_WORDS.has(w));

/** In a phrase, a word counts when it has a letter or digit. */
const wordy = (w: string): boolean => CLASSES[w] !== undefined || /[\p{L}\p{N}]/u.test(w);

/**
 * A feature string in words, or `undefined` when it is not worth showing to a reader: plain
 * punctuation, function words alone ("the", "are"), phrases without a content word. Templates:
 * `w=` word, `l=` word form (lemma), `b=` two-word phrase, `r=` rule detector or rule, `ch=` letters
 * inside a word, `st=` a style rate.
 *
 * @example
 * describeClassifierFeature('w=cult'); // 'word “cult”'
 * describeClassifierFeature('b=<s>_so'); // 'opens with “so”'
 * describeClassifierFeature('r=loaded-language/barbaric'); // 'rule loaded-language/barbaric'
 * describeClassifierFeature('w=,'); // undefined
 */
export function describeClassifierFeature(feature: string): string | undefined {
  const eq = feature.indexOf('=');
  if (eq === -1) return undefined;
  const prefix = feature.slice(0, eq);
  const value = feature.slice(eq + 1);
  switch (prefix) {
    case 'w':
      return showable(value) ? `word ${quoted(value)}` : undefined;
    case 'l':
      return showable(value) ? `word form of ${quoted(value)}` : undefined;
    case 'b': {
      const cut = value.indexOf('_', value.startsWith('<s>') ? 3 : 1);
      if (cut === -1) return undefined;
      const a = value.slice(0, cut);
      const b = value.slice(cut + 1);
      if (a === '<s>') return showable(b) ? `opens with ${quoted(b)}` : undefined;
      if (!showable(a) && !showable(b)) return undefined;
      if (!wordy(a) || !wordy(b)) return showable(a) || showable(b) ? `word ${quoted(showable(a) ? a : b)}` : undefined;
      return `phrase “${[a, b].map((w) => CLASSES[w] ?? w).join(' ')}”`;
    }
    case 'r':
      return `rule ${value}`;
    case 'ch': {
      const letters = value.replace(/^_|_$/g, '');
      if (letters === '') return undefined;
      const where = value.startsWith('_') ? (value.endsWith('_') ? 'the word' : 'words starting') : value.endsWith('_') ? 'words ending' : 'letters';
      return `${where} “${letters}”`;
    }
    case 'st':
      return STYLE[value];
    default:
      return undefined;
  }
}
