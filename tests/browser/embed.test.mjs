// The embedding modes in headless Chromium: two createAnnotator() instances on one page, the
// <article-annotator> element, the iframe page and its origin allowlist, and the static site
// served under a sub-path. The host pages are written here (our own sentences) and served
// from the dist folder's origin through page.route.
//   WEB_DIST=build/web/dist node --test tests/browser/embed.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {distDir, launchChromium, nextFrames, openApp, pasteText, screenshot, serve} from './harness.mjs';
import {decodePng, imageStats} from './png.mjs';

const sentence = 'Zorblat Quux met the press in Valjevo on Monday. Ana Brnabić said that the ' +
                 'plant in Čačak would reopen — “not before spring”, she added. 😀';
const other = 'Ђорђе Петровић told reporters in Αθήνα that 300 workers had left.';
const dictionary = [{name: 'Zorblat Quux', label: 'ORG', aliases: []}];

let server, context;
before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'annotator.mjs')),
            `no annotator.mjs in ${distDir}: build the web preset or set WEB_DIST`);
  server = await serve(distDir);
  context = await launchChromium();
});
after(async () => {
  await context?.close();
  await server?.close();
});

// Opens `html` as if it were server.url + name (same origin as annotator.mjs), or, with
// `url`, at that address.
async function openHostPage(name, html, url = server.url + name) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  if (html !== null) {
    await page.route(url, (route) =>
      route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: html}));
  }
  await page.goto(url);
  await page.waitForFunction(() => window.hostReady === true || window.hostError, null, {timeout: 60000});
  assert.equal(await page.evaluate(() => window.hostError ?? null), null);
  return page;
}

const twoInstancesPage = `<!doctype html><meta charset="utf-8">
<style>body{margin:0} .box{width:640px;height:360px}</style>
<div id="a" class="box"></div><textarea id="notes"></textarea><div id="b" class="box"></div>
<script type="module">
  import {createAnnotator} from './annotator.mjs';
  try {
    window.events = [];
    window.a = await createAnnotator(document.getElementById('a'));
    window.b = await createAnnotator(document.getElementById('b'), {theme: 'dark'});
    a.on('change', (e) => events.push(['a', e.document.text]));
    b.on('change', (e) => events.push(['b', e.document.text]));
    window.hostReady = true;
  } catch (e) { window.hostError = String(e); }
</script>`;

const orgOf = (doc, name) => doc.entities.find((e) => e.text === name)?.label ?? null;

test('two instances on one page: separate documents, events, keys and paste', async () => {
  const page = await openHostPage('two.html', twoInstancesPage);
  await page.evaluate((text) => a.setText(text), sentence);
  assert.equal(await page.evaluate(() => a.getDocument().text), sentence);
  assert.equal(await page.evaluate(() => b.getDocument().text), '', 'text set in a leaked into b');
  await page.waitForFunction(() => events.length > 0);
  assert.deepEqual(await page.evaluate(() => events), [['a', sentence]]);

  // Both get the dictionary (an undoable change), then Ctrl+Z in the focused one only.
  await page.evaluate(([t, d]) => { b.setText(t); a.setDictionary(d); b.setDictionary(d); },
                      [sentence, dictionary]);
  const labels = () => page.evaluate(() => [a, b].map((x) =>
    x.getDocument().entities.find((e) => e.text === 'Zorblat Quux')?.label ?? null));
  assert.deepEqual(await labels(), ['ORG', 'ORG']);
  await page.locator('#b canvas').click({position: {x: 320, y: 260}});
  await page.keyboard.press('Control+Z');
  await nextFrames(page, 4);
  const afterB = await labels();
  assert.equal(afterB[0], 'ORG', 'Ctrl+Z in b undid a');
  assert.notEqual(afterB[1], 'ORG', 'Ctrl+Z in the focused b did nothing');
  await page.locator('#a canvas').click({position: {x: 320, y: 260}});
  await page.keyboard.press('Control+Z');
  await nextFrames(page, 4);
  assert.notEqual((await labels())[0], 'ORG', 'Ctrl+Z in the focused a did nothing');

  // Typing in the page's own textarea reaches neither instance.
  await page.locator('#notes').click();
  await page.keyboard.press('Control+Shift+Z');   // would redo in an instance
  await page.keyboard.type('notes');
  await nextFrames(page, 4);
  assert.deepEqual((await labels()).map((l) => l === 'ORG'), [false, false]);

  // A paste goes to the focused instance only.
  await page.locator('#b canvas').click({position: {x: 320, y: 260}});
  await pasteText(page, other);
  assert.equal(await page.evaluate(() => b.getDocument().text), other);
  assert.equal(await page.evaluate(() => a.getDocument().text), sentence);

  // Both draw: the dark one differs from the light one.
  await nextFrames(page, 4);
  const shot = decodePng(fs.readFileSync(await screenshot(page, 'embed-two-instances.png')));
  const top = imageStats(shot, {x: 0, y: 0, width: 640, height: 360});
  const bottom = imageStats(shot, {x: 0, y: shot.height - 360, width: 640, height: 360});
  assert.ok(top.distinctColors > 20 && bottom.distinctColors > 20, 'an instance looks blank');

  // Offsets: the document counts code points, a JS string UTF-16 units.
  const offsets = await page.evaluate(async () => {
    const {utf16Offsets} = await import('./annotator.mjs');
    const doc = a.getDocument();
    const map = utf16Offsets(doc.text);
    return doc.entities.map((e) => [e.text, doc.text.slice(map[e.start], map[e.end])]);
  });
  for (const [text, sliced] of offsets) assert.equal(sliced, text);

  // Exports, bad input, destroy.
  const exports = await page.evaluate(() => ({
    csv: a.export('csv'), html: a.export('html'), w3c: JSON.parse(a.export('w3c')),
    unknown: (() => { try { a.export('pdf'); return 'no error'; } catch (e) { return e.message; } })(),
    badDoc: (() => { try { a.setDocument('{"schema": 1}'); return 'no error'; } catch (e) { return e.message; } })(),
  }));
  assert.match(exports.csv, /Brnabi/);
  assert.match(exports.html, /<html/);
  assert.ok(exports.w3c);
  assert.match(exports.unknown, /unknown export format/);
  assert.match(exports.badDoc, /bad document/);
  const roundTrip = await page.evaluate(() => { const d = a.getDocument(); b.setDocument(d); return b.getDocument(); });
  assert.equal(roundTrip.text, sentence);

  await page.evaluate(() => a.destroy());
  assert.equal(await page.locator('canvas').count(), 1);
  await page.locator('#b canvas').click({position: {x: 320, y: 260}});
  await page.keyboard.press('Control+Z');   // a's listeners are gone: nothing may throw
  await pasteText(page, sentence);
  assert.equal(await page.evaluate(() => b.getDocument().text), sentence);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The mean luminance (0-255) of a box of a screenshot.
function meanLuminance(image, {x, y, width, height}) {
  let sum = 0;
  for (let row = y; row < y + height; row++) {
    for (let col = x; col < x + width; col++) {
      const i = (row * image.width + col) * image.channels;
      sum += 0.2126 * image.pixels[i] + 0.7152 * image.pixels[i + 1] + 0.0722 * image.pixels[i + 2];
    }
  }
  return sum / (width * height);
}

test('two instances with other options: read-only has no toolbar and refuses edits; dark stays inside its box', async () => {
  // A tinted host page: the instances must not change it.
  const page = await openHostPage('options.html', `<!doctype html><meta charset="utf-8">
<style>body{margin:0;background:rgb(220,235,250)} .box{width:640px;height:360px;margin:20px}</style>
<div id="ro" class="box"></div><div id="dk" class="box"></div>
<script type="module">
  import {createAnnotator} from './annotator.mjs';
  try {
    const text = ${JSON.stringify(sentence)};
    window.ro = await createAnnotator(document.getElementById('ro'), {readOnly: true, text});
    window.dk = await createAnnotator(document.getElementById('dk'), {theme: 'dark', labels: ['PERSON'], text});
    window.hostReady = true;
  } catch (e) { window.hostError = String(e); }
</script>`);
  const panelsOf = (name) => page.evaluate((n) => window[n]._testQuery('panels'), name);
  const stateOf = (name) => page.evaluate((n) => window[n]._testQuery('state'), name);
  assert.equal((await stateOf('ro')).read_only, true);
  assert.equal((await stateOf('dk')).read_only, false);
  assert.equal((await panelsOf('dk')).theme, 'dark');
  assert.equal((await panelsOf('ro')).theme, 'light');
  // Only PERSON is shown in the dark one: the other labels' toggles are off.
  const legend = (await panelsOf('dk')).legend.labels;
  assert.deepEqual(legend.filter((l) => l.visible).map((l) => l.label), ['PERSON']);

  // No toolbar in the read-only one: its tabs start at the top, the editable one's below its bar.
  await nextFrames(page, 4);
  const roTabs = (await panelsOf('ro')).tabs.article, dkTabs = (await panelsOf('dk')).tabs.article;
  assert.ok(roTabs[1] < 20, `read-only tabs at y=${roTabs[1]}: a toolbar above them?`);
  assert.ok(dkTabs[1] > roTabs[1] + 20, `editable tabs at y=${dkTabs[1]}: no toolbar above them?`);

  // Read-only refuses the user's edits (paste, undo of the host's change), not the host's.
  await page.evaluate((d) => ro.setDictionary(d), dictionary);
  const label = () => page.evaluate(() => orgOf(ro.getDocument()));
  await page.evaluate(`window.orgOf = (doc) => doc.entities.find((e) => e.text === 'Zorblat Quux')?.label ?? null`);
  assert.equal(await label(), 'ORG');
  await page.locator('#ro canvas').click({position: {x: 320, y: 250}});
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await nextFrames(page, 3);
  await page.keyboard.up('Control');
  await pasteText(page, other);
  await nextFrames(page, 4);
  assert.equal(await page.evaluate(() => ro.getDocument().text), sentence, 'a paste changed the read-only one');
  assert.equal(await label(), 'ORG', 'Ctrl+Z undid in the read-only one');

  // One hidden file input each, with its own id, inside its own box.
  const inputs = await page.evaluate(() => Array.from(document.querySelectorAll('input[type=file]'),
                                                      (i) => [i.id, i.parentElement.id]));
  assert.equal(inputs.length, 2);
  assert.notEqual(inputs[0][0], inputs[1][0]);
  assert.deepEqual(inputs.map(([, parent]) => parent).sort(), ['dk', 'ro']);

  // Dark inside its box, the page around it untouched.
  await nextFrames(page, 4);
  const shot = decodePng(fs.readFileSync(await screenshot(page, 'embed-options.png')));
  const box = (id) => page.evaluate((i) => {
    const r = document.getElementById(i).getBoundingClientRect();
    return {x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height)};
  }, id);
  const roBox = await box('ro'), dkBox = await box('dk');
  assert.ok(meanLuminance(shot, dkBox) < 80, `the dark instance is not dark: ${meanLuminance(shot, dkBox)}`);
  assert.ok(meanLuminance(shot, roBox) > 180, `the light instance is not light: ${meanLuminance(shot, roBox)}`);
  for (const [x, y] of [[5, 5], [700, 200], [700, 600], [10, roBox.y + roBox.height + 10]]) {
    const i = (y * shot.width + x) * shot.channels;
    assert.deepEqual(Array.from(shot.pixels.subarray(i, i + 3)), [220, 235, 250], `the page changed at ${x},${y}`);
  }

  await page.evaluate(() => ro.destroy());
  assert.equal(await page.evaluate(() => document.querySelectorAll('input[type=file]').length), 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("on('select'): clicking an entity reports it with UTF-16 offsets of the host's string", async () => {
  const page = await openHostPage('select.html', twoInstancesPage);
  await page.evaluate((text) => {
    window.selections = [];
    a.on('select', (e) => selections.push(e.selection));
    a.setText(text);
  }, sentence);
  await nextFrames(page, 6);
  // Where "Ana Brnabić" is drawn: the test query takes byte offsets of the UTF-8 text.
  const name = 'Ana Brnabić';
  const box = await page.evaluate((name) => {
    const text = a.getDocument().text, utf8 = new TextEncoder();
    const begin = utf8.encode(text.slice(0, text.indexOf(name))).length;
    return a._testQuery(`box ${begin} ${begin + utf8.encode(name).length}`);
  }, name);
  assert.ok(box, 'the entity is not drawn');
  await page.locator('#a canvas').click({position: {x: box.x + box.width / 2, y: box.y + box.height / 2}});
  await page.waitForFunction(() => selections.length > 0, null, {timeout: 10000});
  const selected = await page.evaluate(() => selections.at(-1));
  assert.equal(selected.kind, 'entity');
  assert.equal(sentence.slice(selected.start, selected.end), name);
  assert.equal(selected.text, name);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('<article-annotator>: text content, attributes, the text property, DOM events', async () => {
  const page = await openHostPage('element.html', `<!doctype html><meta charset="utf-8">
<article-annotator id="el" labels="PERSON ORG" read-only style="height:400px">${sentence}</article-annotator>
<script type="module">
  import './annotator.mjs';
  try {
    const el = document.getElementById('el');
    window.changes = [];
    el.addEventListener('change', (e) => changes.push(e.detail.document.text));
    await el.ready;
    window.hostReady = true;
  } catch (e) { window.hostError = String(e); }
</script>`);
  assert.equal(await page.evaluate(() => el.getDocument().text), sentence);
  assert.equal(await page.evaluate(() => el.text), sentence);
  // The article is data, never markup: nothing runs, nothing is parsed.
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> Ana Brnabić said so.';
  await page.evaluate((t) => { el.text = t; }, hostile);
  await page.waitForFunction((t) => changes.includes(t), hostile);
  assert.equal(await page.evaluate(() => el.getDocument().text), hostile);
  assert.match(await page.evaluate(() => el.export('html')), /&lt;img src=x/);
  await nextFrames(page, 4);
  assert.equal(await page.evaluate(() => window.pwned ?? null), null);
  assert.equal(await page.evaluate(() => el.shadowRoot.querySelectorAll('img, script').length), 0);
  await page.evaluate(() => el.setAttribute('theme', 'dark'));
  await nextFrames(page, 4);
  const shot = decodePng(fs.readFileSync(await screenshot(page, 'embed-element.png')));
  assert.ok(imageStats(shot, {x: 0, y: 0, width: 600, height: 380}).distinctColors > 20);
  await page.evaluate(() => { window.removed = el; el.remove(); });
  assert.equal(await page.evaluate(() => removed.annotator), null);
  assert.equal(await page.evaluate(() => removed.shadowRoot.querySelectorAll('canvas').length), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The host page and the frame come from two servers (two ports): two origins. The host page
// is a real file (Chromium's local network checks refuse a loopback frame in a page that
// page.route made up).
test('iframe: an allowed origin is answered, a foreign one ignored', async (t) => {
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-host-'));
  const hostServer = await serve(hostDir);
  t.after(async () => {
    await hostServer.close();
    fs.rmSync(hostDir, {recursive: true, force: true});
  });
  const frameOrigin = server.url;
  const hostOrigin = hostServer.url.slice(0, -1);
  const frameUrl = (origins) => `${frameOrigin}embed.html?origins=${encodeURIComponent(origins)}`;
  fs.writeFileSync(path.join(hostDir, 'iframe.html'), `<!doctype html><meta charset="utf-8">
<link rel="icon" href="data:,">
<iframe id="allowed" src="${frameUrl(hostOrigin)}&theme=dark&readOnly=1" style="width:600px;height:300px"></iframe>
<iframe id="foreign" src="${frameUrl('https://cms.example.org')}" style="width:600px;height:300px"></iframe>
<script type="module">
  window.received = [];
  window.addEventListener('message', (e) => received.push({origin: e.origin, data: e.data}));
  let next = 1;
  // Resolves with the reply, or 'no reply' after \`wait\` ms.
  window.ask = (frame, message, wait = 5000) => new Promise((resolve) => {
    const id = next++;
    const timer = setTimeout(() => resolve('no reply'), wait);
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'annotator:reply' && e.data.id === id) { clearTimeout(timer); resolve(e.data); }
    });
    document.getElementById(frame).contentWindow.postMessage({...message, id}, '${frameOrigin.slice(0, -1)}');
  });
  window.hostReady = true;
</script>`);
  const page = await openHostPage('iframe.html', null, hostServer.url + 'iframe.html');
  await page.waitForFunction(() => received.some((m) => m.data.type === 'annotator:ready'), null, {timeout: 60000});
  const foreignFrame = page.frames().find((f) => f.url().includes('cms.example.org'));
  await foreignFrame.waitForFunction(() => window.annotatorFrame !== undefined, null, {timeout: 60000});

  const set = await page.evaluate((t) => ask('allowed', {type: 'annotator:setText', text: t}), sentence);
  assert.deepEqual([set.type, set.id, set.ok], ['annotator:reply', 1, true]);
  const doc = await page.evaluate(() => ask('allowed', {type: 'annotator:getDocument'}));
  assert.equal(doc.result.text, sentence);
  const csv = await page.evaluate(() => ask('allowed', {type: 'annotator:export', format: 'csv'}));
  assert.match(csv.result, /Brnabi/);
  const bad = await page.evaluate(() => ask('allowed', {type: 'annotator:export', format: 'pdf'}));
  assert.equal(bad.ok, false);
  await page.waitForFunction(() => received.some((m) => m.data.type === 'annotator:change'));
  assert.ok((await page.evaluate(() => received)).every((m) => m.origin === frameOrigin.slice(0, -1)),
            'a message came from elsewhere');

  // The URL's options: read-only (the host still sets the text) and dark inside the frame only.
  const allowedFrame = page.frames().find((f) => f.url().includes(encodeURIComponent(hostOrigin)));
  assert.equal(await allowedFrame.evaluate(() => annotatorFrame._testQuery('state').read_only), true);
  await nextFrames(page, 4);
  const shot = decodePng(fs.readFileSync(await screenshot(page, 'embed-iframe.png')));
  const frameBox = await page.evaluate(() => {
    const r = document.getElementById('allowed').getBoundingClientRect();
    return {x: Math.round(r.x) + 4, y: Math.round(r.y) + 4, width: Math.round(r.width) - 8, height: Math.round(r.height) - 8};
  });
  assert.ok(meanLuminance(shot, frameBox) < 80, 'the dark frame is not dark');
  const below = ((frameBox.y + frameBox.height + 20) * shot.width + 20) * shot.channels;
  assert.deepEqual(Array.from(shot.pixels.subarray(below, below + 3)), [255, 255, 255], 'the host page changed');

  const ignored = await page.evaluate((t) => ask('foreign', {type: 'annotator:setText', text: t}, 3000), sentence);
  assert.equal(ignored, 'no reply');
  assert.equal(await foreignFrame.evaluate(() => annotatorFrame.getDocument().text), '',
               'a message from a foreign origin changed the document');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the static site works under a sub-path and asks only for its own files', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-site-'));
  fs.mkdirSync(path.join(root, 'some/sub'), {recursive: true});
  fs.symlinkSync(distDir, path.join(root, 'some/sub/path'));
  const site = await serve(root);
  try {
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await openApp(context, site.url + 'some/sub/path/index.html');
    await pasteText(page, sentence);
    assert.equal(await page.evaluate(() => annotatorTest.text()), sentence);
    await nextFrames(page);
    const shot = decodePng(fs.readFileSync(await screenshot(page, 'site-sub-path.png')));
    assert.ok(imageStats(shot).distinctColors > 20, 'the page looks blank');
    const outside = requests.filter((url) => !url.startsWith(site.url + 'some/sub/path/') && !url.startsWith('data:'));
    assert.deepEqual(outside, []);
    assert.deepEqual(site.requests.filter((p) => !p.startsWith('/some/sub/path/')), []);
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    await site.close();
    fs.rmSync(root, {recursive: true, force: true});
  }
});

test('examples/cms-editor.html stores the document JSON on change and restores it', async () => {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  await page.goto(server.url + 'examples/cms-editor.html');
  await page.waitForFunction(() => document.getElementById('saved').textContent !== '', null, {timeout: 60000});
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('cms-example:article-document')));
  const first = await stored();
  assert.equal(first.text, await page.locator('#article').inputValue());
  assert.ok(first.entities.some((e) => e.text === 'Krušik' && e.label === 'ORG'));

  await page.locator('#article').fill(sentence);
  await page.locator('#annotate').click();
  await page.waitForFunction((t) => JSON.parse(localStorage.getItem('cms-example:article-document')).text === t,
                             sentence);
  await page.reload();
  await page.waitForFunction(() => document.getElementById('saved').textContent !== '' ||
                                   document.getElementById('article').value !== '', null, {timeout: 60000});
  await page.waitForFunction((t) => document.getElementById('article').value === t, sentence, {timeout: 60000});
  await page.locator('#format').selectOption('csv');
  await page.locator('#export').click();
  assert.match(await page.locator('#stored').textContent(), /Brnabi/);
  await nextFrames(page, 4);
  await screenshot(page, 'cms-editor.png');
  assert.deepEqual(page.errors, []);
  await page.close();
});
