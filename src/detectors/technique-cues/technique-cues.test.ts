/** Specification of the technique-cues detector: one positive and one near miss per technique family. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../nlp/parse.js';
import { check, testLexicon } from '../test-helper.js';
import { CLAUSE_INITIAL, createTechniqueCuesDetector } from './index.js';

const lexicon = testLexicon('technique-cues');
const detector = createTechniqueCuesDetector({ lexicon });

describe('technique-cues', () => {
  describe.each<[string, Array<[string, string[]]>]>([
    [
      'flag waving',
      [
        ['Elbonia was, is and will always be Freedonian.', ['0-45 technique-cues/Flag_Waving/eternal-claim: Elbonia was, is and will always be Freedonian']],
        ['The glorious tricolour flies over the ancestral Ruritanian lands.', ['4-22 technique-cues/Flag_Waving/glorious-flag: glorious tricolour', '38-64 technique-cues/Flag_Waving/ancestral-community: ancestral Ruritanian lands']],
        ['They praised the courage and heroism of Freedonian soldiers.', ['17-59 technique-cues/Flag_Waving/praise-of-troops: courage and heroism of Freedonian soldiers']],
        ['Our nation will not bow.', ['0-10 technique-cues/Flag_Waving/our-nation: Our nation']],
        // Near misses: a future "always" with no past and present before it; courage of no nation's troops; an ancestral recipe.
        ['He will always be late.', []],
        ['The courage of the firefighters saved the village.', []],
        ['The ancestral recipe was lost.', []],
      ],
    ],
    [
      'appeal to hypocrisy and whataboutism',
      [
        [
          'Elbonia is sovereign, Borduria is sovereign, Sylvania is sovereign, but Freedonia is “contested”.',
          ['0-96 technique-cues/Appeal_to_Hypocrisy/parallel-contrast: Elbonia is sovereign, Borduria is sovereign, Sylvania is sovereign, but Freedonia is “contested”'],
        ],
        ['The double standards of the council are plain.', ['4-20 technique-cues/Appeal_to_Hypocrisy/double-standard: double standards']],
        ['What about the prisons in Sylvania?', ['0-35 technique-cues/Whataboutism/what-about-question: What about the prisons in Sylvania?']],
        [
          'What is it about Ruritanian farmers that their harvest matters so much more than ours?',
          ['0-86 technique-cues/Whataboutism/unequal-treatment-question: What is it about Ruritanian farmers that their harvest matters so much more than ours?'],
        ],
        ['Meanwhile, dozens of Elbonian villagers were killed by shelling.', ['0-63 technique-cues/Whataboutism/meanwhile-pivot: Meanwhile, dozens of Elbonian villagers were killed by shelling']],
        ['Where was the outrage when Sylvania did the same?', ['0-21 technique-cues/Whataboutism/where-was-the-outrage: Where was the outrage']],
        // Near misses: one contrast of two plain clauses; "what about" inside a statement; a question with no comparison; narration.
        ['The soup is hot, but the bread is cold.', []],
        ['She asked what about the plan worried them.', []],
        ['What is it about this song?', []],
        ['Meanwhile, the committee approved the budget.', []],
      ],
    ],
    [
      'red herring',
      [
        ['By the way, the mayor owns a yacht.', ['0-10 technique-cues/Red_Herring/by-the-way: By the way']],
        ['The real estate market cooled.', []],
      ],
    ],
    [
      'doubt and questioning the reputation',
      [
        ['Seemingly ‘generous’ offers came from the ministry.', ['0-20 technique-cues/Doubt/doubt-before-quote: Seemingly ‘generous’']],
        ['So much for the promised reform.', ['0-11 technique-cues/Doubt/so-much-for: So much for']],
        ['Can we really believe the ministry?', ['0-21 technique-cues/Doubt/can-we-really-believe: Can we really believe']],
        ['The minister cannot be trusted.', ['13-30 technique-cues/Questioning_the_Reputation/cannot-be-trusted: cannot be trusted']],
        ['The ministry has lost all credibility.', ['17-37 technique-cues/Questioning_the_Reputation/lost-all-credibility: lost all credibility']],
        ['The ministry remains dishonest about the numbers.', ['13-30 technique-cues/Questioning_the_Reputation/remains-dishonest: remains dishonest']],
        // Near misses: the idiom only at the head of a clause; trust that is there.
        ['Thank you so much for coming.', []],
        ['The minister can be trusted with the keys.', []],
      ],
    ],
    [
      'appeal to fear',
      [
        ['Act before it is too late.', ['4-25 technique-cues/Appeal_to_Fear-Prejudice/before-it-is-too-late: before it is too late']],
        ['Fears of famine grow in the valley.', ['0-15 technique-cues/Appeal_to_Fear-Prejudice/fears-of-catastrophe: Fears of famine']],
        ['This is an existential threat to the valley.', ['11-29 technique-cues/Appeal_to_Fear-Prejudice/existential-threat: existential threat']],
        ['Fears of rain kept the crowd small.', []],
      ],
    ],
    [
      'guilt by association',
      [
        ['Their tactics are straight out of the Bordurian playbook.', ['18-56 technique-cues/Guilt_by_Association/playbook: straight out of the Bordurian playbook']],
        ['The governor acts just like Hitler.', ['18-34 technique-cues/Guilt_by_Association/compared-to-villain: just like Hitler']],
        ['The mayor emerged from the very same clique as the other plotters.', ['10-65 technique-cues/Guilt_by_Association/same-origin: emerged from the very same clique as the other plotters']],
        ['Akin to Borduria, Elbonia and other rogue states, Sylvania will ignore the ruling.', ['0-48 technique-cues/Guilt_by_Association/akin-to-others: Akin to Borduria, Elbonia and other rogue states']],
        // Near misses: a coach's playbook, a biography, a simile.
        ['The coach opened his playbook.', []],
        ['She came from the same village as her husband.', []],
        ['Akin to a river, the road winds north.', []],
      ],
    ],
    [
      'slogans',
      [
        ['Long live the republic!', ['0-9 technique-cues/Slogans/long-live: Long live']],
        ['Unity and Freedom!', ['0-18 technique-cues/Slogans/rallying-line: Unity and Freedom!']],
        ['He sat down with the minister.', []],
        ['We did it!', []],
      ],
    ],
    [
      'appeal to time',
      [
        ['It is time to act.', ['0-13 technique-cues/Appeal_to_Time/it-is-time-to: It is time to']],
        ['The international community must now respond.', ['28-36 technique-cues/Appeal_to_Time/must-now: must now']],
        ['The train leaves on time.', []],
      ],
    ],
    [
      'false dilemma',
      [
        ['Either we stand firm or we lose everything.', ['0-42 technique-cues/False_Dilemma-No_Choice/either-or: Either we stand firm or we lose everything']],
        ['You are either with us or against us.', ['8-36 technique-cues/False_Dilemma-No_Choice/with-us-or-against-us: either with us or against us']],
        [
          'The council must act now or watch the valley burn.',
          ['12-24 technique-cues/Appeal_to_Time/must-now: must act now', '12-49 technique-cues/False_Dilemma-No_Choice/ultimatum: must act now or watch the valley burn'],
        ],
        ['There is no alternative to the plan.', ['0-23 technique-cues/False_Dilemma-No_Choice/there-is-no-alternative: There is no alternative']],
        // Near misses: "either" as a determiner, and two manners listed rather than two camps.
        ['Either side may appeal.', []],
        ['Payment is accepted either directly or indirectly.', []],
      ],
    ],
    [
      'conversation killers, popularity, authority, causes and consequences',
      [
        ['It is what it is.', ['0-16 technique-cues/Conversation_Killer/it-is-what-it-is: It is what it is']],
        ['End of story.', ['0-12 technique-cues/Conversation_Killer/end-of-story: End of story']],
        ['Everyone knows the dam is old.', ['0-14 technique-cues/Appeal_to_Popularity/everyone-knows: Everyone knows']],
        ['Experts agree that the dam is old.', ['0-13 technique-cues/Appeal_to_Authority/experts-agree: Experts agree']],
        ['As the professor rightly pointed out, the dam is old.', ['17-36 technique-cues/Appeal_to_Authority/rightly-pointed-out: rightly pointed out']],
        ['The envoy was right when he pointed out the risks.', ['0-39 technique-cues/Appeal_to_Authority/was-right-when: The envoy was right when he pointed out']],
        ['The drought is to blame for the famine.', ['12-27 technique-cues/Causal_Oversimplification/is-to-blame-for: is to blame for']],
        ['This is a slippery slope.', ['10-24 technique-cues/Consequential_Oversimplification/slippery-slope: slippery slope']],
        // Near misses: "right" in place, blame denied, a real end.
        ['The answer was right in front of us.', []],
        ['He is not to blame.', []],
        ['The end of the story was sad.', []],
      ],
    ],
  ])('%s', (_family, rows) => {
    it.each(rows)('%s', (input, expected) => {
      expect(check(detector, input)).toEqual(expected);
    });
  });

  it('reports the whole finding: technique, category, label, reason with the evidence, confidence from the weight', () => {
    expect(detector.detect(parse('The minister cannot be trusted.'))).toEqual([
      {
        detector: 'technique-cues',
        rule: 'technique-cues/Questioning_the_Reputation/cannot-be-trusted',
        label: 'Questioning the reputation',
        category: 'attack-on-reputation',
        start: 13,
        end: 30,
        text: 'cannot be trusted',
        reason: '“cannot be trusted” attacks the character or credibility of the target rather than what it says or does.',
        confidence: 0.6,
        data: { technique: 'Questioning_the_Reputation', cue: 'cannot be trusted', pattern: 'cannot-be-trusted', kind: 'Questioning_the_Reputation', quoted: false },
      },
    ]);
  });

  it('halves the confidence inside quotation marks, where the words may be the source’s', () => {
    const [plain] = detector.detect(parse('Our nation will not bow.'));
    const [quoted] = detector.detect(parse('He said: “Our nation will not bow.”'));
    expect(plain?.confidence).toBe(0.55);
    expect(quoted?.confidence).toBe(0.28);
    expect(quoted?.data).toMatchObject({ quoted: true, technique: 'Flag_Waving' });
    expect(quoted?.reason).toContain('inside a quotation');
  });

  it('sets each finding’s category from the taxonomy', () => {
    const categories = (text: string): Array<string | undefined> => detector.detect(parse(text)).map((f) => f.category);
    expect(categories('Our nation will not bow.')).toEqual(['justification']);
    expect(categories('What about the prisons in Sylvania?')).toEqual(['distraction']);
    expect(categories('It is what it is.')).toEqual(['call']);
    expect(categories('There is no alternative to the plan.')).toEqual(['simplification']);
  });

  it('lists every rule it can emit: one per entry and one per structural pattern', () => {
    const rules = detector.rules();
    expect(rules).toContain('technique-cues/Flag_Waving/eternal-claim');
    expect(rules).toContain('technique-cues/Doubt/doubt-before-quote');
    for (const entry of lexicon.entries) expect(rules).toContain(`technique-cues/${entry.category ?? ''}/${entry.rule}`);
  });

  it('names only entries that exist as clause-initial idioms', () => {
    const slugs = new Set(lexicon.entries.map((e) => e.rule));
    for (const slug of CLAUSE_INITIAL) expect(slugs.has(slug), slug).toBe(true);
  });

  it('refuses a lexicon entry whose category is not a SemEval-2023 technique id', () => {
    const [first] = lexicon.entries;
    const bad = { ...lexicon, entries: [{ ...(first as (typeof lexicon.entries)[number]), category: 'Flag-Waving' }] };
    expect(() => createTechniqueCuesDetector({ lexicon: bad })).toThrow(/SemEval-2023/);
  });
});
