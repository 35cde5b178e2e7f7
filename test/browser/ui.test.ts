// The web UI in a real browser: Chromium (playwright-core) against the real server with the example corpus. Skipped, saying why, when no Chromium is installed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB = join(ROOT, 'web');
const WEB_DIST = join(WEB, 'dist');
const SHOTS = join(ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.SLANT_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const WHY_SKIPPED = HAVE_CHROMIUM ? '' : ` (skipped: no Chromium at ${CHROMIUM}; install Debian's chromium or set SLANT_CHROMIUM to a Chromium binary)`;

/** Newest modification time of the UI's sources. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules') newest = Math.max(newest, newestSource(path));
    } else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/dist with Vite when it is missing or older than the UI's sources. */
async function ensureWebBuilt(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource(WEB)) return;
  const { build } = await import('vite');
  await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}

/** An article written for this test (invented port, people and figures) with techniques the rule detectors mark. */
const QUAY = `Quay Tolls at Brennhaven

The so-called experts at the Brennhaven port board were totally wrong again! Their brutal regime of tolls is strangling every fisherman on the quay. Is this what fairness looks like? Critics say the board's 12 per cent increase will drive 300 families out of the harbour by spring. Board chair Maren Holt insisted the tolls were necessary, but the shameless bureaucrats never explain where the money goes. Everyone knows the truth. Stand with the fishermen, before it is too late.
`;

/** Markup that would run if any of it were parsed as HTML. */
const HOSTILE_TITLE = `<img src=x onerror="alert('title')">Notice`;
const HOSTILE = `Harbour notice <img src=x onerror="alert('img')">

<script>window.__pwned = true; alert('script')</script> The so-called council met again. <a href="javascript:alert('link')">Read more</a>
<div onmouseover="alert('hover')" onclick="alert('click')">The totally outrageous regime notice!</div> <svg onload="alert('svg')"></svg> <iframe src="javascript:alert('frame')"></iframe>
`;

/** The lens rows of a comparison report that the corpus test reads (src/compare/lens-rows.ts). */
interface CorpusLens {
  portrayal: Array<{ actor: string; group: string; polarity?: number; words: Array<{ text: string }>; evidence: Array<{ docId: string; start: number; end: number; text: string }> }>;
  frames: Array<{ group: string; reading: string; label: string }>;
  timeline: Array<{ group: string; month: string; documents: number }>;
  naming: Array<{ concept: string }>;
}

interface Finding {
  detector: string;
  rule: string;
  label: string;
  text: string;
  reason: string;
}

describe.skipIf(!HAVE_CHROMIUM)(`web UI in Chromium${WHY_SKIPPED}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let docs: Array<{ id: string; title?: string }>;

  beforeAll(async () => {
    await ensureWebBuilt();
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ db: ':memory:', port: 0, workers: 0, webDir: WEB_DIST, log: () => {} });
    // The example corpus, added as a user would: files uploaded to the API.
    const form = new FormData();
    const examples = join(ROOT, 'examples');
    for (const name of readdirSync(examples).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
      form.append('file', new Blob([readFileSync(join(examples, name))], { type: 'text/markdown' }), name);
    }
    const added = await fetch(`${server.url}/api/documents`, { method: 'POST', body: form });
    expect(added.status).toBe(200);
    const list = (await (await fetch(`${server.url}/api/documents`)).json()) as { documents: Array<{ id: string; title?: string }> };
    docs = list.documents;
    expect(docs.length).toBe(6);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page that records dialogs, page errors and any request that leaves the server's origin. */
  async function open(hash: string): Promise<{ page: Page; dialogs: string[]; errors: string[]; foreign: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    await page.goto(`${server.url}/${hash}`);
    return { page, dialogs, errors, foreign };
  }

  const idOf = (titlePart: string): string => {
    const doc = docs.find((d) => d.title?.includes(titlePart));
    if (doc === undefined) throw new Error(`no example titled …${titlePart}…`);
    return doc.id;
  };

  it('uploads an article and shows its findings highlighted', async () => {
    const { page, errors, foreign } = await open('#/article');
    await page.getByLabel('Upload a file').check();
    await page.locator('#art-file').setInputFiles({ name: 'quay.txt', mimeType: 'text/plain', buffer: Buffer.from(QUAY) });
    await page.getByRole('button', { name: 'Analyze' }).click();
    await expect.poll(() => page.locator('.article-text mark.hl').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.article-head h2').textContent()).toBe('Quay Tolls at Brennhaven');
    // The innermost finding wins the segment: "brutal" is loaded language inside the name-calling "brutal regime".
    expect(await page.locator('.article-text mark.hl', { hasText: /^brutal$/ }).count()).toBe(1);
    expect(await page.locator('.article-text mark.hl', { hasText: /^so-called experts$/ }).count()).toBe(1);
    // Sentence-level detectors are off by default; the counter says how many of all findings show.
    const counter = await page.locator('.filters [aria-live]').textContent();
    expect(counter).toMatch(/^\d+ of \d+ findings highlighted$/);
    // The side panel has the claim with its figures and the anonymous source.
    await expect.poll(() => page.locator('.side-panel .claim').count()).toBeGreaterThan(0);
    expect(await page.locator('.side-panel').textContent()).toContain('Critics');
    await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
    // On a phone-sized screen the side panel goes below the text, and nothing is wider than the screen.
    await page.setViewportSize({ width: 400, height: 850 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(SHOTS, 'article-narrow.png') });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('shows a finding’s reason on keyboard focus and on hover; Esc closes it; filters hide highlights', async () => {
    const analysis = (await (
      await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: QUAY }) })
    ).json()) as { findings: Finding[] };
    const brutal = analysis.findings.find((f) => f.rule === 'loaded-language/brutal');
    const soCalled = analysis.findings.find((f) => f.rule === 'scare-quotes/so-called');
    expect(brutal).toBeDefined();
    expect(soCalled).toBeDefined();

    const { page, errors } = await open('#/article');
    await page.locator('#art-text').fill(QUAY);
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.locator('.article-text mark.hl').first().waitFor({ timeout: 20_000 });

    // Tab from the Analyze button reaches the text (one stop), and focus opens the popover.
    await page.getByRole('button', { name: 'Analyze' }).focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.locator('.article-text mark.hl:focus').count()) === 1;
    }
    expect(reached).toBe(true);
    const popover = page.locator('.article-text .popover[role="tooltip"]');
    await expect.poll(() => popover.isVisible()).toBe(true);
    // The first highlight opens the article: "The " inside the sentence the technique model marks.
    const sentence = analysis.findings.find((f) => f.detector === 'techniques' && f.text.startsWith('The so-called'));
    expect(await popover.textContent()).toContain(sentence!.reason);
    // → moves from highlight to highlight; each describes itself by the popover.
    for (let i = 0; i < 10 && (await page.locator(':focus').textContent()) !== 'so-called experts'; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator(':focus').textContent()).toBe('so-called experts');
    expect(await page.locator(':focus').getAttribute('aria-describedby')).toBe('art-popover');
    expect(await popover.textContent()).toContain(soCalled!.reason);
    // ← goes back.
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator(':focus').textContent()).toBe('The ');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.count()).toBe(0);

    // Hover shows the innermost finding first, with its reason and the ones around it.
    await page.evaluate('window.scrollBy(0, 420)'); // so that the screenshot holds the popover
    await page.locator('.article-text mark.hl', { hasText: /^brutal$/ }).hover();
    await expect.poll(() => popover.isVisible()).toBe(true);
    const first = popover.locator('.pop-finding').first();
    expect(await first.locator('strong').textContent()).toBe(brutal!.label);
    expect(await first.locator('.pop-reason').textContent()).toBe(brutal!.reason);
    expect(await popover.textContent()).toContain('Name calling');
    await page.screenshot({ path: join(SHOTS, 'article-popover.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.count()).toBe(0);

    // Unticking a category removes its highlights; the confidence slider removes weak ones.
    const before = await page.locator('.article-text mark.hl').count();
    await page.getByRole('checkbox', { name: /Manipulative wording/ }).uncheck();
    expect(await page.locator('.article-text mark.hl', { hasText: /^so-called experts$/ }).count()).toBe(0);
    expect(await page.locator('.article-text mark.hl').count()).toBeLessThan(before);
    await page.getByRole('checkbox', { name: /Manipulative wording/ }).check();
    await page.getByRole('slider').fill('0.9');
    expect(await page.locator('.article-text mark.hl', { hasText: /^brutal$/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('compares two examples side by side with naming differences linked into the texts', async () => {
    const { page, errors, foreign } = await open('#/compare');
    await page.locator('#two-a-doc').selectOption(idOf('Great Kelhara Lie'));
    await page.locator('#two-b-doc').selectOption(idOf('Silence of the Concord'));
    await page.getByRole('button', { name: 'Compare' }).click();
    const row = page.locator('table.naming tbody tr', { has: page.locator('th', { hasText: /^region name$/ }) });
    await row.waitFor({ timeout: 30_000 });
    // The Dravenian piece says "Upper Kellmark", the Lusovian one "Kelhara"; the pack's neutral form is "the Kell Valley".
    expect(await row.locator('td').nth(0).textContent()).toContain('Upper Kellmark');
    expect(await row.locator('td').nth(1).textContent()).toContain('Kelhara');
    expect(await row.locator('td').nth(2).textContent()).toContain('Kell Valley');
    expect(await row.getAttribute('class')).toBe('differs');
    // Clicking B's variant scrolls B's text to it and marks it.
    await row.locator('td').nth(1).getByRole('button', { name: /Kelhara/ }).click();
    const located = page.locator('[aria-label="Article B"] [data-located]');
    await expect.poll(() => located.first().textContent()).toBe('Kelhara');
    await expect.poll(() => located.first().isVisible()).toBe(true);
    // The figures both give, from the lens claim rows: the convoys they count differently.
    const convoys = page.locator('table.figures tbody tr', { has: page.locator('th', { hasText: /^convoy$/ }) });
    expect(await convoys.getAttribute('class')).toBe('differs');
    // Distinctive terms and omissions of each side are there: only the Lusovian piece names Khoran.
    expect(await page.locator('ol.terms').first().locator('li').count()).toBeGreaterThan(3);
    expect(await page.getByRole('heading', { name: 'Only A mentions' }).count()).toBe(1);
    expect(await page.locator('[aria-label^="Article B: distinctive"] ul.plain').textContent()).toContain('Khoran');
    await page.screenshot({ path: join(SHOTS, 'two-articles.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 90_000);

  const SEEDS = join(ROOT, '..', 'shared', 'seeds');
  const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort() : [];
  it.skipIf(seedFiles.length < 2)('compares the two seed articles uploaded as files (skipped when ../shared/seeds is absent)', async () => {
    const { page, errors, foreign } = await open('#/compare');
    // 000 argues Azerbaijan's side, 003 Armenia's: one each as A and B, uploaded as a user would.
    for (const [slot, name] of [['a', seedFiles[0]], ['b', seedFiles[1]]] as const) {
      await page.locator(`input[name="two-${slot}-mode"][value="upload"]`).check();
      await page.locator(`#two-${slot}-file`).setInputFiles({ name: name ?? '', mimeType: 'text/plain', buffer: readFileSync(join(SEEDS, name ?? '')) });
    }
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('table.naming tbody tr').first().waitFor({ timeout: 90_000 });
    // The two name the region and its places differently: several concepts differ.
    expect(await page.locator('table.naming tbody tr.differs').count()).toBeGreaterThan(2);
    // What only one of them mentions: the blockade is in the Armenian-side piece alone.
    const onlyB = await page.locator('[aria-label^="Article B: distinctive"]').textContent();
    expect(onlyB).toMatch(/blockade/i);
    // Both texts carry highlights.
    expect(await page.locator('[aria-label="Article A"] mark.hl').count()).toBeGreaterThan(10);
    expect(await page.locator('[aria-label="Article B"] mark.hl').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, 'two-seeds.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 150_000);

  it('shows the corpus comparison with context, charts and exports', async () => {
    const { page, errors, foreign } = await open('#/corpus');
    await page.locator('.term-columns').waitFor({ timeout: 60_000 });
    expect(await page.locator('.term-column h4').allTextContents()).toEqual(['dravenia', 'lusovia', 'neutral']);
    // Click a term: its passages appear, each linking to the article view at that place.
    await page.locator('.term-column').first().locator('ol.terms button').first().click();
    const kwic = page.locator('.context .kwic a');
    await expect.poll(() => kwic.count()).toBeGreaterThan(0);
    const match = await kwic.first().locator('mark').textContent();
    // Charts: bars with whiskers, a term plot with points.
    expect(await page.locator('svg.chart:not(.plot) rect').count()).toBeGreaterThan(3);
    expect(await page.locator('svg.plot circle').count()).toBeGreaterThan(3);

    // The lens panels show the report's lens rows (fetched here as the view fetched them).
    const api = (await (
      await fetch(`${server.url}/api/compare`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ by: 'side', top: 25 }) })
    ).json()) as { lens: CorpusLens };
    const groups = ['dravenia', 'lusovia', 'neutral'];
    // Portrayal heatmap: actor × group, a cast cell tinted by its polarity, with its roles and words.
    expect(await page.locator('table.heat thead th').allTextContents()).toEqual(['actor', ...groups]);
    const cast = api.lens.portrayal.find((r) => r.polarity !== undefined && r.polarity < 0 && r.evidence.length > 0);
    expect(cast).toBeDefined();
    const actorHead = new RegExp('^' + cast!.actor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const cell = page.locator('table.heat tbody tr', { has: page.locator('th', { hasText: actorHead }) }).locator('td').nth(groups.indexOf(cast!.group)).locator('button.heat-cell');
    expect(await cell.locator('.heat-pol').textContent()).toBe(`−${Math.abs(cast!.polarity!).toFixed(2)}`);
    expect(await cell.locator('.heat-words').textContent()).toContain(cast!.words[0]!.text);
    const [red, , blue] = (/background: rgb\((\d+), (\d+), (\d+)\)/.exec((await cell.getAttribute('style')) ?? '') ?? []).slice(1).map(Number);
    expect(red).toBeGreaterThan(blue!); // negative: towards red
    expect(await page.locator('table.heat td.none').count()).toBeGreaterThan(0); // groups that never name an actor
    // Choosing a cell lists its spans, each linking to the article there.
    await cell.click();
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    const spans = page.locator('#portrayal-h ~ .context .lens-evidence a');
    expect(await spans.locator('mark').allTextContents()).toEqual(cast!.evidence.map((e) => e.text));
    const firstSpan = cast!.evidence[0]!;
    expect(await spans.first().getAttribute('href')).toBe(`#/article/${firstSpan.docId}/${firstSpan.start}-${firstSpan.end}`);
    // The words around each span come from the stored text.
    await expect.poll(() => spans.first().locator('.kwic-line').textContent()).toMatch(/^….+…$/);
    // Frames: one bar per frame and group (zeros included), with intervals; the other readings as a table.
    const frameLabels = new Set(api.lens.frames.filter((r) => r.reading === 'frames').map((r) => r.label));
    expect(frameLabels.size).toBeGreaterThan(1);
    const frameChart = page.locator('svg[aria-label^="Share of documents per frame"]');
    expect(await frameChart.locator('rect').count()).toBe(frameLabels.size * groups.length);
    expect(await frameChart.locator('text.key').allTextContents()).toContain([...frameLabels][0]!.replace(/_/g, ' '));
    expect(await page.locator('table.readings').textContent()).toContain('genre: opinion');
    // Timeline: a bar per group and month with documents; words on request.
    const months = api.lens.timeline.filter((r) => r.documents > 0);
    expect(await page.locator('svg.timeline rect').count()).toBe(months.length);
    await page.getByRole('radio', { name: 'words per month' }).check();
    expect(await page.locator('svg.timeline rect title').first().textContent()).toMatch(/words$/);
    // Naming fingerprint and omissions, compact.
    expect(await page.locator('table.naming-fp tbody th').first().textContent()).toContain(api.lens.naming[0]!.concept);
    expect(await page.locator('.omissions .omitted a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'corpus.png'), fullPage: true });
    // On a phone-sized screen the wide tables scroll inside their cards: nothing is wider than the screen.
    await page.setViewportSize({ width: 400, height: 850 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    await page.setViewportSize({ width: 1280, height: 900 });

    // JSON: the report as the API gave it.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    expect(json.suggestedFilename()).toBe('slant-compare-side.json');
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { groupedBy: string; groups: Array<{ name: string }>; comparison: { distinctive: Array<{ rows: unknown[] }> } };
    expect(report.groupedBy).toBe('side');
    expect(report.groups.map((g) => g.name)).toEqual(['dravenia', 'lusovia', 'neutral']);
    // CSV, built in the browser from the same rows: one line per term and group.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Terms CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('slant-terms-side.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('group,term,display,count_group,count_rest,rate_group_per_1000,rate_rest_per_1000,delta,se,z');
    expect(lines.length).toBe(1 + report.comparison.distinctive.reduce((n, d) => n + d.rows.length, 0));
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(['dravenia', 'lusovia', 'neutral']));
    // HTML: a link to the server's rendered report.
    const href = await page.getByRole('link', { name: 'HTML report' }).getAttribute('href');
    expect(href).toBe('/api/compare.html?by=side&top=25');
    const html = await fetch(`${server.url}${href}`);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('dravenia');

    // A passage opens its article with the passage located.
    await kwic.first().click();
    await expect.poll(() => page.locator('.article-text [data-located]').first().textContent(), { timeout: 20_000 }).toBe(match);

    // Back to the corpus, by keyboard this time: a heatmap cell, then its first span, opens the article with the span located.
    await page.goBack();
    await cell.waitFor({ timeout: 60_000 });
    await cell.focus();
    await page.keyboard.press('Enter');
    await spans.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.article-text [data-located]').allTextContents().then((t) => t.join('')), { timeout: 20_000 }).toBe(firstSpan.text);
    expect(page.url()).toContain(`#/article/${firstSpan.docId}/${firstSpan.start}-${firstSpan.end}`);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('renders a hostile article as inert text, pasted or stored', async () => {
    const { page, dialogs, errors } = await open('#/article');
    await page.locator('#root header').waitFor();
    const scripts = await page.locator('script').count();
    await page.locator('#art-title').fill(HOSTILE_TITLE);
    await page.locator('#art-text').fill(HOSTILE);
    await page.getByRole('button', { name: 'Analyze' }).click();
    const text = page.locator('.article-text');
    await text.waitFor({ timeout: 20_000 });
    await expect.poll(() => text.textContent()).toContain(`<script>window.__pwned = true; alert('script')</script>`);
    const shown = (await text.textContent()) ?? '';
    for (const piece of [`<img src=x onerror="alert('img')">`, `<a href="javascript:alert('link')">Read more</a>`, `onclick="alert('click')"`, `<svg onload="alert('svg')"></svg>`, `<iframe src="javascript:alert('frame')"></iframe>`]) {
      expect(shown).toContain(piece);
    }
    expect(await page.locator('.article-head h2').textContent()).toBe(HOSTILE_TITLE);
    // Nothing became an element: no image, link, frame, svg, script or handler anywhere in the article.
    expect(await page.locator('#main').locator('img, a[href^="javascript"], iframe, script, svg, [onclick], [onerror], [onmouseover], [onload]').count()).toBe(0);
    // Move over and click the would-be handlers' text: nothing fires.
    const outrageous = text.getByText('outrageous', { exact: false }).first();
    await outrageous.hover();
    await outrageous.click();
    await page.screenshot({ path: join(SHOTS, 'hostile.png'), fullPage: true });

    // The same stored, opened by its route: title and text inert there too.
    const stored = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: HOSTILE, title: HOSTILE_TITLE }) });
    const id = ((await stored.json()) as { items: Array<{ id: string }> }).items[0]!.id;
    await page.goto(`${server.url}/#/article/${id}`);
    await page.reload();
    await expect.poll(() => page.locator('.article-head h2').textContent(), { timeout: 20_000 }).toBe(HOSTILE_TITLE);
    expect(await page.locator('.article-text').textContent()).toContain(`<script>window.__pwned = true; alert('script')</script>`);
    expect(await page.locator('#art-doc option', { hasText: 'onerror' }).count()).toBe(1);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate<string>('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('script').count()).toBe(scripts);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('asks for the token of a server started with one, then works with it', async () => {
    const guarded = await startServer({ db: ':memory:', port: 0, workers: 0, webDir: WEB_DIST, token: 'quay-token-7', analyze: { skip: ['techniques'] }, log: () => {} });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${guarded.url}/#/article`);
      const field = page.getByLabel('This server needs its API token');
      await field.waitFor();
      await field.fill('quay-token-7');
      await page.getByRole('button', { name: 'Use token' }).click();
      await expect.poll(() => field.count()).toBe(0);
      await page.locator('#art-text').fill(QUAY);
      await page.getByRole('button', { name: 'Analyze' }).click();
      await expect.poll(() => page.locator('.article-text mark.hl').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    } finally {
      await context.close();
      await guarded.close();
    }
  }, 60_000);
});

// When the suite is skipped, say so in the run's output too, not only in the suite's name.
if (!HAVE_CHROMIUM) console.warn(`test/browser/ui.test.ts${WHY_SKIPPED}`);
