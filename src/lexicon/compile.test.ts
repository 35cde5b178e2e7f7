/** Specification of the lexicon compiler: what compiles, and the message each kind of bad data gets. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileLexicons, formatLexiconError, normalizeTerm, ruleSlug } from './compile.js';
import { renderLexiconDocs } from './docs.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Compiles the given files in a fresh temp dir; returns formatted errors and lexicons. */
function compile(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'slant-lexicon-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = compileLexicons(dir);
  return { ...result, messages: result.errors.map(formatLexiconError) };
}

const header = (id = 'demo') => `id: ${id}
title: Demo
description: A demo lexicon.
version: 1.0.0
sources:
  - {id: guide, citation: A guideline.}
`;

describe('compileLexicons', () => {
  it('compiles a valid lexicon and fills in defaults', () => {
    const { lexicons, messages } = compile({
      'demo.yml': `${header()}entries:
  - {term: Barbaric, weight: 0.9, source: guide, category: violence}
  - {term: so-called, forms: [socalled], match: exact, weight: 0.8, source: guide, note: a cue}
`,
    });
    expect(messages).toEqual([]);
    expect(lexicons).toHaveLength(1);
    expect(lexicons[0]?.entries).toEqual([
      { term: 'Barbaric', rule: 'barbaric', forms: [], match: 'lemma', weight: 0.9, category: 'violence', source: 'guide' },
      { term: 'so-called', rule: 'so-called', forms: ['socalled'], match: 'exact', weight: 0.8, note: 'a cue', source: 'guide' },
    ]);
  });

  it.each([
    ['a duplicate term', `  - {term: thug, weight: 0.5, source: guide}\n  - {term: Thug, weight: 0.6, source: guide}`, 'demo.yml: entry "Thug": term "Thug" duplicates entry "thug"'],
    ['a duplicate after hyphen folding', `  - {term: so-called, weight: 0.5, source: guide}\n  - {term: so called, weight: 0.6, source: guide}`, 'demo.yml: entry "so called": term "so called" duplicates entry "so-called"'],
    ['a form that repeats another term', `  - {term: tyrant, weight: 0.5, source: guide}\n  - {term: despot, forms: [Tyrant], weight: 0.6, source: guide}`, 'demo.yml: entry "despot": form "Tyrant" duplicates entry "tyrant"'],
    ['an unknown source id', `  - {term: thug, weight: 0.5, source: nowhere}`, 'demo.yml: entry "thug": unknown source "nowhere"; declared sources: guide'],
    ['an empty term', `  - {term: "  ", weight: 0.5, source: guide}`, 'demo.yml: entry #1: term: term is empty'],
    ['a weight above 1', `  - {term: thug, weight: 1.5, source: guide}`, 'demo.yml: entry "thug": weight: weight must be between 0 and 1, got 1.5'],
    ['a negative weight', `  - {term: thug, weight: -0.1, source: guide}`, 'demo.yml: entry "thug": weight: weight must be between 0 and 1, got -0.1'],
    ['an unknown key', `  - {term: thug, wieght: 0.5, weight: 0.5, source: guide}`, 'demo.yml: entry "thug": unknown key "wieght"'],
    ['a missing source', `  - {term: thug, weight: 0.5}`, 'demo.yml: entry "thug": source: missing required field'],
    ['a bad match mode', `  - {term: thug, weight: 0.5, match: fuzzy, source: guide}`, 'demo.yml: entry "thug": match: match must be one of lemma, exact'],
    ['colliding rule ids', `  - {term: "can't", weight: 0.5, source: guide}\n  - {term: cant, weight: 0.5, source: guide}`, 'demo.yml: entry "cant": rule id "cant" collides with entry "can\'t"'],
  ])('reports %s', (_name, entries, message) => {
    const { lexicons, messages } = compile({ 'demo.yml': `${header()}entries:\n${entries}\n` });
    expect(messages).toContain(message);
    expect(lexicons).toEqual([]);
  });

  it('reports a field of the wrong type', () => {
    expect(compile({ 'demo.yml': header().replace('version: 1.0.0', 'version: 1') + 'entries: []\n' }).messages).toEqual(['demo.yml: version: version must be a string']);
    expect(compile({ 'demo.yml': `${header()}entries:\n  - {term: thug, weight: high, source: guide}\n` }).messages).toEqual([
      'demo.yml: entry "thug": weight: weight must be a number between 0 and 1',
    ]);
  });

  it('reports an unknown key in the header', () => {
    expect(compile({ 'demo.yml': `${header()}licence: MIT\nentries: []\n` }).messages).toEqual(['demo.yml: unknown key "licence"']);
  });

  it('reports YAML that does not parse, and keeps compiling other files', () => {
    const { lexicons, messages } = compile({
      'bad.yml': 'id: bad\nentries: [unclosed\n',
      'demo.yml': `${header()}entries: []\n`,
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^bad\.yml: not valid YAML: /);
    expect(lexicons.map((l) => l.id)).toEqual(['demo']);
  });

  it('reports a duplicate key inside one YAML mapping', () => {
    const { messages } = compile({ 'demo.yml': `${header()}entries:\n  - {term: thug, term: goon, weight: 0.5, source: guide}\n` });
    expect(messages[0]).toMatch(/^demo\.yml: not valid YAML: .*unique/i);
  });

  it('requires the id to match the file name', () => {
    expect(compile({ 'other.yml': `${header('demo')}entries: []\n` }).messages).toEqual(['other.yml: id "demo" must equal the file name "other"']);
  });

  it('includes a word-list package, minus its exclusions', () => {
    const { lexicons, messages } = compile({
      'demo.yml': `${header()}include:\n  - {package: hedges, weight: 0.3, source: guide, exclude: [can, will]}\nentries:\n  - {term: allegedly, weight: 0.4, source: guide}\n`,
    });
    expect(messages).toEqual([]);
    const entries = lexicons[0]?.entries ?? [];
    expect(entries.find((e) => e.term === 'perhaps')).toEqual({ term: 'perhaps', rule: 'perhaps', forms: [], match: 'lemma', weight: 0.3, source: 'guide', from: 'hedges' });
    expect(entries.some((e) => e.term === 'can' || e.term === 'will')).toBe(false);
    expect(entries[0]?.term).toBe('allegedly');
  });

  it.each([
    ['an unknown package', `include:\n  - {package: nope, weight: 0.3, source: guide}\nentries: []`, 'demo.yml: entry include nope: unknown package "nope"; includable packages: hedges, weasels'],
    ['an exclusion the package lacks', `include:\n  - {package: hedges, weight: 0.3, source: guide, exclude: [perhap]}\nentries: []`, 'demo.yml: entry include hedges: excludes "perhap", which package hedges does not list'],
    ['a package word that an entry repeats', `include:\n  - {package: hedges, weight: 0.3, source: guide}\nentries:\n  - {term: Perhaps, weight: 0.2, source: guide}`, 'demo.yml: entry include hedges: package word "perhaps" duplicates entry "Perhaps"; exclude it from the include or drop the entry'],
    ['an include with an unknown source', `include:\n  - {package: weasels, weight: 0.3, source: elsewhere}\nentries: []`, 'demo.yml: entry include weasels: unknown source "elsewhere"; declared sources: guide'],
  ])('reports %s', (_name, body, message) => {
    expect(compile({ 'demo.yml': `${header()}${body}\n` }).messages).toContain(message);
  });

  it('reports the same lexicon id in two files', () => {
    const { messages } = compile({ 'demo.yml': `${header()}entries: []\n`, 'demo.yaml': `${header()}entries: []\n` });
    expect(messages).toContain('demo.yml: lexicon id "demo" is already used by demo.yaml');
  });
});

describe('normalizeTerm and ruleSlug', () => {
  it.each([
    ['So-Called', 'so called', 'so-called'],
    ['so–called', 'so called', 'so-called'],
    ['  blood   money ', 'blood money', 'blood-money'],
    ['can’t stop', "can't stop", 'cant-stop'],
  ])('%s → %s, rule %s', (term, normalized, slug) => {
    expect(normalizeTerm(term)).toBe(normalized);
    expect(ruleSlug(term)).toBe(slug);
  });
});

describe('renderLexiconDocs', () => {
  it('renders a table row per written entry, escapes pipes, and lists included words', () => {
    const { lexicons } = compile({
      'demo.yml': `${header()}include:\n  - {package: weasels, weight: 0.3, source: guide, note: Only a few.}\nentries:\n  - {term: thug, weight: 0.8, source: guide, note: "a | b"}\n`,
    });
    const md = renderLexiconDocs(lexicons);
    expect(md).toContain('| thug |  | lemma | 0.8 |  | `guide` | a \\| b |');
    expect(md).toContain('Included from npm package `weasels` (weight 0.3, source `guide`)');
    expect(md).toContain('`reportedly`');
    expect(md).toContain('Do not edit');
  });
});
