// The Arabic editions in a real browser. In "تقل الطائرة Airbus A320 200 راكب" (the plane carries
// 200 passengers), the figure belongs to the Arabic phrase; without isolation the bidi algorithm
// glues it to the Latin name (rule W7) and shows "Airbus A320 200" as one left-to-right run, the
// figure on the wrong side. Debian's Chromium lays out the HTML edition (isolated with <bdi>),
// the Markdown edition's text (isolated with LRI … PDI) and, as a control, the same text without
// isolation. Skipped where /usr/bin/chromium is absent.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdition } from '../src/build/index.js';
import { segmentsOf } from './support/naive-segments.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`${CHROMIUM} is not installed: the browser layout tests of the Arabic editions are skipped (apt-get install chromium).`);

const MARKDOWN = "---\nlang: fr\n---\n\nL'Airbus A320 transporte 200 passagers.\n";
const ARABIC = 'تقل الطائرة Airbus A320 200 راكب.';
const edition = buildEdition({
  doc: 'a',
  lang: 'ar',
  sourceLang: 'fr',
  markdown: MARKDOWN,
  segments: segmentsOf(MARKDOWN),
  translations: new Map([['s-a', ARABIC]]),
});
/** The paragraph of the Markdown edition, as a site would show it. */
const markdownParagraph = edition.markdown.split('\n').find((line) => line.includes('Airbus'))!;

const page = (body: string): string =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body style="font: 20px sans-serif">${body}</body></html>`;

/** Left edges, on screen, of "Airbus" and of "200" in the page (a Range per word). */
async function layout(browserPage: Page, html: string): Promise<{ name: number; figure: number }> {
  await browserPage.setContent(html);
  const left = (word: string): Promise<number> =>
    browserPage.locator('body').evaluate((body, wanted) => {
      const doc = body.ownerDocument;
      const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`no ${wanted} on the page`);
    }, word);
  return { name: await left('Airbus'), figure: await left('200') };
}

describe.skipIf(!HAS_CHROMIUM)('the Arabic editions in Chromium', () => {
  let context: BrowserContext;
  let browserPage: Page;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tessera-chromium-')), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    browserPage = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('the control: without isolation, the figure sticks to the right of the Latin name', async () => {
    const { name, figure } = await layout(browserPage, page(`<p>${ARABIC}</p>`));
    expect(figure).toBeGreaterThan(name);
  });

  it('the HTML edition (<bdi>) puts the figure on the Arabic side, left of the name', async () => {
    expect(edition.html).toContain('<bdi>Airbus A320</bdi> 200');
    const { name, figure } = await layout(browserPage, edition.html);
    expect(figure).toBeLessThan(name);
  });

  it('the Markdown edition (LRI … PDI) does the same where a site renders it', async () => {
    expect(markdownParagraph).toContain('\u2066Airbus A320\u2069 200');
    const { name, figure } = await layout(browserPage, page(`<p>${markdownParagraph}</p>`));
    expect(figure).toBeLessThan(name);
  });
});
