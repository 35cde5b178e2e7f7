/** The `actors` lens detector: one finding per actor the text portrays or casts in a harm event, with its role and the evidence. */
import type { Finding } from '../core/finding.js';
import type { Detector } from '../detectors/detector.js';
import { confidence, finish, slice } from '../detectors/support.js';
import type { Lexicon } from '../lexicon/schema.js';
import { parse } from '../nlp/parse.js';
import type { Valence } from '../techniques/learned/polarity.js';
import { createActorExtractor, readActors, type ActorReading } from './extract.js';
import type { EntityRoleModel } from './model.js';
import type { ActorGazetteer, ActorRole } from './types.js';

const ID = 'actors';
const ROLES: readonly ActorRole[] = ['protagonist', 'antagonist', 'innocent', 'neutral'];
/**
 * An actor without cues is reported (as neutral) only when the text keeps coming back to it, or
 * when it is an international body: which bodies a text invokes or leaves out (the Security
 * Council, a court, the Red Cross) is part of how it argues, named once or often.
 */
const NEUTRAL_MIN_MENTIONS = 3;

/** What the detector is built from. */
export interface ActorsDetectorData {
  /** Known actors of the conflicts in view (the packs' `actors`). Default: none. */
  gazetteer?: ActorGazetteer | undefined;
  /** The learned role model; default: the shipped one when present; `null` for rules only. */
  model?: EntityRoleModel | null | undefined;
  lexicons?: readonly Lexicon[] | undefined;
  /** Also run compromise's tagger (65–100 ms per article). Default false. */
  tagger?: boolean | undefined;
  /** Word valences (default: the model's table). */
  valence?: Valence | undefined;
}

const LABEL: Record<ActorRole, string> = { protagonist: 'Protagonist', antagonist: 'Antagonist', innocent: 'Innocent', neutral: 'Actor' };

/**
 * Finds the actors of a text (people, organisations, states, groups, places acting as
 * governments), merges their mentions, reads how each is portrayed and whether it does or suffers
 * harm, and reports one finding per actor: on its most evaluative mention, with rule id
 * `actors/<role>` and `data` holding the actor, its key (a person's: `person:` and the fullest name the
 * text gives, in lower case) and surname, its kind, aliases, mentions, portrayal cues, harm
 * roles, role, score and evidence. Actors the text neither portrays nor involves in harm are left
 * out unless named at least three times or international bodies (then as `actors/neutral`). Needs
 * POS tags.
 *
 * @example
 * const detector = createActorsDetector();
 * detector.detect(parse('Ilham Aliyev remains dishonest and ruthless.', { pos: true }));
 * // → [{ rule: 'actors/antagonist', text: 'Ilham Aliyev', data: { actor: 'Ilham Aliyev', portrayal: [dishonest, ruthless], … } }]
 */
export function createActorsDetector(data: ActorsDetectorData = {}): Detector {
  const extractor = createActorExtractor({ gazetteer: data.gazetteer, model: data.model, lexicons: data.lexicons, tagger: data.tagger, valence: data.valence });
  const rules = ROLES.map((r) => `${ID}/${r}`);
  const gazetteerSize = data.gazetteer?.length ?? 0;
  return {
    id: ID,
    description: 'The people, organisations, states and groups a text is about: how each is portrayed, who does harm and who suffers it, and the role the text casts each in (antagonist, innocent, protagonist).',
    version: `1.2.0+${extractor.model?.id ?? 'rules'}+g${gazetteerSize}${data.tagger === true ? '+tagger' : ''}`,
    requires: ['pos'],
    rules: () => rules,
    detect(doc, options) {
      if (doc.tokens.length === 0) return [];
      // Handed a document without tags (a caller that skipped the pipeline), it parses the same text again with them.
      const tagged = doc.hasPos ? doc : parse(doc.text, { pos: true });
      const readings = readActors(extractor.analyze(tagged), extractor.model);
      const findings: Finding[] = [];
      for (const actor of readings) {
        const cues = actor.portrayal.length + actor.harm.length;
        if (cues === 0 && !actor.international && (actor.mentions.length < NEUTRAL_MIN_MENTIONS || actor.kind === 'unknown')) continue;
        if (actor.mentions.length === 0) continue;
        findings.push(toFinding(doc.text, actor, (start, end) => slice(doc, start, end)));
      }
      return finish(findings, options);
    },
  };
}

function toFinding(text: string, actor: ActorReading, cut: (start: number, end: number) => string): Finding {
  const mention = actor.mentions[actor.focus] ?? (actor.mentions[0] as ActorReading['mentions'][number]);
  const start = Math.max(0, Math.min(mention.start, text.length));
  const end = Math.max(start, Math.min(mention.end, text.length));
  return {
    detector: ID,
    rule: `${ID}/${actor.role}`,
    label: `${LABEL[actor.role]}: ${actor.name}`,
    start,
    end,
    text: cut(start, end),
    reason: reason(actor),
    confidence: confidence(actor.role === 'neutral' ? 0.3 : actor.roleScore),
    data: {
      actor: actor.name,
      key: actor.key,
      ...(actor.surname === undefined ? {} : { surname: actor.surname }),
      kind: actor.kind,
      aliases: actor.aliases,
      ...(actor.state === undefined ? {} : { state: actor.state }),
      ...(actor.side === undefined ? {} : { side: actor.side }),
      ...(actor.international ? { international: true } : {}),
      mentions: actor.mentions.map((m) => ({ start: m.start, end: m.end })),
      portrayal: actor.portrayal.map((c) => ({ text: c.text, start: c.start, end: c.end, polarity: c.polarity, how: c.how, weight: c.weight, source: c.source, negated: c.negated, quoted: c.quoted })),
      agentOfHarm: actor.harm.filter((h) => h.role === 'agent' && h.kind === 'harm').map(harmData),
      patientOfHarm: actor.harm.filter((h) => h.role === 'patient' && h.kind === 'harm').map(harmData),
      agentOfHelp: actor.harm.filter((h) => h.role === 'agent' && h.kind === 'help').map(harmData),
      source: actor.sourceOnly,
      role: actor.role,
      roleScore: actor.roleScore,
      ruleEvidence: actor.rules,
      ...(actor.model === undefined ? {} : { modelProbabilities: actor.model }),
      evidence: actor.evidence,
    },
  };
}

function harmData(h: ActorReading['harm'][number]): Record<string, unknown> {
  return { text: h.text, start: h.start, end: h.end, event: h.lemma, category: h.category, voice: h.voice };
}

function reason(actor: ActorReading): string {
  const cues = actor.evidence.filter((e) => !e.startsWith('model:')).slice(0, 4);
  const named = `${actor.name} (${actor.kind}, named ${actor.mentions.length} time${actor.mentions.length === 1 ? '' : 's'})`;
  if (actor.role === 'neutral') {
    return cues.length === 0 ? `${named} is not cast in a role: no evaluative words or harm events attach to it.` : `${named} is not clearly cast in a role: ${cues.join('; ')}.`;
  }
  return `${named} is cast as ${actor.role}: ${cues.join('; ')}.`;
}
