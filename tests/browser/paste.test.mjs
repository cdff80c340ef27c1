// The web app in headless Chromium: pasting an article, what it shows, the offline file.
//   node --test tests/browser/          (WEB_DIST=build/web/dist by default)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {pathToFileURL} from 'node:url';

import {distDir, launchChromium, nextFrames, openApp, pasteText, screenshot, serveDist, sharedDir}
  from './harness.mjs';
import {decodePng, imageStats} from './png.mjs';

const articlePath = path.join(sharedDir, 'corpus/dev/serbia-arms.txt');
// Our own sentence, for tests that must not depend on the shared corpus.
const ownText = 'Aleksandar Vučić said on Monday that Krušik sold “no shells” to Ukraine — ' +
                'Ђорђе and Αθήνα disagreed, citing €12 million.\n\nA second paragraph follows.';

let server;
before(async () => { server = await serveDist(); });
after(async () => { await server?.close(); });

test('pasting an article: the app holds exactly its text and draws it', async (t) => {
  if (!fs.existsSync(articlePath)) return t.skip(`${articlePath} not found`);
  const article = fs.readFileSync(articlePath, 'utf8');
  const context = await launchChromium({deviceScaleFactor: 2});
  try {
    const page = await openApp(context, server.url + 'index.html');

    // High-DPI: the canvas backing store is devicePixelRatio times its CSS size.
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return {width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight};
    });
    assert.equal(canvas.width, canvas.cssWidth * 2);
    assert.equal(canvas.height, canvas.cssHeight * 2);

    await nextFrames(page);
    const emptyShot = decodePng(fs.readFileSync(await screenshot(page, 'empty-state.png')));

    assert.equal(await page.evaluate(() => annotatorTest.text()), '');
    await pasteText(page, article);
    const held = await page.evaluate(() => annotatorTest.text());
    assert.equal(held.length, article.length);
    assert.equal(held, article);
    assert.match(held, /Vučić/);
    assert.match(held, /Krušik/);
    assert.ok(await page.evaluate(() => annotatorTest.entityCount()) >= 0);
    assert.ok(await page.evaluate(() => annotatorTest.claimCount()) >= 0);

    await nextFrames(page);
    const shot = decodePng(fs.readFileSync(await screenshot(page, 'serbia-arms.png')));
    assert.equal(shot.width, 1280 * 2);
    // The article area (below the toolbar) holds anti-aliased text: many colours, and far
    // more ink than the empty state's few centred lines.
    const body = {x: 0, y: 100, width: shot.width, height: shot.height - 200};
    const full = imageStats(shot, body);
    const empty = imageStats(emptyShot, body);
    assert.ok(full.distinctColors > 50, `only ${full.distinctColors} colours: blank?`);
    assert.ok(full.inkFraction > 0.02, `ink ${full.inkFraction}: no article text drawn?`);
    assert.ok(full.inkFraction > 3 * empty.inkFraction,
              `ink ${full.inkFraction} vs ${empty.inkFraction} before the paste`);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('a blank paste keeps the article', async () => {
  const context = await launchChromium();
  try {
    const page = await openApp(context, server.url + 'index.html');
    await pasteText(page, ownText);
    await pasteText(page, '  \n\t ');
    assert.equal(await page.evaluate(() => annotatorTest.text()), ownText);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('Ctrl+V from the system clipboard (headless)', async (t) => {
  const context = await launchChromium();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url.slice(0, -1)});
    const page = await openApp(context, server.url + 'index.html');
    await page.evaluate((text) => navigator.clipboard.writeText(text), ownText);
    await page.locator('#canvas').click({position: {x: 400, y: 300}});
    await page.keyboard.press('Control+V');
    await nextFrames(page, 5);
    const held = await page.evaluate(() => annotatorTest.text());
    if (held === '') return t.skip('headless Chromium delivered no paste event for Ctrl+V');
    assert.equal(held, ownText);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('the offline single file runs from file:// with no network request', async () => {
  const offline = path.join(distDir, 'annotator-offline.html');
  assert.ok(fs.existsSync(offline), `${offline} not built`);
  const context = await launchChromium();
  try {
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await openApp(context, pathToFileURL(offline).href);
    await pasteText(page, ownText);
    assert.equal(await page.evaluate(() => annotatorTest.text()), ownText);
    await nextFrames(page);
    const shot = decodePng(fs.readFileSync(await screenshot(page, 'offline.png')));
    assert.ok(imageStats(shot).distinctColors > 20, 'the offline page looks blank');
    const network = requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'));
    assert.deepEqual(network, []);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
