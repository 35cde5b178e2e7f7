/** Specification of the singularizer: the plural endings a news corpus counts, and the words in -s that are no plurals. */
import { describe, expect, it } from 'vitest';
import { singular } from './singular.js';

describe('singular', () => {
  it.each<[string, string]>([
    // -ses, -xes, -zes, -ches, -shes
    ['buses', 'bus'],
    ['gases', 'gas'],
    ['viruses', 'virus'],
    ['biases', 'bias'],
    ['crises', 'crisis'],
    ['analyses', 'analysis'],
    ['cases', 'case'],
    ['houses', 'house'],
    ['responses', 'response'],
    ['classes', 'class'],
    ['businesses', 'business'],
    ['taxes', 'tax'],
    ['boxes', 'box'],
    ['prizes', 'prize'],
    ['quizzes', 'quiz'],
    ['churches', 'church'],
    ['coaches', 'coach'],
    ['approaches', 'approach'],
    ['headaches', 'headache'],
    ['niches', 'niche'],
    ['tranches', 'tranche'],
    ['dishes', 'dish'],
    ['clashes', 'clash'],
    // -ies, -oes, -ves
    ['parties', 'party'],
    ['militias', 'militia'],
    ['movies', 'movie'],
    ['ties', 'tie'],
    ['heroes', 'hero'],
    ['vetoes', 'veto'],
    ['shoes', 'shoe'],
    ['wolves', 'wolf'],
    ['knives', 'knife'],
    ['lives', 'life'],
    ['representatives', 'representative'],
    ['valves', 'valve'],
    // -s
    ['convoys', 'convoy'],
    ['israelis', 'israeli'],
    ['taxis', 'taxi'],
    ['areas', 'area'],
    ['videos', 'video'],
    ['menus', 'menu'],
    ['critics', 'critic'],
    // No plurals: as written.
    ['news', 'news'],
    ['crisis', 'crisis'],
    ['hepatitis', 'hepatitis'],
    ['texas', 'texas'],
    ['kansas', 'kansas'],
    ['gas', 'gas'],
    ['bus', 'bus'],
    ['status', 'status'],
    ['famous', 'famous'],
    ['series', 'series'],
    ['species', 'species'],
    ['politics', 'politics'],
    ['diabetes', 'diabetes'],
    ['chaos', 'chaos'],
    ['tennis', 'tennis'],
    ['glass', 'glass'],
    ['people', 'people'],
  ])('%s → %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });
});
