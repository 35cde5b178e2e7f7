import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGES, MIN_LANGUAGE_LENGTH, detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['eng', 'The regional water commission met on Tuesday to discuss the summer releases from the dam, but no agreement was reached.'],
    ['fra', "La commission régionale de l'eau s'est réunie mardi pour discuter des lâchers d'eau de l'été, sans parvenir à un accord."],
    ['deu', 'Die regionale Wasserkommission traf sich am Dienstag, um über die sommerlichen Abgaben aus dem Staudamm zu beraten.'],
    ['spa', 'La comisión regional del agua se reunió el martes para discutir las descargas de verano de la presa, sin llegar a un acuerdo.'],
    ['rus', 'Региональная водная комиссия собралась во вторник, чтобы обсудить летние сбросы воды из плотины, но соглашения достичь не удалось.'],
    ['hye', 'Ջրային տարածաշրջանային հանձնաժողովը երեքշաբթի օրը հավաքվեց՝ քննարկելու ամառային ջրաթողքերը, սակայն համաձայնություն ձեռք չբերվեց։'],
  ])('recognizes %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['a short headline', 'Dam talks stall again'],
    ['49 characters of clear English', 'The committee met on Tuesday and agreed nothing.'.padEnd(MIN_LANGUAGE_LENGTH - 1, '.')],
    ['long whitespace around a short text', `   ${'Short text'}   ${' '.repeat(80)}`],
  ])('answers und for %s', (_name, text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  it('answers only with languages on the allow-list', () => {
    const german = 'Die regionale Wasserkommission traf sich am Dienstag, um über die sommerlichen Abgaben aus dem Staudamm zu beraten.';
    expect(['eng', 'fra', 'und']).toContain(detectLanguage(german, ['eng', 'fra']));
    expect(detectLanguage(german, ['deu'])).toBe('deu');
  });

  it('allows every franc language when the list is empty', () => {
    const text = 'The regional water commission met on Tuesday to discuss the summer releases from the dam, but no agreement was reached.';
    expect(detectLanguage(text, [])).toMatch(/^[a-z]{3}$/);
  });

  it('has a default allow-list of ISO 639-3 codes including both sides of the seed conflict', () => {
    expect(DEFAULT_LANGUAGES).toEqual(expect.arrayContaining(['eng', 'hye', 'aze', 'rus']));
    for (const code of DEFAULT_LANGUAGES) expect(code).toMatch(/^[a-z]{3}$/);
  });
});
