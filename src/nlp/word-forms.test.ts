/** Specification of the word-form table: one number per (lower-case text, lemma), shared lemma numbers, a fresh start. */
import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';
import { createWordForms } from './word-forms.js';

describe('createWordForms', () => {
  it('numbers tokens by lower-case text and lemma, and lemmas on their own', () => {
    const words = createWordForms();
    const tokens = parse('They lie. THEY lied, and they are liars who lie.').tokens;
    const { forms, lemmas } = words.numbers(tokens);
    const at = (text: string, nth = 0): number => tokens.filter((t) => t.text === text)[nth]?.index ?? -1;
    expect(forms[at('They')]).toBe(forms[at('THEY')]);
    expect(forms[at('lie')]).toBe(forms[at('lie', 1)]);
    expect(forms[at('lied')]).not.toBe(forms[at('lie')]);
    expect(lemmas[at('lied')]).toBe(lemmas[at('lie')]);
    expect(lemmas[at('liars')]).not.toBe(lemmas[at('lie')]);
    const form = forms[at('lied')] as number;
    expect([words.lowerOf(form), words.lemmaTextOf(form)]).toEqual(['lied', 'lie']);
    expect(forms.every((f) => f < words.forms)).toBe(true);
    expect(lemmas.every((l) => l < words.lemmas)).toBe(true);
  });

  it('keeps numbers across documents and works each token array out once', () => {
    const words = createWordForms();
    const a = parse('Peace talks resumed.').tokens;
    const b = parse('The talks resumed again.').tokens;
    expect(words.numbers(a)).toBe(words.numbers(a));
    expect(words.numbers(b).forms[1]).toBe(words.numbers(a).forms[1]);
  });

  it('gives one text with two lemmas two forms', () => {
    const words = createWordForms();
    const tokens = parse('He left. The left wing.').tokens;
    const shifted = tokens.map((t) => (t.text === 'left' && t.index > 2 ? { ...t, lemma: 'left' } : t));
    const { forms, lemmas } = words.numbers(shifted);
    const [first, second] = shifted.filter((t) => t.text === 'left').map((t) => t.index);
    expect(forms[first as number]).not.toBe(forms[second as number]);
    expect(lemmas[first as number]).not.toBe(lemmas[second as number]);
    expect(words.numbers(tokens).forms[first as number]).toBe(forms[first as number]);
  });

  it('starts afresh between documents once it holds more than maxForms, with a new epoch', () => {
    const words = createWordForms({ maxForms: 3 });
    const first = parse('one two three four five').tokens;
    words.numbers(first);
    expect(words.epoch).toBe(0);
    const second = parse('six seven').tokens;
    const { forms } = words.numbers(second);
    expect(words.epoch).toBe(1);
    expect([...forms]).toEqual([0, 1]);
    expect(words.lowerOf(0)).toBe('six');
    // Within one document the table never starts afresh: all its numbers stay valid together.
    expect(words.numbers(parse('a b c d e f').tokens).forms).toHaveLength(6);
  });
});
