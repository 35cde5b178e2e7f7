/** Specification of the taxonomy compiler: the shipped data compiles, and each kind of bad entry gets its message. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PTC_TECHNIQUES } from '../train/datasets/ptc.js';
import { SEMEVAL2023_TECHNIQUES } from '../train/datasets/semeval2023.js';
import { compileTaxonomy, formatTaxonomyError, normalizeCue } from './compile.js';
import { renderTaxonomyDocs } from './docs.js';

const DATA = new URL('../../data/techniques.yml', import.meta.url);
const DOCS = new URL('../../docs/techniques.md', import.meta.url);

type Entry = Record<string, unknown>;
interface Data {
  version: string;
  sources: Entry[];
  categories: Entry[];
  techniques: Entry[];
  ptcLabels: Entry[];
  ptcTechniques: Entry[];
}

/** A small valid taxonomy: every category with one technique, two PTC labels, two PTC techniques. */
const valid = (): Data => ({
  version: '1.0.0',
  sources: [{ id: 'guide', citation: 'A guideline.' }],
  categories: ['attack-on-reputation', 'justification', 'simplification', 'distraction', 'call', 'manipulative-wording'].map((id) => ({
    id,
    name: id,
    description: `The ${id} category.`,
    source: 'guide',
  })),
  techniques: [
    ['Name_Calling-Labeling', 'attack-on-reputation'],
    ['Flag_Waving', 'justification'],
    ['Causal_Oversimplification', 'simplification'],
    ['Whataboutism', 'distraction'],
    ['Straw_Man', 'distraction'],
    ['Slogans', 'call'],
    ['Loaded_Language', 'manipulative-wording'],
  ].map(([id, category]) => ({ id, name: id, category, definition: `What ${id} is.`, cues: ['a cue'], source: 'guide' })),
  ptcLabels: [
    { id: 'Name_Calling,Labeling', name: 'Name calling', semeval2023: ['Name_Calling-Labeling'], source: 'guide' },
    { id: 'Whataboutism,Straw_Men,Red_Herring', name: 'Distractions', semeval2023: ['Whataboutism', 'Straw_Man'], source: 'guide' },
  ],
  ptcTechniques: [
    { id: 'Straw_Men', name: 'Straw men', ptcLabel: 'Whataboutism,Straw_Men,Red_Herring', semeval2023: 'Straw_Man', source: 'guide' },
    { id: 'Obfuscation', name: 'Obfuscation', ptcLabel: null, semeval2023: 'Loaded_Language', source: 'guide' },
  ],
});

const messages = (data: unknown): string[] => compileTaxonomy(JSON.stringify(data), 't.yml').errors.map(formatTaxonomyError);
const edit = (change: (d: Data) => void): string[] => {
  const d = valid();
  change(d);
  return messages(d);
};

describe('compileTaxonomy', () => {
  it('compiles a valid taxonomy', () => {
    const { taxonomy, errors } = compileTaxonomy(JSON.stringify(valid()));
    expect(errors).toEqual([]);
    expect(taxonomy?.techniques.map((t) => t.id)).toHaveLength(7);
    expect(taxonomy?.ptcTechniques[1]).toEqual({ id: 'Obfuscation', name: 'Obfuscation', ptcLabel: null, semeval2023: 'Loaded_Language', source: 'guide' });
  });

  it.each<[string, (d: Data) => void, string]>([
    ['an unknown category', (d) => void (d.categories[0]!.id = 'ad-hominem'), 't.yml: categories[1] "ad-hominem": unknown category "ad-hominem"; the SemEval-2023 categories are attack-on-reputation, justification, simplification, distraction, call, manipulative-wording'],
    ['a missing category', (d) => void d.categories.pop(), 't.yml: category "manipulative-wording" is missing from categories'],
    ['a technique in an undeclared category', (d) => void (d.techniques[1]!.category = 'persuasion'), 't.yml: techniques[2] "Flag_Waving": unknown category "persuasion"; declared categories: attack-on-reputation, justification, simplification, distraction, call, manipulative-wording'],
    ['a duplicate technique id', (d) => void d.techniques.push({ ...d.techniques[0]! }), 't.yml: techniques[8] "Name_Calling-Labeling": duplicate id "Name_Calling-Labeling" in techniques'],
    ['a duplicate PTC label', (d) => void d.ptcLabels.push({ ...d.ptcLabels[0]!, semeval2023: ['Slogans'] }), 't.yml: ptcLabels[3] "Name_Calling,Labeling": duplicate id "Name_Calling,Labeling" in ptcLabels'],
    ['a mapping to an unknown technique', (d) => void (d.ptcLabels[0]!.semeval2023 = ['Name_Calling']), 't.yml: ptcLabels[1] "Name_Calling,Labeling": maps to unknown SemEval-2023 technique "Name_Calling"'],
    ['two labels claiming one technique', (d) => void (d.ptcLabels[1]!.semeval2023 = ['Whataboutism', 'Name_Calling-Labeling']), 't.yml: ptcLabels[2] "Whataboutism,Straw_Men,Red_Herring": maps to "Name_Calling-Labeling", which PTC label "Name_Calling,Labeling" already covers'],
    ['an empty mapping', (d) => void (d.ptcLabels[0]!.semeval2023 = []), 't.yml: ptcLabels[1] "Name_Calling,Labeling": semeval2023: semeval2023 must map to at least one technique'],
    ['a PTC technique folded into an unknown label', (d) => void (d.ptcTechniques[0]!.ptcLabel = 'Straw_Men'), 't.yml: ptcTechniques[1] "Straw_Men": folded into unknown PTC label "Straw_Men"'],
    ['a PTC technique mapped outside its label', (d) => void (d.ptcTechniques[0]!.semeval2023 = 'Slogans'), 't.yml: ptcTechniques[1] "Straw_Men": maps to "Slogans", but its PTC label "Whataboutism,Straw_Men,Red_Herring" covers only Whataboutism, Straw_Man'],
    ['a PTC technique mapped to an unknown technique', (d) => void (d.ptcTechniques[1]!.semeval2023 = 'Vagueness'), 't.yml: ptcTechniques[2] "Obfuscation": maps to unknown SemEval-2023 technique "Vagueness"'],
    ['a missing source', (d) => void delete d.techniques[0]!.source, 't.yml: techniques[1] "Name_Calling-Labeling": source: missing required field'],
    ['an undeclared source', (d) => void (d.ptcLabels[0]!.source = 'wikipedia'), 't.yml: ptcLabels[1] "Name_Calling,Labeling": unknown source "wikipedia"; declared sources: guide'],
    ['an empty definition', (d) => void (d.techniques[2]!.definition = ' '), 't.yml: techniques[3] "Causal_Oversimplification": definition: definition is empty'],
    ['an unknown key', (d) => void (d.techniques[0]!.examples = ['x']), 't.yml: techniques[1] "Name_Calling-Labeling": unknown key "examples"'],
    ['a cue listed twice', (d) => void (d.techniques[0]!.cues = ['Puppet of', 'puppet  of']), 't.yml: techniques[1] "Name_Calling-Labeling": cue "puppet  of" is listed twice'],
    ['a label with a space', (d) => void (d.ptcLabels[0]!.id = 'Name Calling'), 't.yml: ptcLabels[1] "Name Calling": id: PTC label may hold only letters, digits, _, - and ,'],
    ['a category with no technique', (d) => void (d.techniques = d.techniques.filter((t) => t.category !== 'call')), 't.yml: category "call" has no techniques'],
  ])('reports %s', (_name, change, message) => {
    expect(edit(change)).toContain(message);
    const d = valid();
    change(d);
    expect(compileTaxonomy(JSON.stringify(d)).taxonomy).toBeUndefined();
  });

  it('reports YAML that does not parse and duplicate keys', () => {
    expect(compileTaxonomy('version: [1', 't.yml').errors.map(formatTaxonomyError)[0]).toMatch(/^t\.yml: not valid YAML/);
    expect(compileTaxonomy('version: 1.0.0\nversion: 1.0.1\n', 't.yml').errors[0]?.message).toMatch(/not valid YAML/);
  });

  it('reports a missing section', () => {
    expect(edit((d) => void delete (d as Partial<Data>).ptcTechniques)).toEqual(['t.yml: ptcTechniques: missing required field']);
  });
});

describe('normalizeCue', () => {
  it.each([
    ["It's  what it is!", "it's what it is"],
    ['So‑called “experts”', 'so called experts'],
    ['Don’t', "don't"],
  ])('%s → %s', (input, expected) => expect(normalizeCue(input)).toBe(expected));
});

describe('data/techniques.yml', () => {
  const { taxonomy, errors } = compileTaxonomy(readFileSync(DATA, 'utf8'));

  it('compiles without errors', () => {
    expect(errors.map(formatTaxonomyError)).toEqual([]);
  });

  it('has exactly the label sets of the datasets: 23 SemEval-2023 techniques, 14 PTC labels, 18 PTC techniques', () => {
    expect(taxonomy?.techniques.map((t) => t.id).sort()).toEqual([...SEMEVAL2023_TECHNIQUES].sort());
    expect(taxonomy?.ptcLabels.map((l) => l.id).sort()).toEqual([...PTC_TECHNIQUES].sort());
    expect(taxonomy?.ptcTechniques).toHaveLength(18);
  });

  it('puts the techniques in the categories of Piskorski et al. (2023)', () => {
    const byCategory = Object.fromEntries(
      (taxonomy?.categories ?? []).map((c) => [c.id, (taxonomy?.techniques ?? []).filter((t) => t.category === c.id).map((t) => t.id).sort()]),
    );
    expect(byCategory).toEqual({
      'attack-on-reputation': ['Appeal_to_Hypocrisy', 'Doubt', 'Guilt_by_Association', 'Name_Calling-Labeling', 'Questioning_the_Reputation'],
      justification: ['Appeal_to_Authority', 'Appeal_to_Fear-Prejudice', 'Appeal_to_Popularity', 'Appeal_to_Values', 'Flag_Waving'],
      simplification: ['Causal_Oversimplification', 'Consequential_Oversimplification', 'False_Dilemma-No_Choice'],
      distraction: ['Red_Herring', 'Straw_Man', 'Whataboutism'],
      call: ['Appeal_to_Time', 'Conversation_Killer', 'Slogans'],
      'manipulative-wording': ['Exaggeration-Minimisation', 'Loaded_Language', 'Obfuscation-Vagueness-Confusion', 'Repetition'],
    });
  });

  it('is what docs/techniques.md shows (run `npm run build:data` after editing the YAML)', () => {
    expect(taxonomy).toBeDefined();
    if (taxonomy !== undefined) expect(readFileSync(DOCS, 'utf8')).toBe(renderTaxonomyDocs(taxonomy));
  });
});
