/**
 * Loads story triplets of two external datasets into a slant store, so that `slant compare` can put
 * the three articles on one story side by side:
 *
 * - AllSides (Baly et al. 2020): one left, one center and one right article on the same story and
 *   day (`story_triplets.tsv`). Each article's JSON is added through `slant add`'s own JSON reader
 *   with a field mapping: side = `bias_text`, outlet = `source`, text = `content_original`.
 * - BASIL (Fan et al. 2019): Fox News, HuffPost and NYT on the same event. The text is the
 *   article's `body-paragraphs` (sentences joined, paragraphs apart), outlet = `source`
 *   (fox|hpo|nyt) and side = the annotators' `relative_stance` of the article within its triplet
 *   (left|center|right; the files also write it liberal|conservative).
 *
 * Every article gets a tag for its story (`allsides-12`, `basil-2b95d2cf`). The texts are read
 * from the datasets folder at run time; nothing of them is kept in the repository.
 *
 * Run: node --import tsx scripts/triplets.ts allsides|basil (--story N | --all | --list) --db FILE [--data DIR]
 * then: node --import tsx src/cli/main.ts compare --by side --db FILE   (BASIL also --by outlet)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addDocuments, makeDocument, openStore, SlantError, toSlantError, type AddEvent, type SlantDocument, type Store } from '../src/index.js';
import { exitCodeFor } from '../src/cli/exit-codes.js';
import type { FieldMap } from '../src/ingest/index.js';
import { datasetsDir } from '../src/train/datasets/paths.js';

/** The datasets the script reads, as its first argument names them. */
export const DATASETS = ['allsides', 'basil'] as const;
export type TripletDataset = (typeof DATASETS)[number];

/** One story (AllSides) or event (BASIL): three articles, each a file of the dataset. */
export interface Triplet {
  dataset: TripletDataset;
  /** AllSides `triplet_no`; for BASIL, the position in (year, triplet uuid) order, from 1. */
  story: number;
  /** The dataset's own id of the triplet: the AllSides number, the BASIL triplet uuid. */
  key: string;
  /** The tag every article of the triplet gets. */
  tag: string;
  date: string;
  /** AllSides topic, BASIL main event. */
  about: string;
  articles: TripletArticle[];
}

export interface TripletArticle {
  /** The article's JSON file. */
  path: string;
  title: string;
  /** AllSides `source`; BASIL `source`, lower-cased (fox, hpo, nyt). */
  outlet: string;
  /** AllSides `bias_text`; BASIL `relative_stance` as left, center or right. */
  side: string;
}

/**
 * The `slant add` field mapping for an AllSides article JSON. The text must be `content_original`:
 * the files also hold `content`, a tokenized copy ("Kavanaugh ?") with the outlet's name masked.
 */
export const ALLSIDES_FIELDS: FieldMap = {
  text: 'content_original',
  title: 'title',
  date: 'date',
  outlet: 'source',
  side: 'bias_text',
  url: 'url',
  author: 'authors',
};

/** BASIL's relative stance, as the annotation files write it, → the side label slant stores. */
const BASIL_STANCE: Readonly<Record<string, string>> = { liberal: 'left', left: 'left', center: 'center', conservative: 'right', right: 'right' };

/** Splits a TSV line into cells (no quoting in these files). */
const cells = (line: string): string[] => line.replace(/\r$/, '').split('\t');

/**
 * The AllSides story triplets of `story_triplets.tsv`, in file order, each with its three article files.
 *
 * @example
 * allSidesTriplets(join(datasetsDir(), 'allsides-article-bias'))[0]?.articles.map((a) => a.side); // ['left', 'center', 'right']
 */
export function allSidesTriplets(dir: string): Triplet[] {
  const file = join(dir, 'story_triplets.tsv');
  const [head = '', ...rows] = readFileSync(file, 'utf8').split('\n');
  const header = cells(head);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i === -1) throw new SlantError('SLANT_INPUT_MALFORMED', `no column ${name} in the header (found: ${header.join(', ')})`, { source: file, row: 1 });
    return i;
  };
  const [cNo, cTopic, cDate, cId, cBias, cSource, cTitle] = ['triplet_no', 'topic', 'date', 'ID', 'bias_text', 'source', 'title'].map(col) as [number, number, number, number, number, number, number];
  const byNo = new Map<string, Triplet>();
  for (const row of rows) {
    if (row.trim() === '') continue;
    const c = cells(row);
    const no = c[cNo] ?? '';
    let triplet = byNo.get(no);
    if (triplet === undefined) {
      triplet = { dataset: 'allsides', story: Number(no), key: no, tag: `allsides-${no}`, date: c[cDate] ?? '', about: c[cTopic] ?? '', articles: [] };
      byNo.set(no, triplet);
    }
    triplet.articles.push({ path: join(dir, 'jsons', `${c[cId] ?? ''}.json`), title: (c[cTitle] ?? '').trim(), outlet: c[cSource] ?? '', side: c[cBias] ?? '' });
  }
  return [...byNo.values()];
}

interface BasilArticleJson {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  'main-event'?: string;
  'triplet-uuid'?: string;
  'body-paragraphs'?: string[][];
}

interface BasilAnnotationJson {
  'article-level-annotations'?: { relative_stance?: string };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/**
 * The BASIL event triplets, numbered from 1 in (year, triplet uuid) order, each with its three
 * article files, their outlets and the relative stance read from each article's annotation file.
 *
 * @example
 * basilTriplets(join(datasetsDir(), 'basil'))[0]?.tag; // 'basil-2b95d2cf'
 */
export function basilTriplets(dir: string): Triplet[] {
  const byUuid = new Map<string, Omit<Triplet, 'story'>>();
  for (const year of readdirSync(join(dir, 'articles')).sort()) {
    for (const name of readdirSync(join(dir, 'articles', year)).sort()) {
      if (!name.endsWith('.json')) continue;
      const path = join(dir, 'articles', year, name);
      const json = readJson<BasilArticleJson>(path);
      const uuid = json['triplet-uuid'] ?? name.replace(/_\d+\.json$/, '');
      let triplet = byUuid.get(uuid);
      if (triplet === undefined) {
        triplet = { dataset: 'basil', key: uuid, tag: `basil-${uuid.slice(0, 8)}`, date: json.date ?? '', about: json['main-event'] ?? '', articles: [] };
        byUuid.set(uuid, triplet);
      }
      if ((json.date ?? '') < triplet.date) triplet.date = json.date ?? '';
      const annotationPath = join(dir, 'annotations', year, name.replace(/\.json$/, '_ann.json'));
      const side = basilSide(readJson<BasilAnnotationJson>(annotationPath), annotationPath);
      triplet.articles.push({ path, title: (json.title ?? '').trim(), outlet: (json.source ?? '').toLowerCase(), side });
    }
  }
  return [...byUuid.values()].map((t, i) => ({ ...t, story: i + 1 }));
}

/** The side of a BASIL article: its relative stance within the triplet, as left, center or right. */
function basilSide(annotation: BasilAnnotationJson, source: string): string {
  const stance = annotation['article-level-annotations']?.relative_stance ?? '';
  const side = BASIL_STANCE[stance.toLowerCase()];
  if (side === undefined) throw new SlantError('SLANT_INPUT_MALFORMED', `relative_stance "${stance}": expected liberal, left, center, conservative or right`, { source });
  return side;
}

/**
 * One BASIL article as a slant document: its paragraphs (sentences joined by a space) one blank
 * line apart, outlet fox|hpo|nyt, side from the annotators' relative stance, the story tag.
 * The source is the article's file, so a finding can be traced back to it.
 *
 * @example
 * basilDocument(triplet.articles[0], triplet.tag).outlet; // 'nyt'
 */
export function basilDocument(article: TripletArticle, tag: string): SlantDocument {
  const json = readJson<BasilArticleJson>(article.path);
  const text = (json['body-paragraphs'] ?? []).map((sentences) => sentences.join(' ')).join('\n\n');
  return makeDocument(text, { title: json.title, publishedAt: json.date, url: json.url, outlet: article.outlet, side: article.side, tags: [tag] }, article.path);
}

/**
 * Adds the articles of one triplet to `store`, yielding `slant add`'s events. AllSides files go
 * through the JSON reader with {@link ALLSIDES_FIELDS}; BASIL articles are built by {@link basilDocument}.
 *
 * @example
 * for await (const event of addTriplet(store, triplet)) console.log(event.status);
 */
export async function* addTriplet(store: Store, triplet: Triplet): AsyncGenerator<AddEvent> {
  if (triplet.dataset === 'allsides') {
    yield* addDocuments(store, triplet.articles.map((a) => a.path), { fields: ALLSIDES_FIELDS, tags: [triplet.tag] });
    return;
  }
  for (const article of triplet.articles) {
    try {
      const doc = basilDocument(article, triplet.tag);
      const outcome = await store.addDocument(doc);
      yield outcome.status === 'duplicate'
        ? { status: 'duplicate', source: doc.source, id: outcome.id, title: doc.title }
        : { status: 'added', source: doc.source, id: outcome.id, title: doc.title, nearDuplicateOf: outcome.nearDuplicateOf, distance: outcome.distance };
    } catch (error) {
      const e = toSlantError(error, article.path);
      if (e.code === 'SLANT_STORE') throw e;
      yield { status: 'failed', source: article.path, error: e };
    }
  }
}

/**
 * The triplets of a dataset, read from its folder under `dataDir`.
 *
 * @example
 * loadTriplets('basil', datasetsDir()).length; // 84
 */
export function loadTriplets(dataset: TripletDataset, dataDir: string): Triplet[] {
  const dir = join(dataDir, dataset === 'allsides' ? 'allsides-article-bias' : 'basil');
  try {
    return dataset === 'allsides' ? allSidesTriplets(dir) : basilTriplets(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw toSlantError(error, dir);
    throw new SlantError('SLANT_NOT_FOUND', `dataset not found at ${dir}; set SLANT_DATASETS or pass --data DIR (the folder that holds allsides-article-bias/ and basil/)`, { cause: error });
  }
}

/**
 * The triplet that `--story` names: its number, or for BASIL also a prefix of its uuid.
 *
 * @example
 * pickTriplet(loadTriplets('basil', datasetsDir()), '2b95d2cf').story; // 1
 */
export function pickTriplet(triplets: readonly Triplet[], story: string): Triplet {
  const wanted = story.trim().toLowerCase();
  const hits = /^\d+$/.test(wanted) ? triplets.filter((t) => t.story === Number(wanted)) : triplets.filter((t) => t.key.toLowerCase().startsWith(wanted));
  const [hit, ...rest] = hits;
  if (hit === undefined || rest.length > 0) {
    const alternative = triplets[0]?.dataset === 'basil' ? ' or a prefix of its uuid' : '';
    throw new SlantError('SLANT_USAGE', `--story ${story}: ${hit === undefined ? 'no such triplet' : 'ambiguous'}; give a triplet number${alternative} (--list shows them)`);
  }
  return hit;
}

/** One line per triplet for `--list`: number, tag, date, topic or event, and the three labels. */
function listLine(t: Triplet): string {
  const labels = t.dataset === 'basil' ? [t.articles.map((a) => `${a.outlet}:${a.side}`).join(' ').padEnd(30)] : [];
  return [String(t.story).padStart(3), t.tag.padEnd(16), t.date, ...labels, t.about].join('  ');
}

/** `outlet (side)` of the triplet's article read from `source`. */
function articleLabel(triplet: Triplet, source: string): string {
  const article = triplet.articles.find((a) => a.path === source);
  return article === undefined ? '' : `${article.outlet} (${article.side})`;
}

const USAGE = 'usage: node --import tsx scripts/triplets.ts allsides|basil (--story N | --all | --list) --db FILE [--data DIR]';

const OPTIONS = { story: { type: 'string' }, all: { type: 'boolean' }, list: { type: 'boolean' }, db: { type: 'string' }, data: { type: 'string' } } as const;

/** The command line read by node's parseArgs; an unknown or malformed option is a usage error. */
function readArgs(argv: string[]): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new SlantError('SLANT_USAGE', `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = readArgs(argv);
  const dataset = positionals[0];
  if (positionals.length !== 1 || !DATASETS.includes(dataset as TripletDataset)) throw new SlantError('SLANT_USAGE', `name one dataset, allsides or basil\n${USAGE}`);
  const triplets = loadTriplets(dataset as TripletDataset, resolve(values.data ?? datasetsDir()));
  if (values.list === true) {
    for (const t of triplets) process.stdout.write(`${listLine(t)}\n`);
    return 0;
  }
  if ((values.story === undefined) === (values.all !== true)) throw new SlantError('SLANT_USAGE', `give either --story N or --all\n${USAGE}`);
  if (values.db === undefined) throw new SlantError('SLANT_USAGE', `--db FILE is required (the store to write into)\n${USAGE}`);
  const chosen = values.story === undefined ? triplets : [pickTriplet(triplets, values.story)];
  const store = await openStore(values.db);
  const totals = { added: 0, duplicate: 0, failed: 0 };
  try {
    for (const triplet of chosen) {
      if (chosen.length === 1) process.stdout.write(`${listLine(triplet)}\n`);
      for await (const event of addTriplet(store, triplet)) {
        totals[event.status] += 1;
        if (event.status === 'failed') process.stderr.write(`error ${event.error.describe()} [${event.error.code}]\n`);
        else if (chosen.length === 1) process.stdout.write(`  ${event.status.padEnd(9)} ${event.id.slice(0, 8)}  ${articleLabel(triplet, event.source)}  ${event.title ?? ''}\n`);
      }
    }
  } finally {
    await store.close();
  }
  process.stderr.write(`${totals.added} added, ${totals.duplicate} already stored, ${totals.failed} failed, from ${chosen.length} triplet(s) into ${values.db}\n`);
  const next = `node --import tsx src/cli/main.ts compare --db ${values.db} --by`;
  process.stderr.write(dataset === 'basil' ? `next: ${next} outlet   (or --by side: the annotators' relative stance)\n` : `next: ${next} side\n`);
  return totals.failed > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const e = toSlantError(error);
      process.stderr.write(`error ${e.describe()} [${e.code}]\n`);
      process.exitCode = exitCodeFor(e.code);
    },
  );
}
