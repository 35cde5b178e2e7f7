/** Specification of the role model's features: the same cues the rules read, plus context, for one mention. */
import { describe, expect, it } from 'vitest';
import { testLexicons } from '../detectors/test-helper.js';
import { parse } from '../nlp/parse.js';
import { createActorExtractor } from './extract.js';
import { mentionFeatures } from './features.js';

const extractor = createActorExtractor({ model: null, lexicons: testLexicons(), valence: (w) => (w === 'ruthless' ? -0.6 : 0) });

function features(text: string, mention: number, window = 2): string[] {
  const a = extractor.analyze(parse(text, { pos: true }));
  const out: string[] = [];
  mentionFeatures(a, mention, { window }, out);
  return out;
}

describe('mentionFeatures', () => {
  it('gives the victim of a passive its words, kind, harm role, rule role and context', () => {
    expect(features('Norwegian civilians were killed by Danish troops.', 0)).toEqual([
      'e=norwegian', 'e=civilians', 'k=group', 'w+=be', 'w+1=be', 'w+=kill', 'sv=0', 's-=0', 's+=0', 'title',
      'can=h:negative', 'ca=h:violence', 'pass=kill', 'passv=0', 'dll=0',
      'mh=patient:harm', 'mh=patient:violence', 'ah=patient:harm', 'rule=innocent', 'victim', 'n=0',
    ]);
  });

  it('gives the agent in the by-phrase the preposition and the event before it', () => {
    const f = features('Norwegian civilians were killed by Danish troops.', 1);
    expect(f).toEqual(expect.arrayContaining(['w-1=by', 'prep=by', 'phead=kill_by', 'mh=agent:harm', 'rule=antagonist', 'cbn=h:negative']));
    expect(f).not.toContain('victim');
  });

  it('counts portrayal on any mention of the actor, and valence in the sentence', () => {
    const f = features('Dorin Kast spoke. Later Kast remained ruthless.', 0, 1);
    expect(f).toEqual(expect.arrayContaining(['ap=negative:predicate', 'ap=negative', 'rule=antagonist', 'n=1']));
    expect(f.filter((x) => x.startsWith('mp='))).toEqual([]);
    expect(features('Dorin Kast spoke. Later Kast remained ruthless.', 1, 1)).toEqual(expect.arrayContaining(['mp=negative:predicate', 'sv=-', 's-=1', 'w-1=late']));
  });

  it('is empty for a mention that does not exist', () => {
    expect(features('Norway waited.', 5)).toEqual([]);
  });
});
