/** The shapes of the actors lens: gazetteer entries, mentions, portrayal cues, harm events, actors and roles. */

/** What an actor is. `state` is a country's government or the country as a political actor; `group` a people or a set of persons. */
export type ActorKind = 'person' | 'organisation' | 'state' | 'group' | 'place';

/**
 * One known actor, as a conflict pack's `actors` section lists them.
 *
 * @example
 * { name: 'Azerbaijan', kind: 'state', aliases: ['Republic of Azerbaijan'], side: 'az' }
 * { name: 'Baku', kind: 'place', aliases: [], standsFor: 'Azerbaijan' } // metonym: "Baku" is Azerbaijan's government
 */
export interface GazetteerActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** The side of the conflict it belongs to, as the pack names sides. */
  side?: string | undefined;
  /** For metonyms: the `name` of the actor it stands for ("Baku" → "Azerbaijan"); its mentions count as that actor's. */
  standsFor?: string | undefined;
  /** An international organisation or one of its organs (src/actors/international.ts): reported from its first mention. */
  international?: boolean | undefined;
  /** The body it is an organ of, when its names carry that body's prefix ("United Nations" for "UN Security Council"). */
  partOf?: string | undefined;
  /** Names that refer to it only in a document that names `partOf` too ("Security Council" once the UN is named). */
  shortNames?: string[] | undefined;
}

/** Known actors of a conflict; empty by default. */
export type ActorGazetteer = GazetteerActor[];

/** How a mention was recognized. */
export type MentionSource = 'gazetteer' | 'title' | 'name' | 'acronym' | 'demonym' | 'people' | 'compromise' | 'given';

/** One place in the text where an actor is named. Offsets are UTF-16, half-open; `text === doc.text.slice(start, end)`. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** Token range `[startToken, endToken)` of the mention. */
  startToken: number;
  endToken: number;
  via: MentionSource;
  /** Followed by a possessive `'s` ("Azerbaijan's blockade"). */
  possessive: boolean;
  /** Inside a quotation. */
  quoted: boolean;
  /** The mention introduces reported speech ("X said", "according to X"). */
  speaker: boolean;
  /** A demonym standing for the state's forces in a harm phrase ("Armenian shelling"): only an agent, never portrayed. */
  agentOnly?: boolean | undefined;
}

/** Which way an evaluative word leans. `sympathy` asks for pity ("defenceless", "innocent civilians"): a victim cue. */
export type Polarity = 'negative' | 'positive' | 'sympathy';

/** Where an evaluative word sits relative to the mention. */
export type PortrayalHow = 'modifier' | 'apposition' | 'predicate' | 'possessive';

/** An evaluative word or phrase attached to a mention. */
export interface PortrayalCue {
  text: string;
  start: number;
  end: number;
  polarity: Polarity;
  how: PortrayalHow;
  /** Strength in [0, 1]: the lexicon weight, or the word's valence. */
  weight: number;
  /** Which resource judged it: `name-calling`, `loaded-language` or `valence`. */
  source: string;
  /** Negated ("cannot be trusted"): the polarity was flipped. */
  negated: boolean;
  /** Inside a quotation: perhaps the source's word rather than the writer's. */
  quoted: boolean;
}

/** An event of harm (or help) with an actor in it. */
export interface HarmEvent {
  /** The verb or event noun as written. */
  text: string;
  start: number;
  end: number;
  /** The lexicon entry, e.g. `kill`, `blockade`. */
  lemma: string;
  /** Lexicon category: violence, attack, deprivation, displacement, coercion, help. */
  category: string;
  /** `harm`, or `help` for the positive entries. */
  kind: 'harm' | 'help';
  /** How the agent and patient were read: active or passive clause, adjectival participle, or event noun. */
  voice: 'active' | 'passive' | 'participle' | 'nominal';
  /** Lexicon weight in [0, 1]. */
  weight: number;
}

/** A role of an actor in a harm event. */
export interface HarmRole extends HarmEvent {
  role: 'agent' | 'patient';
}

/** The SemEval-2025 Task 10 main roles, and `neutral` for an actor the text does not cast in one. */
export type ActorRole = 'protagonist' | 'antagonist' | 'innocent' | 'neutral';

/** An actor of one document: its mentions merged, with how the text portrays it. */
export interface Actor {
  /**
   * Stable within the document, e.g. `state:azerbaijan`, `person:ilham aliyev`. A named person's key is
   * `person:` and the fullest name the document gives, in lower case, without title or possessive
   * (`person:trump` where the document gives only the surname), so documents can be compared by it.
   */
  key: string;
  /** A named person's surname, in lower case ("aliyev"): what a surname-only key in another document may stand for. */
  surname?: string | undefined;
  /** The fullest name seen ("Ilham Aliyev"), or the canonical state name. */
  name: string;
  kind: ActorKind;
  /** Other names it goes by in the text ("Aliyev", "President Aliyev"). */
  aliases: string[];
  /** The state it belongs to, when known (a demonym phrase, a nationality before a title, a gazetteer side). */
  state?: string | undefined;
  side?: string | undefined;
  mentions: ActorMention[];
  portrayal: PortrayalCue[];
  harm: HarmRole[];
  /** Every mention introduces speech: a source of the text rather than a subject of it. */
  sourceOnly: boolean;
}
