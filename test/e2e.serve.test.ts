// `tessera serve` in a real browser: Debian's Chromium driven by playwright-core finishes the
// Arabic edition of the sample article from the page alone. Skipped where /usr/bin/chromium is
// absent (CI installs it).

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePo } from '../src/catalog/index.js';
import { startServer, type RunningServer } from '../src/serve/index.js';
import { REPO, read, tessera, write } from './support/cli.js';
import { AR_PO, DOC, GAPS, ID_426, ID_EXACT, builtWeb, sampleWithGaps, setTranslation } from './fixtures/serve/projects.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`${CHROMIUM} is not installed: the browser tests of tessera serve are skipped (apt-get install chromium).`);

/** Kept out of the repository: looked at by whoever changes the page. */
const SCREENSHOT = join(tmpdir(), 'tessera-serve-ar.png');
const FIRST_GAP = GAPS[0]!;
const LATIN_NAME = 'Amnesty International';

/** The sample's own Arabic translations: what the translator types. */
const reference = new Map(parsePo(readFileSync(join(REPO, AR_PO), 'utf8'), AR_PO, 'ar').entries.map((e) => [e.id, e.target]));
const translationOf = (id: string): string => reference.get(id)!;

/** Waits for what the page does after a request (a loaded CI machine is slower than the default second). */
const eventually = <T>(probe: () => Promise<T>) => expect.poll(probe, { timeout: 10_000 });

const arabicEntry = (root: string, id: string) => parsePo(read(root, AR_PO), AR_PO, 'ar').entries.find((e) => e.id === id)!;

describe.skipIf(!HAS_CHROMIUM)('tessera serve in Chromium', () => {
  let root: string;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  const row = (id: string) => page.locator(`#row-${id}`);
  const editor = (id: string) => page.locator(`#editor-${id}`);

  beforeAll(async () => {
    root = sampleWithGaps();
    // A Latin name in the Arabic text, to see it isolated in the right-to-left column.
    setTranslation(root, 'ar', 's-yutcem', translationOf('s-yutcem').replace('(أمنستي)', `(${LATIN_NAME})`));
    server = await startServer({ root, webDir: await builtWeb(), port: 0 });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tessera-chromium-')), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1440, height: 1000 },
      locale: 'en-GB',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // The browser logs the refused save (409) that one test provokes on purpose.
      if (message.type() === 'error' && !message.text().includes('status of 409')) errors.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('lists the document with its progress per language', async () => {
    await page.goto(server.url);
    const article = page.locator('.doc-table tbody tr', { hasText: DOC });
    await eventually(() => article.count()).toBe(1);
    const arabic = article.getByRole('progressbar', { name: 'Arabic: translated' });
    expect(await arabic.getAttribute('aria-valuetext')).toBe('78.5% (11 of 14 segments)');
    expect(await article.getByRole('progressbar', { name: 'English: translated' }).getAttribute('aria-valuenow')).toBe('100');
    await article.getByRole('link', { name: /Translate into Arabic/ }).click();
    await page.waitForURL(/#\/doc\/mossoul-2017\/ar$/);
  });

  it('shows the article as segments in document order, French beside the right-to-left Arabic, with badges', async () => {
    await page.locator('.segments tbody tr').first().waitFor();
    const ids = await page.locator('.segments tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const pot = read(root, `locales/${DOC}.pot`);
    expect(ids).toEqual([...pot.matchAll(/msgctxt "([^"]+)"/g)].map((m) => m[1]));
    expect(await page.locator('.segments .badge-untranslated').count()).toBe(GAPS.length);
    expect(await page.locator('.segments .badge-translated').count()).toBe(14 - GAPS.length);

    const first = row('s-yutcem');
    expect(await first.locator('.cell-source').getAttribute('lang')).toBe('fr');
    const target = first.locator('.cell-target');
    expect([await target.getAttribute('dir'), await target.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    // The Latin name is isolated left-to-right inside the Arabic text.
    expect((await target.locator('bdi[dir="ltr"]').allTextContents()).some((run) => run.includes(LATIN_NAME))).toBe(true);
    expect(await target.evaluate((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell).direction)).toBe('rtl');

    // The page opens on the first segment that needs work, its editor focused and right-to-left.
    expect(await row(FIRST_GAP).getAttribute('aria-current')).toBe('true');
    const input = editor(FIRST_GAP);
    // Focus follows in an effect after the render that marks the row: poll for it.
    await eventually(() => input.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect([await input.getAttribute('dir'), await input.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(await input.getAttribute('aria-label')).toBe('Arabic translation of segment 3');
    // The keyboard shortcuts are on the page.
    await eventually(() => page.locator('.shortcuts').textContent()).toContain('Save (as translated');
  });

  it('moves between segments with Alt+↑ and Alt+↓', async () => {
    await page.keyboard.press('Alt+ArrowUp');
    await eventually(() => row('s-lqmsv8').getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('Alt+ArrowDown');
    await eventually(() => row(FIRST_GAP).getAttribute('aria-current')).toBe('true');
    await eventually(() => editor(FIRST_GAP).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  });

  it('copies the French with Alt+C and undoes the change with Esc', async () => {
    const french = await row(FIRST_GAP).locator('.cell-source').textContent();
    await page.keyboard.press('Alt+c');
    await eventually(() => editor(FIRST_GAP).inputValue()).toBe(french);
    await eventually(() => row(FIRST_GAP).locator('.segment-number').getAttribute('aria-label')).toBe('Segment 3, untranslated, unsaved changes');
    await page.keyboard.press('Escape');
    await eventually(() => editor(FIRST_GAP).inputValue()).toBe('');
  });

  it('translates a segment and saves it with Ctrl+Enter, which writes the PO file and moves on', async () => {
    await editor(FIRST_GAP).fill(translationOf(FIRST_GAP));
    await page.keyboard.press('Control+Enter');
    await row(FIRST_GAP).locator('.badge-translated').waitFor();
    expect(arabicEntry(root, FIRST_GAP)).toMatchObject({ target: translationOf(FIRST_GAP), fuzzy: false });
    // On to the next untranslated segment.
    await eventually(() => row(ID_426).getAttribute('aria-current')).toBe('true');
  });

  it('flags a number that differs from the French as the translator types', async () => {
    const mistyped = translationOf(ID_426).replace('426', '425');
    await editor(ID_426).fill(mistyped);
    const finding = page.locator('.findings [data-rule="number-mismatch"]');
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/426/);
    await eventually(() => page.getByTestId('qa-summary').textContent()).toMatch(/1 error/);
    // The memory match is there to insert, with its word diff.
    const match = page.locator('.match').first();
    await match.waitFor();
    expect(await match.locator('.score').textContent()).toMatch(/^9\d%$/);
    expect(await match.locator('del').allTextContents()).toEqual(['420']);
    expect(await match.locator('ins').allTextContents()).toEqual(['426']);
    await page.screenshot({ path: SCREENSHOT });
  });

  it('accepts the memory match with Ctrl+1: the figure is adapted and the finding goes away', async () => {
    await page.keyboard.press('Control+1');
    await eventually(() => editor(ID_426).inputValue()).toBe(translationOf(ID_426));
    await eventually(() => page.locator('.findings [data-rule="number-mismatch"]').count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    await row(ID_426).locator('.badge-translated').waitFor();
    expect(arabicEntry(root, ID_426)).toMatchObject({ target: translationOf(ID_426), fuzzy: false });
    await eventually(() => row(ID_EXACT).getAttribute('aria-current')).toBe('true');
  });

  it('refuses to overwrite a file changed on disk, keeps the text, and saves after a reload', async () => {
    await editor(ID_EXACT).fill(translationOf(ID_EXACT));
    // Meanwhile another translator saves a change to the same file.
    const colleague = `${translationOf('s-lqmsv8')} `;
    setTranslation(root, 'ar', 's-lqmsv8', colleague.trim() + ' (مراجعة)');
    const onDisk = read(root, AR_PO);
    await page.keyboard.press('Control+s');
    const alert = page.locator('.banner-conflict');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('changed on disk since this page loaded it');
    expect(read(root, AR_PO)).toBe(onDisk);
    expect(await editor(ID_EXACT).inputValue()).toBe(translationOf(ID_EXACT));

    await alert.getByRole('button', { name: 'Reload the document, keep my text' }).click();
    await eventually(() => alert.textContent()).toContain('Reloaded');
    await eventually(() => row('s-lqmsv8').locator('.cell-target').textContent()).toContain('(مراجعة)');
    expect(await editor(ID_EXACT).inputValue()).toBe(translationOf(ID_EXACT));
    await editor(ID_EXACT).focus();
    await page.keyboard.press('Control+s');
    await row(ID_EXACT).locator('.badge-translated').waitFor();
    expect(arabicEntry(root, ID_EXACT).target).toBe(translationOf(ID_EXACT));
    expect(arabicEntry(root, 's-lqmsv8').target).toContain('(مراجعة)');
  });

  it('says in a match why its figures could not be adapted', async () => {
    const memory = read(root, 'locales/ar/memory.tmx');
    try {
      // 400 counts with a genitive singular (مدني), 426 with an accusative one (مدنياً).
      write(root, 'locales/ar/memory.tmx', memory.replace('au moins 420 civils', 'au moins 400 civils').replace('420 مدنياً', '400 مدني'));
      await row(ID_426).locator('.cell-source').click();
      await eventually(() => row(ID_426).getAttribute('aria-current')).toBe('true');
      const reason = page.locator('.match .not-adapted').first();
      await reason.waitFor();
      expect(await reason.textContent()).toBe('Figures not adapted: the word after 400 in the target may have to change for 426; change them by hand.');
      expect(await page.locator('.match .match-target').first().textContent()).toContain('400 مدني');
    } finally {
      write(root, 'locales/ar/memory.tmx', memory);
    }
  });

  it.each([
    ['not approved', '<prop type="approved">no</prop>', 'not-approved', 'approved', 'approved: no'],
    ['approved', '<prop type="x-ConfirmationLevel">ApprovedSignOff</prop>', 'approved', 'not-approved', 'x-ConfirmationLevel: ApprovedSignOff'],
  ])('marks a match its memory says is %s', async (said, prop, shown, absent, mark) => {
    const memory = read(root, 'locales/ar/memory.tmx');
    try {
      write(root, 'locales/ar/memory.tmx', memory.replace(/(<tu\b[^>]*>)/g, `$1${prop}`));
      // Another row first: the page asks again for the matches of the row it comes back to.
      await row(FIRST_GAP).locator('.cell-source').click();
      await row(ID_EXACT).locator('.cell-source').click();
      await eventually(() => row(ID_EXACT).getAttribute('aria-current')).toBe('true');
      const badge = page.locator(`.match .${shown}`).first();
      await badge.waitFor();
      expect(await badge.textContent()).toBe(` · ${said}`);
      expect(await badge.getAttribute('title')).toBe(`The memory marks this translation as ${said} (${mark})`);
      expect(await page.locator(`.match .${absent}`).count()).toBe(0);
      expect(await page.locator('.match .match-date').first().textContent()).toMatch(/^ · \d{4}-\d{2}-\d{2}$/);
    } finally {
      write(root, 'locales/ar/memory.tmx', memory);
    }
  });

  it('says why matches are slow to come: the first search of a large memory indexes it', async () => {
    // The server's answer held back past the page's 2 s, as while a million entries are indexed.
    const matchesRequest = /\/matches\?/;
    await page.route(matchesRequest, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await route.continue();
    });
    try {
      await row(ID_426).locator('.cell-source').click();
      await eventually(() => row(ID_426).getAttribute('aria-current')).toBe('true');
      await eventually(() => page.locator('.matches').textContent()).toContain('Looking up…');
      const note = page.getByTestId('indexing');
      await note.waitFor();
      expect(await note.textContent()).toBe(
        'Still looking up: the first search of a large memory indexes it, which takes up to a minute for a million entries. The index is kept in .cache/tessera/ for the next time.',
      );
      await page.locator('.match').first().waitFor({ timeout: 10_000 });
      expect(await note.count()).toBe(0);
    } finally {
      await page.unroute(matchesRequest);
    }
  });

  it('finds in the memory how a name was translated before, the phrase marked', async () => {
    const panel = page.locator('.concordance');
    await panel.getByRole('searchbox', { name: 'Phrase to find in the memory' }).fill('منظمة العفو الدولية');
    await panel.getByRole('combobox', { name: 'Search in' }).selectOption('target');
    await panel.getByRole('button', { name: 'Find' }).click();
    await eventually(() => page.getByTestId('concordance-summary').textContent()).toMatch(/^\d+ entr(y holds|ies hold) “منظمة العفو الدولية”\.$/);
    const marks = await panel.locator('.concordance-hit mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['منظمة العفو الدولية']));
    expect(await panel.locator('.concordance-hit .match-target').first().getAttribute('dir')).toBe('rtl');
    // And in the French, case aside.
    await panel.getByRole('searchbox').fill('partie OUEST');
    await panel.getByRole('combobox', { name: 'Search in' }).selectOption('source');
    await panel.getByRole('button', { name: 'Find' }).click();
    await eventually(() => panel.locator('.concordance-source mark').first().textContent()).toBe('partie ouest');
    // Words selected in the French, then Ctrl+K, as in memoQ.
    await panel.getByRole('searchbox').fill('');
    // Run in the page (this file is type-checked without the DOM's types).
    const selected = await page.evaluate(`(() => {
      const cell = document.querySelector('#row-${ID_426} .cell-source');
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf('constaté 45 pilonnages');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'constaté 45 pilonnages'.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return String(getSelection());
      }
      return '';
    })()`);
    expect(selected).toBe('constaté 45 pilonnages');
    await page.keyboard.press('Control+k');
    await eventually(() => panel.getByRole('searchbox').inputValue()).toBe('constaté 45 pilonnages');
    await eventually(() => panel.locator('.concordance-source mark').first().textContent()).toBe('constaté 45 pilonnages');
    expect(await panel.getByRole('combobox', { name: 'Search in' }).inputValue()).toBe('source');
    // Words selected in one's own translation are looked for among translations.
    await row(ID_426).locator('.cell-source').click();
    const words = 'منظمة العفو الدولية';
    await editor(ID_426).evaluate((area: { value: string; focus(): void; setSelectionRange(a: number, b: number): void }, wanted: string) => {
      area.focus();
      const at = area.value.indexOf(wanted);
      area.setSelectionRange(at, at + wanted.length);
    }, words);
    await page.keyboard.press('Control+k');
    await eventually(() => panel.getByRole('combobox', { name: 'Search in' }).inputValue()).toBe('target');
    await eventually(() => panel.locator('.concordance-hit .match-target mark').first().textContent()).toBe(words);
  });

  it('has finished the Arabic edition: 100 %, and tessera build publishes it', async () => {
    await page.goto(`${server.url}#/`);
    const arabic = page.locator('.doc-table tbody tr', { hasText: DOC }).getByRole('progressbar', { name: 'Arabic: translated' });
    await eventually(() => arabic.getAttribute('aria-valuenow')).toBe('100');
    const built = await tessera(['build', '--lang', 'ar'], root);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(read(root, `dist/ar/${DOC}.html`)).toContain('ما لا يقل عن 426 مدنياً');
    expect(errors).toEqual([]);
  });
});
