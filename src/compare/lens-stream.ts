/**
 * The lens tables of a comparison, one document at a time. A `LensAccumulator` keeps per group,
 * concept, actor and figure only counts, running sums and at most three spans of evidence per row,
 * never a document's text or its findings, so a store of 100,000 documents gets the same tables as
 * a small corpus held in memory (`lensRows` in lens-rows.ts is this accumulator over an array).
 *
 * The protocol, two passes over the documents:
 * 1. `add(doc)` every document, once per group it belongs to (a document in several groups: its
 *    adds one after another, so that it counts once where groups are pooled). All that one text
 *    tells is read there: the years in it (story start) and the spans behind the evidence.
 * 2. Only omissions look across texts: an actor or place one group names is omitted by another
 *    unless that group names it too, in its findings or anywhere in its texts. After pass 1,
 *    `pendingProbes()` gives per group the lower-case names still to look for in its texts (and
 *    ends pass 1: no `add` after it). Feed the lower-cased text of each document of such a group to
 *    `observeText(group, lowerText)`; `needsText(group)` says whether a group's texts are still
 *    wanted (no longer once every name is found, so the pass may stop early). Without this pass a
 *    name that another group only writes (its actors lens never found it there) counts as omitted.
 * 3. `rows()` gives every table; `naming()`, `omissions()`, `storyStart()`, `claims()`,
 *    `portrayal()`, `frames()` and `timeline()` one each.
 *
 * State grows with the distinct concepts, actors and figure keys, not with the documents. Where a
 * key space is open (actor names, what figures count, evaluative words) it is capped
 * (`LensLimits`): past a cap the rarest keys are dropped, as `StreamCounts` drops terms (lossy
 * counting, Manku & Motwani 2002), and `pruned` says how many went. Below the caps the tables are
 * exact; above them a dropped key that comes back is undercounted, and an item of one group may be
 * reported omitted by a group whose record of it was dropped.
 *
 * @example
 * const lens = new LensAccumulator();
 * for (const doc of docs) lens.add(doc);                          // pass 1
 * lens.pendingProbes();                                           // Map { 'lusovia' => ['tavrensk'] }
 * for (const doc of docs) {                                       // pass 2
 *   if (lens.needsText(doc.group)) lens.observeText(doc.group, doc.text.toLowerCase());
 * }
 * lens.rows().omissions;                                          // [{ item: 'Tavrensk', group: 'dravenia', missingFrom: ['lusovia'], … }]
 */
import { EARLIEST_BARE_YEAR, readsAsYear } from '../claims/quantities.js';
import type { Finding } from '../core/finding.js';
import type {
  Alignment,
  ClaimRow,
  Evidence,
  FrameRow,
  LensDoc,
  LensRows,
  NamingRow,
  OmissionKind,
  OmissionRow,
  PortrayalRow,
  StoryStartRow,
  TimelineRow,
} from './lens-rows.js';
import { singular } from './singular.js';

/** Evidence kept per row. */
const MAX_EVIDENCE = 3;

/**
 * Caps on the key spaces that can grow without bound; see the module comment. Each counts rows of
 * one group, so that many groups (`--by outlet`) cannot multiply the state past it.
 */
export interface LensLimits {
  /** Omission items (an actor, place, counted thing or concept of one group), over all groups. */
  items: number;
  /** Portrayal cells (an actor in one group), over all actors and groups. */
  actorCells: number;
  /** Evaluative words kept per portrayal cell (the matrix shows the top 5). */
  words: number;
  /** Claim rows (a figure key, kind, unit and what is counted, in one group), over all keys and groups. */
  claimRows: number;
  /** Figures kept per claim row in `values` (the first ones; the alignment still weighs them all). */
  values: number;
}

/**
 * The default caps. With them, the state for 100,000 generated documents of ten lens findings each
 * (a new actor in 15% of the actor findings, a new counted thing in 5% of the figures) took 85 MB of
 * heap in four groups and 112 MB in fifty (lens-stream.test.ts, with SLANT_LENS_SCALE=1).
 */
export const DEFAULT_LENS_LIMITS: Readonly<LensLimits> = { items: 40_000, actorCells: 20_000, words: 50, claimRows: 40_000, values: 100 };

/** How many keys each cap dropped: omission items, actors (with all their cells), words, figure keys (with all their rows). */
export type LensPruned = Record<'items' | 'actors' | 'words' | 'claimKeys', number>;

const rec = (f: Finding): Record<string, unknown> => (f.data ?? {}) as Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A copy of `s` that refers to no other string. V8 keeps a slice of 13 or more characters as a
 * view into the string it was cut from, so one kept span would keep its whole document alive.
 */
const detach = (s: string): string => (s.length < 13 ? s : Array.from(s).join(''));
const detachOpt = (s: string | undefined): string | undefined => (s === undefined ? undefined : detach(s));

function pushEvidence(list: Evidence[], e: Evidence): void {
  if (list.length < MAX_EVIDENCE) list.push({ docId: detach(e.docId), start: e.start, end: e.end, text: detach(e.text) });
}

/** How many rows the entries of `maps` stand for. */
function unitsOf<V>(maps: ReadonlyArray<Map<string, V>>, units: (v: V) => number): number {
  let n = 0;
  for (const map of maps) for (const v of map.values()) n += units(v);
  return n;
}

/**
 * Drops from `maps` every entry of weight at most k, raising k until the entries left stand for at
 * most half of `cap` rows (`units`: the rows of one entry); returns how many entries went.
 */
function prune<V>(maps: ReadonlyArray<Map<string, V>>, weight: (v: V) => number, cap: number, units: (v: V) => number = () => 1): number {
  let dropped = 0;
  for (let k = 1; unitsOf(maps, units) > cap / 2; k += 1) {
    for (const map of maps) {
      for (const [key, v] of map) {
        if (weight(v) > k) continue;
        map.delete(key);
        dropped += 1;
      }
    }
  }
  return dropped;
}

/**
 * Content words of a phrase, lower-cased and singularized (`singular`, singular.ts).
 *
 * @example
 * contentWords('the aid convoys of the Armenians'); // ['aid', 'convoy', 'armenian']
 */
export function contentWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(singular);
}

const STOP = new Set(
  'the and for with from that this these those than then into onto over under about after before more most less least some many much few other such their there them they his her its our your who whom which what when where why how all any each both only own same very just also been being were was are has have had not nor but per out off one two'.split(
    ' ',
  ),
);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `name` occurs as a whole phrase in `text` (case-insensitive); an apostrophe in the name
 * matches a straight or a curly one.
 */
const phrase = (name: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name).replace(/'/g, "['’]")}(?![\\p{L}\\p{N}])`, 'iu');

// ─── Names as omissions compare them ─────────────────────────────────────────────────────────────

/** Words a dotted acronym can spell ("U.S.", "a.m."): those keep their dots, or "U.S." would be found in "told us". */
const ACRONYM_WORDS = new Set('am an as at be by do go he if in is it me my no of ok on or so to up us we ice'.split(' '));

/**
 * `text` with its dotted acronyms written without dots ("the n.a.a.c.p. said" → "the naacp
 * said"), except those spelling a word (`ACRONYM_WORDS`). A dotted acronym is two or more single
 * letters (of the BMP), each but the last followed by a dot, the last dot optional ("f.b.i",
 * "u.k.-led"), not inside a longer word ("ph.d.", "a.b.cd"). Read from the dots only: a text
 * without one is returned as it is, at the cost of one `indexOf`.
 *
 * @example
 * foldAcronyms('the f.b.i. and the u.s.'); // 'the fbi and the u.s.'
 */
export function foldAcronyms(text: string): string {
  const n = text.length;
  const letterAt = (i: number): boolean => i >= 0 && i < n && unitClass(text.charCodeAt(i)) === LETTER_UNIT;
  let out: string[] | undefined;
  let copied = 0;
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const start = dot - 1;
    if (!letterAt(start) || (start > 0 && (text.charCodeAt(start - 1) === 46 || wordCharBefore(text, start)))) continue;
    // Single letters joined by dots; the chain stops before a letter that starts a longer word.
    let end = start + 1;
    while (text.charCodeAt(end) === 46 && letterAt(end + 1) && !(end + 2 < n && wordCharAt(text, end + 2) > 0)) end += 2;
    if (end === start + 1) continue;
    // The dots inside the chain start no acronym of their own.
    dot = end - 1;
    if (text.charCodeAt(end) === 46) {
      // "a.b.cd": no acronym; "u.s.": the last dot is the acronym's.
      if (end + 1 < n && wordCharAt(text, end + 1) > 0) continue;
      end += 1;
    }
    let letters = '';
    for (let k = start; k < end; k += 2) letters += text[k] as string;
    if (ACRONYM_WORDS.has(letters)) continue;
    (out ??= []).push(text.slice(copied, start), letters);
    copied = end;
  }
  return out === undefined ? text : out.join('') + text.slice(copied);
}

/** What `foldName` changes beyond the case: a dot (an acronym) or an apostrophe. */
const NEEDS_FOLD = /[.'’]/;

/**
 * A name as omissions and the portrayal matrix compare it across groups: lower case, curly
 * apostrophes straight, dotted acronyms without dots (`foldAcronyms`), a final possessive
 * dropped. "NAACP" and "N.A.A.C.P." are one name, so are "Trump" and "Trump’s".
 *
 * @example
 * foldName('N.A.A.C.P.'); // 'naacp'
 * foldName('Trump’s');    // 'trump'
 */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  if (!NEEDS_FOLD.test(lower)) return lower.trim();
  const folded = foldAcronyms(lower.replace(/’/g, "'")).trim();
  const bare = folded.replace(/'s?$/, '');
  return bare === '' ? folded : bare;
}

// ─── One person under several names ──────────────────────────────────────────────────────────────

/** A person row as `personLinks` weighs it: its folded name, surname (for a full name), whether it is a surname alone. */
export interface PersonEntry {
  name: string;
  surname: string | undefined;
  lone: boolean;
  mentions: number;
}

/** Whether an actor finding names a person: its surname, and whether it is one word of a person or unknown kind. */
function personOf(actor: string, kind: string | undefined, surname: string | undefined): { surname: string | undefined; lone: boolean } | undefined {
  const lone = !foldName(actor).includes(' ') && (kind === 'person' || kind === 'unknown');
  if (surname === undefined && !lone) return undefined;
  return { surname: surname === undefined ? undefined : foldName(surname), lone };
}

/**
 * Which person rows are one person across documents, as folded name → the row it joins. A full
 * name with middle names or initials joins the most named full name with the same first name and
 * surname ("donald j. trump" → "donald trump"; a suffix keeps "donald trump jr." apart). A surname
 * alone ("trump", as a group that never gives the full name writes it) joins the most named person
 * of that surname when that person has at least two thirds of the surname's full-name mentions:
 * "Donald Trump" against "Melania Trump" does, "Ilan Varro" against "Mira Varro" named as often
 * does not.
 *
 * @example
 * personLinks([{ name: 'donald trump', surname: 'trump', lone: false, mentions: 9 }, { name: 'trump', surname: undefined, lone: true, mentions: 4 }]);
 * // Map { 'trump' => 'donald trump' }
 */
export function personLinks(people: Iterable<PersonEntry>): Map<string, string> {
  const list = [...people];
  const byId = new Map<string, PersonEntry[]>();
  for (const p of list) {
    if (p.surname === undefined || p.name === p.surname) continue;
    const words = p.name.split(' ');
    const at = words.lastIndexOf(p.surname);
    const id = at <= 0 ? p.name : `${words[0] as string} ${words.slice(at).join(' ')}`;
    byId.set(id, [...(byId.get(id) ?? []), p]);
  }
  const links = new Map<string, string>();
  const bySurname = new Map<string, Array<{ head: string; mentions: number }>>();
  for (const variants of byId.values()) {
    const head = variants.reduce((a, b) => (b.mentions > a.mentions || (b.mentions === a.mentions && cmp(b.name, a.name) < 0) ? b : a));
    for (const v of variants) if (v !== head) links.set(v.name, head.name);
    const total = variants.reduce((n, v) => n + v.mentions, 0);
    const surname = head.surname as string;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), { head: head.name, mentions: total }]);
  }
  for (const p of list) {
    const owners = p.lone ? bySurname.get(p.name) : undefined;
    if (owners === undefined) continue;
    const total = owners.reduce((n, o) => n + o.mentions, 0);
    const best = owners.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    if (best.mentions * 3 >= total * 2) links.set(p.name, best.head);
  }
  return links;
}

// ─── Runs of letters and digits ──────────────────────────────────────────────────────────────────

/** Per UTF-16 unit: 0 not yet asked, then `LETTER_UNIT`, `NUMBER_UNIT` (a digit or another \p{N}) or `OTHER_UNIT` (a surrogate too). */
const UNIT_CLASSES = new Uint8Array(65536);
const LETTER_UNIT = 1;
const NUMBER_UNIT = 2;
const OTHER_UNIT = 3;

function unitClass(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER_UNIT : c >= 48 && c <= 57 ? NUMBER_UNIT : OTHER_UNIT;
  let v = UNIT_CLASSES[c] as number;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    UNIT_CLASSES[c] = v = /\p{L}/u.test(ch) ? LETTER_UNIT : /\p{N}/u.test(ch) ? NUMBER_UNIT : OTHER_UNIT;
  }
  return v;
}

const ASTRAL_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * How many UTF-16 units the letter or digit at `i` of `s` takes (2 for one outside the BMP), 0
 * where there is none: the characters of `/[\p{L}\p{N}]/u`, read over char codes.
 */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && ASTRAL_WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return unitClass(c) === OTHER_UNIT ? 0 : 1;
}

/** Whether the character ending just before `i` (`i` > 0) is a letter or digit. */
function wordCharBefore(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? wordCharAt(s, i - 2) === 2 : wordCharAt(s, i - 1) > 0;
}

/** FNV-1a over UTF-16 units, one step. */
const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
const HASH_SEED = 0x811c9dc5 | 0;

/** The runs of letters and digits of `s` (what `/[\p{L}\p{N}]+/gu` matches), each once. */
function runsOf(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; ) {
    let w = wordCharAt(s, i);
    if (w === 0) {
      i += 1;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < s.length ? wordCharAt(s, i) : 0;
    }
    out.add(s.slice(start, i));
  }
  return [...out];
}

function hashOf(run: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < run.length; i += 1) h = hashStep(h, run.charCodeAt(i));
  return h;
}

/** A bit per hash value (modulo its size): whether a run may be a key of `Probe.byRun`. */
interface RunFilter {
  bits: Uint32Array;
  mask: number;
}

function runFilter(keys: Iterable<string>, size: number): RunFilter {
  // About 32 bits per key: one key in 32 is a false hit, checked against the map.
  let log = 10;
  while (log < 22 && 2 ** log < size * 32) log += 1;
  const f: RunFilter = { bits: new Uint32Array(2 ** (log - 5)), mask: 2 ** log - 1 };
  for (const key of keys) {
    const b = (hashOf(key) & f.mask) >>> 0;
    f.bits[b >>> 5] = ((f.bits[b >>> 5] as number) | (1 << (b & 31))) >>> 0;
  }
  return f;
}

/** What `keyRunsIn` found in one text. */
interface KeyRuns {
  /** The runs of the text that are keys of `Probe.byRun`, each once. */
  keys: string[];
  /** Whether the text may hold a dotted acronym (a single letter, a dot, a letter): then it is to be folded. */
  dotted: boolean;
}

/**
 * The runs of `text` that are keys of `p.byRun`, read in one pass over char codes: a run is sliced
 * out only where the filter lets its hash through, and no set of the text's words is built.
 */
function keyRunsIn(p: Probe, text: string): KeyRuns {
  const { bits, mask } = p.filter;
  const out: KeyRuns = { keys: [], dotted: false };
  let lastStart = -2;
  let lastEnd = -2;
  const n = text.length;
  for (let i = 0; i < n; ) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      if (!out.dotted && text.charCodeAt(i) === 46 && lastEnd === i && lastEnd - lastStart === 1 && unitClass(text.charCodeAt(lastStart)) === LETTER_UNIT) {
        out.dotted = i + 1 < n && wordCharAt(text, i + 1) > 0;
      }
      i += 1;
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    while (w > 0) {
      h = hashStep(h, text.charCodeAt(i));
      if (w === 2) h = hashStep(h, text.charCodeAt(i + 1));
      i += w;
      w = i < n ? wordCharAt(text, i) : 0;
    }
    lastStart = start;
    lastEnd = i;
    const b = (h & mask) >>> 0;
    if ((((bits[b >>> 5] as number) >>> (b & 31)) & 1) === 0) continue;
    const run = text.slice(start, i);
    if (p.byRun.has(run) && !out.keys.includes(run)) out.keys.push(run);
  }
  return out;
}

// ─── Years ───────────────────────────────────────────────────────────────────────────────────────

/** Four digits on their own: not part of a longer number, a decimal or a phone number ("404-737-1636"). */
const YEAR = /(?<![\p{L}\p{N},.]|[0-9][-–])(1[0-9]{3}|20[0-9]{2})(?![\p{L}\p{N}]|[,.][0-9])/gu;

/** The latest year a story can start in: next year (a text may be dated ahead of the clock by a day or so). */
const LATEST_YEAR = new Date().getUTCFullYear() + 1;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** The word ("in", "No.", "H.R.") or the sign ("$", "#", ",") just before `start` on its line, as written. */
function wordBefore(text: string, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i -= 1;
  if (i < 0 || text[i] === '\n') return undefined;
  // Letters and dots: "No.", "H.R."; a lone dot or another sign on its own.
  let j = i;
  let letters = false;
  for (let c = text.charCodeAt(j); j >= 0 && (c === 46 || unitClass(c) === LETTER_UNIT); c = text.charCodeAt(--j)) letters ||= c !== 46;
  return letters ? text.slice(j + 1, i + 1) : text.slice(i, i + 1);
}

/** The word ("points", "AD") or the sign ("%", ".") just after `end` on its line, as written, and where it ends. */
function wordAfter(text: string, end: number): { word: string; end: number } | undefined {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  if (i >= text.length || text[i] === '\n') return undefined;
  let j = i;
  while (j < text.length && unitClass(text.charCodeAt(j)) === LETTER_UNIT) j += 1;
  return j > i ? { word: text.slice(i, j), end: j } : { word: text[i] as string, end: i + 1 };
}

/** Whether the four digits at `[start, end)` of `text` read as a year a story can start in (`readsAsYear`, at most next year). */
function yearAt(text: string, start: number, end: number): number | undefined {
  const year = Number(text.slice(start, end));
  if (year > LATEST_YEAR) return undefined;
  const after = wordAfter(text, end);
  const then = after === undefined ? undefined : wordAfter(text, after.end)?.word;
  return readsAsYear(year, wordBefore(text, start), after?.word, then) ? year : undefined;
}

/**
 * A figure written as a bare four-digit year (`1994 expulsions`): a date the number reader took
 * for a count. Only plausible years (1500 to next year): "1000 points" is a count.
 */
const looksLikeYear = (text: unknown): boolean => {
  const m = typeof text === 'string' ? /^(\d{4})(?![0-9,.])/.exec(text.trim()) : null;
  return m !== null && Number(m[1]) >= EARLIEST_BARE_YEAR && Number(m[1]) <= LATEST_YEAR;
};

interface Quantity {
  value: number;
  what: string | undefined;
  unit: string | undefined;
  kind: string;
  /** What is counted, reduced to its head word (`aid convoys` → `convoy`). */
  topic: string;
  evidence: Evidence;
  claim: Evidence;
}

/** The figures of one claim finding, each number span read once per document (`seen`). */
function quantitiesOf(d: LensDoc, f: Finding, seen: Set<string>): Quantity[] {
  const data = rec(f);
  const out: Quantity[] = [];
  for (const n of Array.isArray(data.numbers) ? (data.numbers as Array<Record<string, unknown>>) : []) {
    if (typeof n.value !== 'number' || typeof n.start !== 'number' || typeof n.end !== 'number') continue;
    const kind = str(n.kind) ?? 'number';
    if (kind === 'year' || kind === 'date' || looksLikeYear(n.text)) continue;
    if (seen.has(`${n.start}:${n.end}`)) continue;
    seen.add(`${n.start}:${n.end}`);
    const what = str(n.what);
    const unit = str(n.unit);
    const head = what === undefined ? undefined : contentWords(what).pop();
    const topic = head ?? unit;
    if (topic === undefined) continue;
    out.push({
      value: n.value,
      what,
      unit,
      kind,
      topic,
      evidence: { docId: d.docId, start: n.start, end: n.end, text: str(n.text) ?? f.text.slice(n.start - f.start, n.end - f.start) },
      claim: { docId: d.docId, start: f.start, end: f.end, text: f.text },
    });
  }
  return out;
}

// ─── State ───────────────────────────────────────────────────────────────────────────────────────

/** Documents counted once each: a row counts a document when it differs from the last one it saw. */
interface DocCount {
  documents: number;
  lastDoc: string | undefined;
}

const countDoc = (c: DocCount, docId: string): void => {
  if (c.lastDoc === docId) return;
  c.lastDoc = docId;
  c.documents += 1;
};

/** A naming row while it is counted: the row's fields but its shares, plus the last document seen. */
interface NamingCell extends DocCount, Omit<NamingRow, 'documents' | 'share' | 'divergence'> {}

interface Tally extends DocCount {
  kind: OmissionKind;
  item: string;
  /** Lower-cased names the item goes by (for actors: name and aliases). */
  names: string[];
  /** For actors: a named person's surname (`data.surname`), folded; `lone` when the item is one word of a person or unknown kind. */
  person?: { surname: string | undefined; lone: boolean } | undefined;
  mentions: number;
  evidence: Evidence[];
}

interface GroupState {
  documents: number;
  /** Omission items by kind and lower-cased item. */
  items: Map<string, Tally>;
  /** Lower-cased variant, as written and as the pack lists it → the `pack/concept`s it names. */
  variants: Map<string, Set<string>>;
  /** Documents per `reading\0label`. */
  frames: Map<string, number>;
  months: Map<string, { documents: number; words: number }>;
  start: StoryStartRow | undefined;
}

interface FigureRow {
  values: number[];
  evidence: Evidence[];
  claims: Evidence[];
}

interface FigureKey extends DocCount {
  topic: string;
  unit: string | undefined;
  kind: string;
  min: number;
  max: number;
  groups: Map<string, FigureRow>;
}

interface Cell extends DocCount {
  kind: string | undefined;
  mentions: number;
  roles: Record<string, number>;
  polaritySum: number;
  polarityCount: number;
  words: Map<string, { count: number; polarity: string }>;
  evidence: Evidence[];
}

interface ActorState {
  /** As first written. */
  name: string;
  /** A named person's surname, as the actors lens gives it (`data.surname`), folded. */
  surname: string | undefined;
  mentions: number;
  cells: Map<string, Cell>;
}

/** The names one group's texts are searched for in pass 2 (folded: `foldName`). */
interface Probe {
  pending: Set<string>;
  found: Set<string>;
  /** Pending names by one of their runs of letters or digits (the one fewest names share). */
  byRun: Map<string, string[]>;
  /** The keys of `byRun`, as bits of their hashes. */
  filter: RunFilter;
  /** Names without a letter or digit, tried on every text. */
  bare: string[];
  patterns: Map<string, RegExp>;
}

// ─── The accumulator ─────────────────────────────────────────────────────────────────────────────

/**
 * Builds every lens table from documents added one at a time, in bounded memory (see the module
 * comment for the two-pass protocol and the caps).
 *
 * @example
 * const lens = new LensAccumulator({ claimRows: 5_000 });
 * lens.add({ docId: 'a', group: 'x', findings, signals: [], words: 800, text });
 * lens.rows().naming;
 */
export class LensAccumulator {
  private readonly limits: LensLimits;
  private readonly groups = new Map<string, GroupState>();
  private readonly namingCells = new Map<string, Map<string, NamingCell>>();
  private readonly figures = new Map<string, FigureKey>();
  private readonly actors = new Map<string, ActorState>();
  /** Rows held under each cap. */
  private itemCount = 0;
  private cellCount = 0;
  private claimRowCount = 0;
  private firstMonth: string | undefined;
  private lastMonth: string | undefined;
  private probes: Map<string, Probe> | undefined;
  private readonly dropped: LensPruned = { items: 0, actors: 0, words: 0, claimKeys: 0 };

  constructor(limits: Partial<LensLimits> = {}) {
    this.limits = { ...DEFAULT_LENS_LIMITS, ...limits };
    for (const [name, v] of Object.entries(this.limits)) {
      if (!Number.isInteger(v) || v < 2) throw new RangeError(`lens limit ${name} must be a whole number of at least 2, got ${v}`);
    }
  }

  /** How many keys each cap has dropped so far (all 0 while the tables are exact). */
  get pruned(): Readonly<LensPruned> {
    return { ...this.dropped };
  }

  /** Adds one document of one group (pass 1). */
  add(doc: LensDoc): void {
    if (this.probes !== undefined) throw new Error('LensAccumulator.add after pendingProbes(): the probes are fixed once pass 1 ends');
    const g = this.group(doc.group);
    g.documents += 1;
    const seen = new Set<string>();
    const counts: Array<[number, number]> = [];
    for (const f of doc.findings) {
      if (f.detector === 'terminology') this.addTerm(doc, g, f);
      else if (f.detector === 'actors') this.addActor(doc, g, f);
      else if (f.detector === 'claims') this.addClaim(doc, g, f, seen, counts);
    }
    const text = doc.text ?? '';
    for (const m of text.matchAll(YEAR)) {
      const start = m.index;
      const end = start + m[0].length;
      if (counts.some(([s, e]) => start >= s && end <= e)) continue;
      const year = yearAt(text, start, end);
      if (year !== undefined) offerStart(g, { group: doc.group, year, from: 'text', evidence: { docId: doc.docId, start, end, text: m[0] } });
    }
    for (const s of doc.signals) {
      const labels = s.id === 'frames' ? s.labels : s.id === 'genre' || s.id.startsWith('side:') ? s.labels.slice(0, 1) : [];
      for (const l of new Set(labels.map((x) => x.label))) {
        const key = `${s.id}\u0000${l}`;
        g.frames.set(key, (g.frames.get(key) ?? 0) + 1);
      }
    }
    const m = /^(\d{4})-(\d{2})/.exec(doc.publishedAt ?? '');
    if (m !== null) {
      const month = `${m[1]}-${m[2]}`;
      const cell = g.months.get(month) ?? { documents: 0, words: 0 };
      cell.documents += 1;
      cell.words += doc.words;
      g.months.set(month, cell);
      if (this.firstMonth === undefined || month < this.firstMonth) this.firstMonth = month;
      if (this.lastMonth === undefined || month > this.lastMonth) this.lastMonth = month;
    }
  }

  private group(name: string): GroupState {
    let g = this.groups.get(name);
    if (g === undefined) {
      g = { documents: 0, items: new Map(), variants: new Map(), frames: new Map(), months: new Map(), start: undefined };
      this.groups.set(detach(name), g);
    }
    return g;
  }

  /** The tally of `item` in `g` (`folded`: the item as its key, `foldName` for actors and places). */
  private tally(g: GroupState, kind: OmissionKind, item: string, names: readonly string[], folded = item.toLowerCase()): Tally {
    const key = `${kind}\u0000${folded}`;
    let t = g.items.get(key);
    if (t === undefined) {
      if (this.itemCount + 1 > this.limits.items) {
        const maps = [...this.groups.values()].map((s) => s.items);
        this.dropped.items += prune(maps, (x) => x.mentions, this.limits.items);
        this.itemCount = unitsOf(maps, () => 1);
      }
      t = { kind, item: detach(item), names: [], mentions: 0, documents: 0, lastDoc: undefined, evidence: [] };
      g.items.set(detach(key), t);
      this.itemCount += 1;
    }
    for (const n of names) if (!t.names.includes(n)) t.names.push(detach(n));
    return t;
  }

  private addTerm(d: LensDoc, g: GroupState, f: Finding): void {
    const data = rec(f);
    const pack = str(data.pack);
    const concept = str(data.concept);
    if (pack === undefined || concept === undefined) return;
    // Naming: the pack's terms are a closed list, so these rows need no cap.
    const variant = str(data.term) ?? f.text;
    const key = `${pack}\u0000${concept}`;
    let rows = this.namingCells.get(key);
    if (rows === undefined) this.namingCells.set(detach(key), (rows = new Map()));
    const rowKey = `${d.group}\u0000${variant.toLowerCase()}`;
    let row = rows.get(rowKey);
    if (row === undefined) {
      row = {
        pack: detach(pack),
        concept: detach(concept),
        neutral: detachOpt(str(data.neutral)),
        group: detach(d.group),
        variant: detach(variant),
        side: detachOpt(str(data.side)),
        count: 0,
        documents: 0,
        lastDoc: undefined,
        evidence: [],
      };
      rows.set(detach(rowKey), row);
    }
    row.count += 1;
    countDoc(row, d.docId);
    pushEvidence(row.evidence, { docId: d.docId, start: f.start, end: f.end, text: f.text });
    // Omissions: the concept, and which concept each variant names (a place named by one group's
    // variant is a naming difference, not an omission, where the other group names the concept).
    const t = this.tally(g, 'concept', `${pack}/${concept}`, []);
    t.mentions += 1;
    countDoc(t, d.docId);
    pushEvidence(t.evidence, { docId: d.docId, start: f.start, end: f.end, text: f.text });
    for (const v of [f.text, str(data.term)]) {
      if (v === undefined) continue;
      const lower = foldName(v);
      let set = g.variants.get(lower);
      if (set === undefined) g.variants.set(detach(lower), (set = new Set()));
      const named = `${pack}/${concept}`;
      if (!set.has(named)) set.add(detach(named));
    }
  }

  private addActor(d: LensDoc, g: GroupState, f: Finding): void {
    const data = rec(f);
    const actor = str(data.actor);
    if (actor === undefined) return;
    // Omissions.
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    const key = foldName(actor);
    const t = this.tally(g, data.kind === 'place' ? 'place' : 'actor', actor, [key, ...aliases.map(foldName)], key);
    const surname = str(data.surname);
    const person = personOf(actor, str(data.kind), surname);
    if (t.person === undefined && person !== undefined) t.person = { surname: detachOpt(person.surname), lone: person.lone };
    const mentions = Array.isArray(data.mentions) ? (data.mentions as Array<{ start: number; end: number }>) : [{ start: f.start, end: f.end }];
    t.mentions += mentions.length;
    countDoc(t, d.docId);
    const first = mentions[0];
    if (first !== undefined) pushEvidence(t.evidence, { docId: d.docId, start: first.start, end: first.end, text: d.text?.slice(first.start, first.end) ?? f.text });
    // Portrayal.
    const cells = (x: ActorState): number => x.cells.size;
    if (this.actors.get(key)?.cells.has(d.group) !== true && this.cellCount + 1 > this.limits.actorCells) {
      this.dropped.actors += prune([this.actors], (x) => x.mentions, this.limits.actorCells, cells);
      this.cellCount = unitsOf([this.actors], cells);
    }
    let a = this.actors.get(key);
    if (a === undefined) this.actors.set(detach(key), (a = { name: detach(actor), surname: undefined, mentions: 0, cells: new Map() }));
    if (a.surname === undefined && surname !== undefined) a.surname = detach(foldName(surname));
    let cell = a.cells.get(d.group);
    if (cell === undefined) {
      cell = { kind: detachOpt(str(data.kind)), documents: 0, lastDoc: undefined, mentions: 0, roles: {}, polaritySum: 0, polarityCount: 0, words: new Map(), evidence: [] };
      a.cells.set(detach(d.group), cell);
      this.cellCount += 1;
    }
    countDoc(cell, d.docId);
    const n = Array.isArray(data.mentions) ? data.mentions.length : 1;
    cell.mentions += n;
    a.mentions += n;
    const role = str(data.role) ?? 'neutral';
    cell.roles[role] = (cell.roles[role] ?? 0) + 1;
    for (const p of Array.isArray(data.portrayal) ? (data.portrayal as Array<Record<string, unknown>>) : []) {
      const text = str(p.text);
      if (text === undefined) continue;
      const polarity = str(p.polarity) ?? 'neutral';
      cell.polaritySum += polarity === 'positive' ? 1 : polarity === 'negative' ? -1 : 0;
      cell.polarityCount += 1;
      const lower = text.toLowerCase();
      let w = cell.words.get(lower);
      if (w === undefined) {
        if (cell.words.size + 1 > this.limits.words) this.dropped.words += prune([cell.words], (x) => x.count, this.limits.words);
        w = { count: 0, polarity: detach(polarity) };
        cell.words.set(detach(lower), w);
      }
      w.count += 1;
      if (typeof p.start === 'number' && typeof p.end === 'number') pushEvidence(cell.evidence, { docId: d.docId, start: p.start, end: p.end, text });
    }
  }

  private addClaim(d: LensDoc, g: GroupState, f: Finding, seen: Set<string>, counts: Array<[number, number]>): void {
    const data = rec(f);
    // Story start: claims' absolute dates, and the spans of counts (a year inside one is no year).
    for (const n of Array.isArray(data.numbers) ? (data.numbers as Array<Record<string, unknown>>) : []) {
      if (typeof n.start === 'number' && typeof n.end === 'number' && n.kind !== 'year' && !looksLikeYear(n.text)) counts.push([n.start, n.end]);
    }
    for (const date of Array.isArray(data.dates) ? (data.dates as Array<Record<string, unknown>>) : []) {
      const m = /^(\d{4})/.exec(str(date.date) ?? '');
      if (date.kind !== 'absolute' || m === null || typeof date.start !== 'number' || typeof date.end !== 'number') continue;
      const year = Number(m[1]);
      // A date written as four bare digits is read again in its text ("$1000", "Form 1040"), so an
      // analysis made before the date reader knew better does not start the story there.
      const bare = /^\d{4}$/.test(str(date.text) ?? '') && d.text?.slice(date.start, date.end) === date.text;
      if (year > LATEST_YEAR || (bare && yearAt(d.text ?? '', date.start, date.end) === undefined)) continue;
      offerStart(g, { group: d.group, year, from: 'date', evidence: { docId: d.docId, start: date.start, end: date.end, text: str(date.text) ?? m[1] ?? '' } });
    }
    for (const q of quantitiesOf(d, f, seen)) {
      // Omissions: figures of a counted thing.
      if (q.what !== undefined) {
        const t = this.tally(g, 'number', `number of ${q.topic}`, []);
        t.mentions += 1;
        countDoc(t, d.docId);
        pushEvidence(t.evidence, q.evidence);
      }
      // Claim alignment.
      const key = `${q.kind}\u0000${q.unit ?? ''}\u0000${q.topic}`;
      const rows = (x: FigureKey): number => x.groups.size;
      if (this.figures.get(key)?.groups.has(d.group) !== true && this.claimRowCount + 1 > this.limits.claimRows) {
        this.dropped.claimKeys += prune([this.figures], (x) => x.documents, this.limits.claimRows, rows);
        this.claimRowCount = unitsOf([this.figures], rows);
      }
      let k = this.figures.get(key);
      if (k === undefined) {
        k = { topic: detach(q.topic), unit: detachOpt(q.unit), kind: detach(q.kind), min: Infinity, max: -Infinity, documents: 0, lastDoc: undefined, groups: new Map() };
        this.figures.set(detach(key), k);
      }
      countDoc(k, d.docId);
      k.min = Math.min(k.min, Math.abs(q.value));
      k.max = Math.max(k.max, Math.abs(q.value));
      let row = k.groups.get(d.group);
      if (row === undefined) {
        k.groups.set(detach(d.group), (row = { values: [], evidence: [], claims: [] }));
        this.claimRowCount += 1;
      }
      if (row.values.length < this.limits.values) row.values.push(q.value);
      pushEvidence(row.evidence, q.evidence);
      pushEvidence(row.claims, q.claim);
    }
  }

  // ─── Pass 2: names to look for in other groups' texts ─────────────────────────────────────────

  /**
   * Ends pass 1 and gives, per group, the folded names (`foldName`) still to look for in its
   * texts: actors and places other groups name that this group's findings never do. Names drop
   * out as `observeText` finds them.
   *
   * @example
   * lens.pendingProbes(); // Map { 'lusovia' => ['tavrensk', 'upper kellmark'] }
   */
  pendingProbes(): Map<string, string[]> {
    this.probes ??= this.makeProbes();
    const out = new Map<string, string[]>();
    for (const [group, p] of this.probes) if (p.pending.size > 0) out.set(group, [...p.pending]);
    return out;
  }

  /**
   * Whether texts of `group` (of any group, without one) are still wanted in pass 2: true only
   * after `pendingProbes()` and while a name is still to be looked for there.
   *
   * @example
   * if (lens.needsText(doc.group)) lens.observeText(doc.group, doc.text.toLowerCase());
   */
  needsText(group?: string): boolean {
    if (this.probes === undefined) return false;
    if (group !== undefined) return (this.probes.get(group)?.pending.size ?? 0) > 0;
    return [...this.probes.values()].some((p) => p.pending.size > 0);
  }

  /**
   * Looks for the pending names of `group` in one of its texts, lower-cased (pass 2). A name is
   * found where it occurs as a whole phrase, not inside a longer word, once the text's dotted
   * acronyms are folded as the names are (`foldAcronyms`: "n.a.a.c.p." finds "naacp").
   *
   * One pass over the text's char codes finds the runs of letters and digits that some pending
   * name is filed under (`keyRunsIn`); only their names are looked for as phrases.
   *
   * @example
   * lens.observeText('lusovia', 'convoys left tavrensk at dawn.');
   */
  observeText(group: string, lowerText: string): void {
    const p = this.probes?.get(group);
    if (p === undefined || p.pending.size === 0) return;
    let text = lowerText;
    const scan = keyRunsIn(p, text);
    let keys = scan.keys;
    if (scan.dotted) {
      const folded = foldAcronyms(text);
      if (folded !== text) keys = keyRunsIn(p, (text = folded)).keys;
    }
    for (const run of keys) {
      const names = p.byRun.get(run) ?? [];
      for (const name of names) this.tryName(p, name, text);
      if (names.every((n) => p.found.has(n))) p.byRun.delete(run);
    }
    for (const name of p.bare) this.tryName(p, name, text);
  }

  private tryName(p: Probe, name: string, text: string): void {
    if (p.found.has(name)) return;
    // A cheap test first; a name with an apostrophe may be written with a curly one.
    if (!text.includes(name) && !(name.includes("'") && text.includes(name.replace(/'/g, '’')))) return;
    let re = p.patterns.get(name);
    if (re === undefined) p.patterns.set(name, (re = phrase(name)));
    if (!re.test(text)) return;
    p.found.add(name);
    p.pending.delete(name);
    p.patterns.delete(name);
  }

  private makeProbes(): Map<string, Probe> {
    const pending = new Map<string, Set<string>>();
    this.eachCheck((t, other, verdict) => {
      if (verdict !== 'text') return;
      let set = pending.get(other);
      if (set === undefined) pending.set(other, (set = new Set()));
      for (const n of t.names) if (n.trim() !== '') set.add(n);
    });
    const out = new Map<string, Probe>();
    for (const [group, names] of pending) {
      const runs = new Map([...names].map((name) => [name, runsOf(name)]));
      const byRun = new Map<string, string[]>();
      const bare: string[] = [];
      // Each name is filed under the run fewest names share (a common surname would make every
      // text that holds it try them all), the longer run on a tie.
      const sharing = new Map<string, number>();
      for (const list of runs.values()) for (const run of list) sharing.set(run, (sharing.get(run) ?? 0) + 1);
      const rank = (run: string): number => (sharing.get(run) ?? 0) * 1024 - Math.min(run.length, 1023);
      for (const [name, list] of runs) {
        if (list.length === 0) {
          bare.push(name);
          continue;
        }
        const key = list.reduce((a, b) => (rank(b) < rank(a) ? b : a));
        const filed = byRun.get(key) ?? [];
        filed.push(name);
        byRun.set(key, filed);
      }
      out.set(group, { pending: names, found: new Set(), byRun, filter: runFilter(byRun.keys(), byRun.size), bare, patterns: new Map() });
    }
    return out;
  }

  /**
   * Calls `visit` for every omission item of every group and every other group with whether that
   * group's findings name it (`true`, `false`) or only its texts can tell (`text`).
   */
  private eachCheck(visit: (t: Tally, other: string, verdict: boolean | 'text') => void): void {
    const names = [...this.groups.keys()].sort();
    const actorNames = new Map(names.map((g) => [g, new Set([...(this.groups.get(g)?.items.values() ?? [])].filter((o) => o.kind === 'actor' || o.kind === 'place').flatMap((o) => o.names))]));
    // One person under several names across groups ("Trump" in one, "Donald Trump" in another): see `personLinks`.
    const people = new Map<string, PersonEntry>();
    for (const g of this.groups.values()) {
      for (const o of g.items.values()) {
        if (o.person === undefined) continue;
        const name = foldName(o.item);
        const had = people.get(name);
        people.set(name, { name, surname: o.person.surname ?? had?.surname, lone: o.person.lone, mentions: (had?.mentions ?? 0) + o.mentions });
      }
    }
    const links = personLinks(people.values());
    const personOfGroup = new Map(names.map((g) => [g, new Set([...(this.groups.get(g)?.items.values() ?? [])].flatMap((o) => (o.person === undefined ? [] : [links.get(foldName(o.item)) ?? foldName(o.item)])))]));
    for (const g of names) {
      const mine = this.groups.get(g) as GroupState;
      for (const [key, t] of mine.items) {
        for (const other of names) {
          if (other === g) continue;
          const theirs = this.groups.get(other) as GroupState;
          if (t.kind !== 'actor' && t.kind !== 'place') {
            visit(t, other, theirs.items.has(key));
            continue;
          }
          const concepts = t.names.flatMap((n) => [...(mine.variants.get(n) ?? [])]);
          const self = t.person === undefined ? undefined : (links.get(foldName(t.item)) ?? foldName(t.item));
          const named =
            concepts.some((c) => theirs.items.has(`concept\u0000${c.toLowerCase()}`)) ||
            t.names.some((n) => actorNames.get(other)?.has(n) === true) ||
            (self !== undefined && personOfGroup.get(other)?.has(self) === true);
          visit(t, other, named ? true : 'text');
        }
      }
    }
  }

  // ─── The tables ──────────────────────────────────────────────────────────────────────────────

  /** Every lens table. */
  rows(portrayalLimit = 20): LensRows {
    return {
      naming: this.naming(),
      omissions: this.omissions(),
      storyStart: this.storyStart(),
      claims: this.claims(),
      portrayal: this.portrayal(portrayalLimit),
      frames: this.frames(),
      timeline: this.timeline(),
    };
  }

  /** The naming fingerprint: see `namingFingerprint`. */
  naming(): NamingRow[] {
    const out: NamingRow[] = [];
    const uses = new Map<string, number>();
    for (const cells of this.namingCells.values()) {
      const totals = new Map<string, number>();
      for (const c of cells.values()) totals.set(c.group, (totals.get(c.group) ?? 0) + c.count);
      const list: NamingRow[] = [...cells.values()].map((c) => ({
        pack: c.pack,
        concept: c.concept,
        neutral: c.neutral,
        group: c.group,
        variant: c.variant,
        side: c.side,
        count: c.count,
        documents: c.documents,
        share: round(c.count / (totals.get(c.group) ?? 1)),
        divergence: 0,
        evidence: [...c.evidence],
      }));
      const groups = [...totals.keys()];
      let divergence = groups.length < 2 ? 1 : 0;
      for (let i = 0; i < groups.length; i += 1) {
        for (let j = i + 1; j < groups.length; j += 1) divergence = Math.max(divergence, tvd(list, groups[i] ?? '', groups[j] ?? '', totals));
      }
      for (const r of list) r.divergence = round(divergence);
      const first = list[0];
      if (first !== undefined) uses.set(`${first.pack}\u0000${first.concept}`, list.reduce((n, r) => n + r.count, 0));
      out.push(...list);
    }
    return out.sort(
      (a, b) =>
        b.divergence - a.divergence ||
        (uses.get(`${b.pack}\u0000${b.concept}`) ?? 0) - (uses.get(`${a.pack}\u0000${a.concept}`) ?? 0) ||
        cmp(a.pack, b.pack) ||
        cmp(a.concept, b.concept) ||
        cmp(a.group, b.group) ||
        b.count - a.count ||
        cmp(a.variant, b.variant),
    );
  }

  /** Omissions: see `omissions`. Names still pending after pass 2 (or without it) count as not found. */
  omissions(): OmissionRow[] {
    const missing = new Map<Tally, string[]>();
    this.eachCheck((t, other, verdict) => {
      const found = this.probes?.get(other)?.found;
      const omitted = verdict === 'text' ? !t.names.some((n) => found?.has(n) === true) : !verdict;
      if (!omitted) return;
      const list = missing.get(t) ?? [];
      list.push(other);
      missing.set(t, list);
    });
    const rows: OmissionRow[] = [];
    for (const [g, state] of this.groups) {
      for (const t of state.items.values()) {
        const missingFrom = missing.get(t);
        if (missingFrom === undefined) continue;
        const share = t.documents / state.documents;
        rows.push({ kind: t.kind, item: t.item, group: g, missingFrom, mentions: t.mentions, documents: t.documents, centrality: round(t.mentions * share), evidence: [...t.evidence] });
      }
    }
    return rows.sort((a, b) => b.centrality - a.centrality || cmp(a.group, b.group) || cmp(a.kind, b.kind) || cmp(a.item, b.item));
  }

  /** Story start: see `storyStart`. */
  storyStart(): StoryStartRow[] {
    return [...this.groups.values()]
      .flatMap((g) => (g.start === undefined ? [] : [{ ...g.start, evidence: { ...g.start.evidence } }]))
      .sort((a, b) => cmp(a.group, b.group));
  }

  /** Claim alignment: see `alignClaims`. */
  claims(): ClaimRow[] {
    const order: Record<Alignment, number> = { diverge: 0, agree: 1, 'one-sided': 2 };
    const blocks: Array<{ alignment: Alignment; weight: number; topic: string; rows: ClaimRow[] }> = [];
    for (const k of this.figures.values()) {
      const alignment: Alignment = k.groups.size < 2 ? 'one-sided' : k.max - k.min <= 0.1 * k.max ? 'agree' : 'diverge';
      const names = [...k.groups.keys()].sort();
      const rows = names.map((group): ClaimRow => {
        const r = k.groups.get(group) as FigureRow;
        return { topic: k.topic, unit: k.unit, kind: k.kind, alignment, group, values: [...r.values], groups: names, evidence: [...r.evidence], claims: [...r.claims] };
      });
      blocks.push({ alignment, weight: k.documents, topic: k.topic, rows });
    }
    return blocks.sort((a, b) => order[a.alignment] - order[b.alignment] || b.weight - a.weight || cmp(a.topic, b.topic)).flatMap((b) => b.rows);
  }

  /** The portrayal matrix: see `portrayalMatrix`. */
  portrayal(limit = 20): PortrayalRow[] {
    const groups = [...this.groups.keys()].sort();
    const actors = this.linkedActors();
    const keys = [...actors.keys()].sort((a, b) => (actors.get(b)?.mentions ?? 0) - (actors.get(a)?.mentions ?? 0) || cmp(a, b)).slice(0, limit);
    return keys.flatMap((key) => {
      const a = actors.get(key) as ActorState;
      return groups.map((group): PortrayalRow => {
        const cell = a.cells.get(group);
        if (cell === undefined) return { actor: a.name, kind: [...a.cells.values()][0]?.kind, group, documents: 0, mentions: 0, roles: {}, polarity: undefined, words: [], evidence: [] };
        const words = [...cell.words.entries()]
          .map(([text, w]) => ({ text, count: w.count, polarity: w.polarity }))
          .sort((x, y) => y.count - x.count || cmp(x.text, y.text))
          .slice(0, 5);
        const polarity = cell.polarityCount === 0 ? undefined : round(cell.polaritySum / cell.polarityCount, 2);
        return { actor: a.name, kind: cell.kind, group, documents: cell.documents, mentions: cell.mentions, roles: { ...cell.roles }, polarity, words, evidence: [...cell.evidence] };
      });
    });
  }

  /**
   * The actors of the portrayal matrix with the rows of one person joined (`personLinks`): "Trump"
   * and "Donald J. Trump" under "Donald Trump". The state is left as it is: joined rows are copies.
   */
  private linkedActors(): Map<string, ActorState> {
    const lone = (key: string, a: ActorState): boolean => !key.includes(' ') && [...a.cells.values()].every((c) => c.kind === 'person' || c.kind === 'unknown');
    const links = personLinks([...this.actors].filter(([key, a]) => a.surname !== undefined || lone(key, a)).map(([key, a]) => ({ name: key, surname: a.surname, lone: lone(key, a), mentions: a.mentions })));
    if (links.size === 0) return this.actors;
    const copy = (a: ActorState): ActorState => ({ ...a, cells: new Map([...a.cells].map(([g, c]) => [g, { ...c, roles: { ...c.roles }, words: new Map(c.words), evidence: [...c.evidence] }])) });
    const out = new Map<string, ActorState>();
    for (const [key, a] of this.actors) {
      const target = links.get(key);
      if (target === undefined) {
        if (!out.has(key)) out.set(key, copy(a));
        continue;
      }
      let into = out.get(target);
      if (into === undefined) out.set(target, (into = copy(this.actors.get(target) as ActorState)));
      into.mentions += a.mentions;
      for (const [group, c] of a.cells) {
        const o = into.cells.get(group);
        if (o === undefined) {
          into.cells.set(group, { ...c, kind: 'person', roles: { ...c.roles }, words: new Map(c.words), evidence: [...c.evidence] });
          continue;
        }
        // Other documents: within one text the actors lens has joined the names of one person already.
        o.documents += c.documents;
        o.mentions += c.mentions;
        for (const [role, n] of Object.entries(c.roles)) o.roles[role] = (o.roles[role] ?? 0) + n;
        o.polaritySum += c.polaritySum;
        o.polarityCount += c.polarityCount;
        for (const [word, w] of c.words) o.words.set(word, { count: (o.words.get(word)?.count ?? 0) + w.count, polarity: o.words.get(word)?.polarity ?? w.polarity });
        for (const e of c.evidence) pushEvidence(o.evidence, e);
      }
    }
    return out;
  }

  /** The frame profile: see `frameProfile`. */
  frames(): FrameRow[] {
    const rows: FrameRow[] = [];
    for (const [group, g] of this.groups) {
      for (const [key, n] of g.frames) {
        const [reading = '', label = ''] = key.split('\u0000');
        rows.push({ group, reading, label, documents: n, of: g.documents, share: round(n / g.documents) });
      }
    }
    const rank = (r: string): number => (r === 'frames' ? 0 : r === 'genre' ? 1 : 2);
    return rows.sort((a, b) => rank(a.reading) - rank(b.reading) || cmp(a.reading, b.reading) || cmp(a.label, b.label) || cmp(a.group, b.group));
  }

  /** The timeline: see `timeline`. */
  timeline(): TimelineRow[] {
    if (this.firstMonth === undefined || this.lastMonth === undefined) return [];
    const all: string[] = [];
    for (let [y, mo] = this.firstMonth.split('-').map(Number) as [number, number]; ; ) {
      const key = `${y}-${String(mo).padStart(2, '0')}`;
      all.push(key);
      if (key >= this.lastMonth || all.length > 1200) break;
      mo += 1;
      if (mo > 12) [y, mo] = [y + 1, 1];
    }
    return [...this.groups.keys()].sort().flatMap((group) =>
      all.map((month) => {
        const cell = this.groups.get(group)?.months.get(month);
        return { group, month, documents: cell?.documents ?? 0, words: cell?.words ?? 0 };
      }),
    );
  }
}

/** Keeps the earliest year of a group, a claim's date before a bare year in the text. */
function offerStart(g: GroupState, row: StoryStartRow): void {
  const cur = g.start;
  if (cur === undefined || row.year < cur.year || (row.year === cur.year && row.from === 'date' && cur.from === 'text')) {
    g.start = { ...row, group: detach(row.group), evidence: { ...row.evidence, docId: detach(row.evidence.docId), text: detach(row.evidence.text) } };
  }
}

/** Total variation distance between two groups' variant distributions for one concept. */
function tvd(rows: readonly NamingRow[], a: string, b: string, totals: Map<string, number>): number {
  const p = new Map<string, number>();
  const q = new Map<string, number>();
  for (const r of rows) {
    const v = r.variant.toLowerCase();
    if (r.group === a) p.set(v, (p.get(v) ?? 0) + r.count / (totals.get(a) ?? 1));
    if (r.group === b) q.set(v, (q.get(v) ?? 0) + r.count / (totals.get(b) ?? 1));
  }
  let sum = 0;
  for (const v of new Set([...p.keys(), ...q.keys()])) sum += Math.abs((p.get(v) ?? 0) - (q.get(v) ?? 0));
  return sum / 2;
}
