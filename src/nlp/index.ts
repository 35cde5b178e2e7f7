/** The NLP layer's public surface. */
export { parse, paragraphRanges, wink } from './parse.js';
export type { ParsedDoc, Paragraph, Sentence, Token } from './types.js';
