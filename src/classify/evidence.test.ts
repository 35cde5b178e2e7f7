/** Specification of how classifier features are put in words, and which are not shown. */
import { describe, expect, it } from 'vitest';
import { describeClassifierFeature } from './evidence.js';

describe('describeClassifierFeature', () => {
  it.each<[string, string | undefined]>([
    ['w=cult', 'word “cult”'],
    ['w=<num>', 'word a number'],
    ['w=!', 'word “!”'],
    ['w=,', undefined],
    ['w=the', undefined],
    ['l=enemy', 'word form of “enemy”'],
    ['l=be', undefined],
    ['b=<s>_frankly', 'opens with “frankly”'],
    ['b=<s>_so', undefined],
    ['b=<s>_the', undefined],
    ['b=radical_mob', 'phrase “radical mob”'],
    ['b=the_mob', 'phrase “the mob”'],
    ['b=of_the', undefined],
    ['b=mob_.', 'word “mob”'],
    ['b=,_and', undefined],
    ['r=loaded-language/barbaric', 'rule loaded-language/barbaric'],
    ['ch=_war', 'words starting “war”'],
    ['ch=ism_', 'words ending “ism”'],
    ['ch=_war_', 'the word “war”'],
    ['ch=arb', 'letters “arb”'],
    ['st=i', 'rate of “I”, “me”, “my”'],
    ['st=unknown', undefined],
    ['zz=1', undefined],
    ['plain', undefined],
  ])('%s → %s', (feature, expected) => {
    expect(describeClassifierFeature(feature)).toBe(expected);
  });
});
