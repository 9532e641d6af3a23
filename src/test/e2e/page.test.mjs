// End-to-end test of the page at / in a real browser: Debian's Chromium driven by playwright-core.
//
//   BASE_URL=http://localhost:8080 node --test src/test/e2e/page.test.mjs
//   node --test src/test/e2e/page.test.mjs -- http://localhost:8080      (or the base URL as the last argument)
//
// The service must be running and ready (GET /q/health/ready answers 200). Screenshots go to target/e2e/ of the
// repository. CHROMIUM_PATH overrides /usr/bin/chromium. SummaryPageIT runs this file under ./mvnw verify.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..', '..');
const OUT_DIR = resolve(REPO_ROOT, 'target', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const argUrl = process.argv.slice(2).reverse().find((arg) => /^https?:\/\//.test(arg));
const BASE_URL = (process.env.BASE_URL || argUrl || 'http://localhost:8080').replace(/\/+$/, '');
const API_URL = BASE_URL + '/v1/summaries';

// The policy the service is meant to send; the test enforces it on the page itself, so a page that needs an inline
// script or style fails here whether or not the service already sends the header.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

const TITLE = 'Lakeside library reopens after a two-year renovation';
// Written for this test; fictional. Line breaks and a blank line between paragraphs on purpose.
const ARTICLE = [
  'The Marrow Lake public library reopened on Saturday after a two-year renovation that cost $14 million and '
    + 'doubled the space for children\'s books.',
  'More than 2,000 people queued along the lakefront before the doors opened at 9 a.m., according to the '
    + 'library director, Elena Whitfield.',
  '"People kept asking when they could come back, every single week," Whitfield said. "Today we finally had an '
    + 'answer."',
  '',
  'The old building, which dates from 1962, had a leaking roof and no lift to the upper floor. The renovation '
    + 'added a glass reading room facing the water, a recording studio and forty new computers.',
  'The town paid for most of the work with a bond approved by voters in 2023. A private donor, the retired '
    + 'engineer Samuel Oduya, gave $1.5 million for the children\'s wing.',
  'Some residents had opposed the project. They argued that the money should have gone to repairing the town\'s '
    + 'roads, which were damaged by floods the same year.',
  '',
  'The library will now open seven days a week, with evening hours on Tuesdays and Thursdays.',
  'Borrowers who returned books late during the closure will not be charged fines, the director said.',
  'A festival with readings by local authors is planned for next month.'
].join('\n');

// A web page around a short article: navigation, a share bar and a footer that must not be summarized.
const PAGE_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>Harbour ferry returns | Bay Herald</title>'
  + '</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
  + '<article><h1>Harbour ferry returns after winter repairs</h1>'
  + '<p>The harbour ferry between Northport and Gull Island resumed service on Monday after three months of repairs'
  + ' to its engines and hull.</p>'
  + '<p>The crossing takes twenty minutes, and the operator said the first sailings were full of commuters and'
  + ' schoolchildren.</p>'
  + '<p>Repairs cost about $800,000, shared between the county and the state transport fund.</p>'
  + '<p>The operator plans to add a late evening sailing on weekends from June.</p>'
  + '<div class="share">Share this story</div></article>'
  + '<footer>Subscribe to the Bay Herald. All rights reserved.</footer></body></html>';

const consoleErrors = [];
let expectedErrors = [];
let browser;
let context;
let page;
let lastRequestBody = null;

function expectConsoleErrors(patterns) {
  expectedErrors = patterns;
}

function recordConsole(kind, text) {
  if (expectedErrors.some((pattern) => pattern.test(text))) {
    return;
  }
  consoleErrors.push(kind + ': ' + text);
}

async function fillForm({ text, title, sentences, url }) {
  await page.fill('#title', title ?? '');
  await page.fill('#url', url ?? '');
  await page.fill('#text', text ?? '');
  await page.fill('input[name="sentences"]', String(sentences));
}

/** Fills the form, clicks "Summarize" and returns the API's answer to the page. */
async function summarizeInPage(fields) {
  await fillForm(fields);
  const responsePromise = page.waitForResponse((r) => r.url() === API_URL && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Summarize' }).click();
  // Park the pointer in the left margin, where no sentence can be, so no hover pops up by accident.
  await page.mouse.move(0, 0);
  return responsePromise;
}

async function callApi(body) {
  const response = await fetch(API_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body)
  });
  assert.equal(response.status, 200, 'the API answers the page\'s request with 200');
  return response.json();
}

async function noHorizontalScroll() {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    clientWidth: document.scrollingElement.clientWidth
  }));
}

describe('the page at /', () => {
  before(async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
        '--no-first-run', '--disable-component-update', '--disable-sync']
    });
    // playwright-core launches with a fresh temporary profile (--user-data-dir) for every browser.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(BASE_URL + '/', async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const existing = headers['content-security-policy'];
      headers['content-security-policy'] = existing ? existing + ', ' + STRICT_CSP : STRICT_CSP;
      await route.fulfill({ response, headers });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') {
        recordConsole('console', message.text());
      }
    });
    page.on('pageerror', (error) => recordConsole('uncaught', String(error && error.stack || error)));
    page.on('request', (request) => {
      if (request.url() === API_URL && request.method() === 'POST') {
        lastRequestBody = request.postData();
      }
    });
    const response = await page.goto(BASE_URL + '/', { waitUntil: 'load' });
    assert.equal(response.status(), 200, 'GET / answers 200');
  });

  after(async () => {
    if (browser) {
      await browser.close();
    }
  });

  it('has labelled, keyboard-usable controls and loads without console errors', async () => {
    assert.equal(await page.title(), 'Article summarizer');
    for (const id of ['title', 'url', 'text', 'sentences', 'algorithm', 'order', 'explain']) {
      const label = await page.locator(`label[for="${id}"]`).count();
      assert.equal(label, 1, `#${id} has a <label for>`);
    }
    assert.equal(await page.locator('textarea#text').count(), 1);
    assert.equal(await page.locator('select#algorithm option').count(), 4);
    assert.equal(await page.locator('select#order option').count(), 2);
    assert.equal(await page.locator('input#explain[type="checkbox"]').isChecked(), true, 'explain is on by default');
    // Keyboard: Tab from the title reaches the page URL, then the article.
    await page.focus('#title');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'url');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
    // The example fills the form.
    await page.getByRole('button', { name: 'Load example' }).click();
    assert.ok((await page.inputValue('#text')).split(/\s+/).length > 250, 'the example article is loaded');
    assert.deepEqual(consoleErrors, [], 'no console errors on load');
  });

  it('highlights exactly the sentences the API chooses, with their ranks and scores', async () => {
    const response = await summarizeInPage({ text: ARTICLE, title: TITLE, sentences: 3 });
    assert.equal(response.status(), 200);
    await page.locator('#result mark').first().waitFor({ state: 'visible' });

    assert.ok(lastRequestBody, 'the page sent a request body');
    const sent = JSON.parse(lastRequestBody);
    assert.equal(sent.text, ARTICLE, 'the page sends the article unchanged');
    assert.equal(sent.title, TITLE);
    assert.equal(sent.sentences, 3);
    assert.equal(sent.explain, true);

    const api = await callApi(sent);
    assert.equal(api.sentences.length, 3, 'the API chose three sentences');
    const byPosition = api.sentences.slice().sort((a, b) => a.offset - b.offset);

    const marks = await page.$$eval('#article mark', (nodes) => nodes.map((node) => ({
      text: node.textContent,
      rank: node.dataset.rank,
      score: node.dataset.score,
      tabIndex: node.tabIndex
    })));
    assert.deepEqual(marks.map((m) => m.text), byPosition.map((s) => s.text), 'mark texts are the API sentences');
    assert.deepEqual(marks.map((m) => Number(m.rank)), byPosition.map((s) => s.rank), 'data-rank matches');
    assert.deepEqual(marks.map((m) => Number(m.score)), byPosition.map((s) => s.score), 'data-score matches');
    assert.ok(marks.every((m) => m.tabIndex === 0), 'marks are focusable');

    // The whole article is shown, unchanged, line breaks included.
    const shown = await page.$eval('#article', (node) => ({
      text: node.textContent,
      whiteSpace: getComputedStyle(node).whiteSpace
    }));
    assert.equal(shown.text, ARTICLE);
    assert.equal(shown.whiteSpace, 'pre-wrap');

    // A visible rank badge on each mark.
    const badge = await page.$eval('#article mark', (node) => getComputedStyle(node, '::before').content);
    assert.equal(badge, JSON.stringify(String(byPosition[0].rank)));

    // The summary list, in the order the API returned the sentences.
    const listed = await page.$$eval('#summary-list li a', (nodes) => nodes.map((node) => node.textContent));
    assert.deepEqual(listed, api.sentences.map((s) => s.text));
    assert.equal(await page.textContent('#stat-sentences'), String(api.sentenceCount));
    assert.equal(await page.textContent('#stat-tokens'), String(api.tokenCount));
    assert.match(await page.textContent('#stat-time'), /^\d+ ms$/);
    assert.equal(await page.isVisible('#shortfall'), false);

    await page.mouse.move(0, 0);
    await page.screenshot({ path: resolve(OUT_DIR, 'page.png'), fullPage: true });
    assert.deepEqual(consoleErrors, [], 'no console errors while summarizing');
  });

  it('shows a mark\'s feature contributions on focus and on hover, largest first', async () => {
    const api = await callApi(JSON.parse(lastRequestBody));
    const best = api.sentences.find((s) => s.rank === 1);
    const mark = page.locator(`#article mark[data-rank="1"]`);
    await mark.focus();
    const popover = page.locator('#popover');
    await popover.waitFor({ state: 'visible' });
    assert.equal(await mark.getAttribute('aria-describedby'), 'popover');
    const rows = await page.$$eval('#popover tbody tr', (nodes) => nodes.map((node) => ({
      name: node.dataset.feature,
      contribution: Number(node.dataset.contribution)
    })));
    assert.equal(rows.length, Object.keys(best.features).length, 'every feature is listed');
    const expected = Object.entries(best.features)
      .map(([name, f]) => ({ name, contribution: f.contribution }))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.name.localeCompare(b.name));
    assert.deepEqual(rows, expected, 'features sorted by |contribution|');
    assert.match(await popover.textContent(), /Rank 1/);
    const fit = await page.$eval('#popover', (node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
    assert.ok(fit.scroll <= fit.client, 'the feature table fits the popover: ' + JSON.stringify(fit));

    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });

    await page.locator('#summarize').focus();
    const other = page.locator('#article mark').last();
    await other.hover();
    await popover.waitFor({ state: 'visible' });
    assert.match(await popover.textContent(), new RegExp('Rank ' + (await other.getAttribute('data-rank'))));
    await page.mouse.move(0, 0);
    await popover.waitFor({ state: 'hidden' });
    assert.deepEqual(consoleErrors, []);
  });

  it('shows pasted markup as text, never as HTML', async () => {
    const hostile = 'The council met on <b>Monday</b> at the <img src="x"> town hall.\n'
      + 'Members voted <script>window.__pwned = true</script> to fix the roads.\n'
      + 'The work starts in May & ends in June.';
    const response = await summarizeInPage({ text: hostile, title: '', sentences: 2 });
    assert.equal(response.status(), 200);
    await page.locator('#article mark').first().waitFor({ state: 'visible' });
    const view = await page.$eval('#article', (node) => ({
      text: node.textContent,
      elements: Array.from(node.querySelectorAll('*')).map((e) => e.tagName.toLowerCase())
    }));
    assert.equal(view.text, hostile);
    assert.ok(view.elements.every((tag) => tag === 'mark'), 'only <mark> elements: ' + view.elements.join(','));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(consoleErrors, []);
  });

  it('reads pasted HTML as a page and highlights the extracted article', async () => {
    const html = PAGE_HTML;
    const response = await summarizeInPage({ text: html, title: '', sentences: 2 });
    assert.equal(response.status(), 200);
    assert.ok('html' in JSON.parse(lastRequestBody), 'sent as html: ' + lastRequestBody);
    const data = await response.json();
    await page.locator('#article mark').first().waitFor({ state: 'visible' });
    const view = await page.$eval('#article', (node) => node.textContent);
    assert.equal(view, data.text, 'the article view shows the extracted text');
    assert.ok(!view.includes('Subscribe') && !view.includes('<'), 'no page chrome or markup: ' + view);
    const marks = await page.$$eval('#article mark', (nodes) => nodes.map((n) => n.textContent));
    assert.deepEqual(marks, data.sentences.slice().sort((a, b) => a.offset - b.offset).map((x) => x.text));
    assert.match(await page.textContent('#source'), /extracted from the pasted page, titled .Harbour ferry/);
    assert.deepEqual(consoleErrors, []);
  });

  it('fetches a page from its URL and highlights the extracted article', async () => {
    const server = createServer((request, reply) => {
      reply.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      reply.end(PAGE_HTML);
    });
    await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
    const pageUrl = 'http://127.0.0.1:' + server.address().port + '/ferry';
    try {
      const response = await summarizeInPage({ url: pageUrl, title: '', sentences: 2 });
      assert.equal(response.status(), 200, await response.text());
      assert.deepEqual(JSON.parse(lastRequestBody).url, pageUrl);
      const data = await response.json();
      await page.locator('#article mark').first().waitFor({ state: 'visible' });
      assert.equal(await page.$eval('#article', (node) => node.textContent), data.text);
      assert.match(await page.textContent('#source'), new RegExp('extracted from ' + pageUrl.replace(/\./g, '\\.')));
    } finally {
      server.close();
    }
    // A URL and pasted text at once: the page asks for one of them and sends nothing.
    await fillForm({ url: pageUrl, text: ARTICLE, title: '', sentences: 2 });
    await page.getByRole('button', { name: 'Summarize' }).click();
    await page.locator('#error').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#error'), /not both/);
    await page.fill('#url', '');
    assert.deepEqual(consoleErrors, []);
  });

  it('shows the API\'s problem for blank text, with its field errors', async () => {
    expectConsoleErrors([/Failed to load resource: the server responded with a status of 400/]);
    const response = await summarizeInPage({ text: '   \n ', title: TITLE, sentences: 3 });
    assert.equal(response.status(), 400);
    const problem = await response.json();
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    const message = await error.textContent();
    assert.ok(message.includes(problem.title), 'the problem title is shown: ' + message);
    assert.ok(message.includes('400'), 'the status is shown: ' + message);
    if (problem.detail) {
      assert.ok(message.includes(problem.detail), 'the detail is shown: ' + message);
    }
    for (const fieldError of problem.errors || []) {
      assert.ok(message.includes(fieldError.field) && message.includes(fieldError.message),
        'each field error is shown: ' + message);
    }
    assert.equal(await page.isVisible('#result'), false, 'no stale result next to the error');

    // An option the API rejects: its field error is shown too.
    const bad = await summarizeInPage({ text: ARTICLE, title: '', sentences: 99 });
    assert.equal(bad.status(), 400);
    await page.waitForFunction(() => document.querySelector('#error').textContent.includes('sentences'));
    expectConsoleErrors([]);
    assert.deepEqual(consoleErrors, []);
  });

  it('says so when the service cannot be reached', async () => {
    expectConsoleErrors([/net::ERR_|Failed to load resource/]);
    await page.route(API_URL, (route) => route.abort('connectionrefused'));
    await fillForm({ text: ARTICLE, title: TITLE, sentences: 3 });
    const failed = page.waitForEvent('requestfailed', (r) => r.url() === API_URL);
    await page.getByRole('button', { name: 'Summarize' }).click();
    await failed;
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.textContent(), /Could not reach the summarizer/);
    await page.unroute(API_URL);
    expectConsoleErrors([]);
    assert.deepEqual(consoleErrors, []);
  });

  it('fits a phone-width screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    let size = await noHorizontalScroll();
    assert.ok(size.scrollWidth <= 390, 'form fits: scrollWidth ' + size.scrollWidth);

    const response = await summarizeInPage({ text: ARTICLE, title: TITLE, sentences: 3 });
    assert.equal(response.status(), 200);
    await page.locator('#article mark').first().waitFor({ state: 'visible' });
    size = await noHorizontalScroll();
    assert.ok(size.scrollWidth <= 390, 'result fits: scrollWidth ' + size.scrollWidth);

    // One column: the summary is below the article, not beside it.
    const article = await page.locator('#article').boundingBox();
    const summary = await page.locator('#summary-list').boundingBox();
    assert.ok(summary.y > article.y + article.height - 1, 'summary below the article on a phone');

    await page.locator('#article mark').first().focus();
    await page.locator('#popover').waitFor({ state: 'visible' });
    const box = await page.locator('#popover').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, 'the popover fits the screen');
    size = await noHorizontalScroll();
    assert.ok(size.scrollWidth <= 390, 'with the popover open: scrollWidth ' + size.scrollWidth);
    const table = await page.$eval('#popover', (node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
    assert.ok(table.scroll <= table.client, 'the feature table fits the popover: ' + JSON.stringify(table));
    await page.keyboard.press('Escape');
    await page.locator('#popover').waitFor({ state: 'hidden' });

    await page.mouse.move(0, 0);
    await page.screenshot({ path: resolve(OUT_DIR, 'page-phone.png'), fullPage: true });
    assert.deepEqual(consoleErrors, []);
  });
});
