/** Specification of the taxonomy lookups: PTC ↔ SemEval-2023 mappings and categories, on the shipped taxonomy. */
import { describe, expect, it } from 'vitest';
import { categoryOf, findTechnique, loadTaxonomy, ptcToSemeval2023, semeval2023ToPtc } from './taxonomy.js';

describe('ptcToSemeval2023', () => {
  it.each<[string, string[]]>([
    ['Loaded_Language', ['Loaded_Language']],
    ['Name_Calling,Labeling', ['Name_Calling-Labeling']],
    ['Whataboutism,Straw_Men,Red_Herring', ['Whataboutism', 'Straw_Man', 'Red_Herring']],
    ['Bandwagon,Reductio_ad_hitlerum', ['Guilt_by_Association', 'Appeal_to_Popularity']],
    ['Black-and-White_Fallacy', ['False_Dilemma-No_Choice']],
    ['Thought-terminating_Cliches', ['Conversation_Killer']],
    ['Appeal_to_fear-prejudice', ['Appeal_to_Fear-Prejudice']],
    ['Flag-Waving', ['Flag_Waving']],
    ['Exaggeration,Minimisation', ['Exaggeration-Minimisation']],
    ['Loaded language', []],
  ])('%s → %j', (label, expected) => expect(ptcToSemeval2023(label)).toEqual(expected));
});

describe('semeval2023ToPtc', () => {
  it.each<[string, string | undefined]>([
    ['Straw_Man', 'Whataboutism,Straw_Men,Red_Herring'],
    ['Appeal_to_Popularity', 'Bandwagon,Reductio_ad_hitlerum'],
    ['Guilt_by_Association', 'Bandwagon,Reductio_ad_hitlerum'],
    ['Conversation_Killer', 'Thought-terminating_Cliches'],
    ['Doubt', 'Doubt'],
    ['Appeal_to_Values', undefined],
    ['Appeal_to_Time', undefined],
    ['Questioning_the_Reputation', undefined],
    ['Obfuscation-Vagueness-Confusion', undefined],
    ['Name_Calling,Labeling', undefined],
  ])('%s → %s', (id, expected) => expect(semeval2023ToPtc(id)).toBe(expected));

  it('is the inverse of ptcToSemeval2023 for every technique PTC covers', () => {
    for (const label of loadTaxonomy().ptcLabels) for (const id of ptcToSemeval2023(label.id)) expect(semeval2023ToPtc(id)).toBe(label.id);
  });
});

describe('categoryOf', () => {
  it.each<[string, string | undefined]>([
    ['Flag_Waving', 'justification'],
    ['Doubt', 'attack-on-reputation'],
    ['Appeal_to_Time', 'call'],
    ['Repetition', 'manipulative-wording'],
    ['Red_Herring', 'distraction'],
    ['Consequential_Oversimplification', 'simplification'],
    // PTC labels: the category of the technique they map to, the first one when there are several.
    ['Name_Calling,Labeling', 'attack-on-reputation'],
    ['Thought-terminating_Cliches', 'call'],
    ['Bandwagon,Reductio_ad_hitlerum', 'attack-on-reputation'],
    ['Whataboutism,Straw_Men,Red_Herring', 'distraction'],
    ['Propaganda', undefined],
  ])('%s → %s', (id, expected) => expect(categoryOf(id)).toBe(expected));
});

describe('loadTaxonomy', () => {
  it('loads once and returns the same object', () => {
    expect(loadTaxonomy()).toBe(loadTaxonomy());
    expect(findTechnique('Doubt')?.name).toBe('Casting doubt');
  });

  it('refuses a missing compiled file with SLANT_DATA_INVALID', () => {
    expect(() => loadTaxonomy(new URL('file:///nonexistent/techniques.json'))).toThrow(expect.objectContaining({ code: 'SLANT_DATA_INVALID' }));
  });
});
