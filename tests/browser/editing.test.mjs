// Correcting annotations in the real page, with the mouse and the keyboard as a user would:
// drag over words (snapped to word edges), label them with a key, relabel by key and by the
// right-click menu, delete, make a claim and give it a source, a cue and a stance from the
// bar under the selection, undo and redo; read-only mode refuses all of it.
//   WEB_DIST=build/web-dev/dist node --test tests/browser/editing.test.mjs
// The article is written for this test (ASCII, so byte offsets equal string indices).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {distDir, launchChromium, nextFrames, openApp, pasteText, screenshot, serve}
  from './harness.mjs';

const ARTICLE = [
  'Mayor Ellen Harlow said on Tuesday that the old river bridge would reopen in March.',
  '',
  'The council denied that the budget for the bridge was cut by a third. A spokesman for ' +
    'the Greenfield Transit Authority said the work had gone well.',
  '',
  'Residents who cross the river every morning said they had waited long enough.',
].join('\n');

let server, context, page;
before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')),
            `no web build in ${distDir}: build the web preset or set WEB_DIST`);
  server = await serve(distDir);
  context = await launchChromium();
  page = await openApp(context, server.url + 'index.html');
  await pasteArticle(ARTICLE);
});
after(async () => {
  await context?.close();
  await server?.close();
});

const query = (q) => page.evaluate((text) => annotatorTest.query(text), q);

// Pastes `text` and waits until the article view has laid it out (a loaded machine may take
// more than a few frames).
async function pasteArticle(text) {
  await pasteText(page, text);
  await page.waitForFunction((size) => annotatorTest.text().length === size &&
                                       annotatorTest.query('box 0 1') !== null, text.length,
                             {timeout: 30000});
  await nextFrames(page, 2);
}
const view = () => page.evaluate(() => annotatorTest.view());
const documentJson = () => query('document');

// Byte span of the n-th occurrence (0-based) of `word` in the article.
function spanOf(word, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = ARTICLE.indexOf(word, at + 1);
  assert.ok(at >= 0, `"${word}" not in the article`);
  return [at, at + word.length];
}

async function boxOf([begin, end]) {
  const box = await query(`box ${begin} ${end}`);
  assert.ok(box && box.width > 0, `no box for ${begin}..${end}: ${JSON.stringify(box)}`);
  return box;
}

// Drags from fraction `from` of the first word's box to fraction `to` of the last one's:
// a real press, several moves and a release.
async function drag(firstSpan, lastSpan, {from = 0.4, to = 0.6, alt = false} = {}) {
  const a = await boxOf(firstSpan), b = await boxOf(lastSpan);
  const y0 = a.y + a.height / 2, y1 = b.y + b.height / 2;
  const x0 = a.x + a.width * from, x1 = b.x + b.width * to;
  if (alt) await page.keyboard.down('Alt');
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  // A frame sees the press where it happened, as with a person's press (which lasts frames):
  // ImGui 1.86 reads the mouse once per frame, so a move before that frame moves the press.
  await nextFrames(page, 1);
  for (let step = 1; step <= 5; step++) {
    await page.mouse.move(x0 + (x1 - x0) * step / 5, y0 + (y1 - y0) * step / 5);
    await nextFrames(page, 1);
  }
  await page.mouse.up();
  if (alt) await page.keyboard.up('Alt');
  await nextFrames(page, 3);
}

async function clickItem(name, button = 'left') {
  const item = (await view()).items.find((i) => i.name === name);
  assert.ok(item, `no item "${name}" in ${JSON.stringify((await view()).items.map((i) => i.name))}`);
  await page.mouse.click(item.x + item.width / 2, item.y + item.height / 2, {button});
  await nextFrames(page, 3);
}

async function hoverItem(name) {
  const item = (await view()).items.find((i) => i.name === name);
  assert.ok(item, `no item "${name}"`);
  await page.mouse.move(item.x + item.width / 2, item.y + item.height / 2);
  await nextFrames(page, 4);
}

// Presses 'Control+Shift+z' and the like, holding the keys for two frames: ImGui 1.86 reads
// key state once per frame, and a press and release between two frames would be missed.
async function press(keys) {
  const parts = keys.split('+');
  for (const key of parts) await page.keyboard.down(key);
  await nextFrames(page, 2);
  for (const key of parts.reverse()) await page.keyboard.up(key);
  await nextFrames(page, 3);
}

const entityAt = (doc, [start, end]) => doc.entities.find((e) => e.start === start && e.end === end);

test('drag + key makes an entity; keys and the menu relabel it; Delete, undo, redo', async () => {
  const bridge = spanOf('bridge');
  const before = await documentJson();
  assert.equal(entityAt(before, bridge), undefined, 'the finders already tagged "bridge"');

  // From inside "river" to inside "bridge": the marked span snaps to both words' edges.
  const river = spanOf('river');
  await drag(river, bridge);
  const riverBridge = [river[0], bridge[1]];
  assert.deepEqual((await view()).marked, riverBridge);
  assert.ok((await view()).bar_open, 'no bar under the marked words');
  await screenshot(page, 'editing-marked.png');

  // 3 = PLACE (the legend's order).
  await press('3');
  let doc = await documentJson();
  assert.equal(doc.entities.length, before.entities.length + 1);
  let added = entityAt(doc, riverBridge);
  assert.ok(added, 'no entity on "river bridge"');
  assert.equal(added.label, 'PLACE');
  assert.equal(added.origin, 'manual');
  let state = await query('state');
  assert.equal(state.marked, null);
  assert.match(state.selection, /^entity \d+$/);
  assert.match(state.undo, /add PLACE/);

  // The selected entity: 2 relabels it ORG.
  await press('2');
  doc = await documentJson();
  assert.equal(entityAt(doc, riverBridge).label, 'ORG');
  await screenshot(page, 'editing-selected.png');

  // Right-click on it, Relabel ▸ Quantity.
  const box = await boxOf(riverBridge);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, {button: 'right'});
  await nextFrames(page, 3);
  assert.ok((await view()).menu_open, 'the right-click menu did not open');
  await hoverItem('menu/Relabel');
  await screenshot(page, 'editing-menu.png');
  await clickItem('menu/Relabel/Quantity');
  doc = await documentJson();
  assert.equal(entityAt(doc, riverBridge).label, 'QUANTITY');
  assert.equal((await view()).menu_open, false);

  // Delete, then undo and redo it (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y).
  await press('Delete');
  doc = await documentJson();
  assert.equal(entityAt(doc, riverBridge), undefined);
  assert.equal(doc.entities.length, before.entities.length);
  await press('Control+z');
  doc = await documentJson();
  assert.equal(entityAt(doc, riverBridge)?.label, 'QUANTITY');
  assert.match((await query('state')).notice, /^Undone: delete QUANTITY/);
  await press('Control+Shift+z');
  assert.equal(entityAt(await documentJson(), riverBridge), undefined);
  await press('Control+z');
  await press('Control+z');   // the relabel to QUANTITY
  assert.equal(entityAt(await documentJson(), riverBridge)?.label, 'ORG');
  await press('Control+y');
  assert.equal(entityAt(await documentJson(), riverBridge)?.label, 'QUANTITY');
  assert.deepEqual(page.errors, []);
});

test('a quick Ctrl+Z: Ctrl seen by a frame, then Z pressed and both released before the next', async () => {
  // As a fast hand or a slow frame does it: the frame that sees Z must still see Ctrl down
  // (web/platform/imgui_bridge.cc holds every release while a press is unseen). The events
  // are dispatched by hand so that no frame can come between the last three.
  // [type, keyCode, ctrlKey] events, all sent in one task.
  const keys = (events) => page.evaluate((events) => {
    for (const [type, code, ctrlKey] of events) {
      const event = new KeyboardEvent(type, {bubbles: true, cancelable: true, ctrlKey,
                                             key: code === 17 ? 'Control' : 'z'});
      Object.defineProperty(event, 'keyCode', {get: () => code});   // what Emscripten's GLFW reads
      (document.activeElement || document.body).dispatchEvent(event);
    }
  }, events);
  const bridge = spanOf('bridge');
  await drag(bridge, bridge);
  await press('1');
  assert.equal(entityAt(await documentJson(), bridge)?.label, 'PERSON');
  await keys([['keydown', 17, true]]);
  await nextFrames(page, 2);
  await keys([['keydown', 90, true], ['keyup', 90, true], ['keyup', 17, false]]);
  await nextFrames(page, 3);
  assert.equal(entityAt(await documentJson(), bridge), undefined, 'the quick Ctrl+Z was lost');
  assert.deepEqual(page.errors, []);
});

test('Alt-drag marks exact characters; Escape unmarks and then deselects', async () => {
  const residents = spanOf('Residents');
  await drag(residents, residents, {from: 0.05, to: 0.45, alt: true});
  const marked = (await view()).marked;
  assert.ok(marked, 'nothing marked');
  assert.equal(marked[0], residents[0]);
  assert.ok(marked[1] > residents[0] + 1 && marked[1] < residents[1], `not a part of the word: ${marked}`);
  await press('Escape');
  assert.equal((await view()).marked, null);

  // A click on an annotation selects it, Escape clears the selection.
  const doc = await documentJson();
  const entity = doc.entities[0];
  const box = await boxOf([entity.start, entity.end]);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await nextFrames(page, 3);
  assert.equal((await query('state')).selection, 'entity 0');
  await press('Escape');
  assert.equal((await query('state')).selection, '');
  assert.deepEqual(page.errors, []);
});

test('a press and a move before the next frame: the drag starts where the press happened', async () => {
  // ImGui reads the mouse once per frame; a quick hand moves before it does. Both events are
  // sent in one task, so no frame can come between them (web/platform/imgui_bridge.cc).
  const residents = spanOf('Residents');
  const box = await boxOf(residents);
  const y = box.y + box.height / 2, x0 = box.x + box.width * 0.05, x1 = box.x + box.width * 0.45;
  await page.keyboard.down('Alt');
  await page.mouse.move(x0 - 30, y);
  await nextFrames(page, 2);
  await page.evaluate(([x0, x1, y]) => {
    const canvas = document.querySelector('canvas');
    const at = (x) => ({clientX: x, clientY: y, pageX: x, pageY: y, bubbles: true, button: 0, altKey: true});
    canvas.dispatchEvent(new MouseEvent('mousemove', at(x0)));
    canvas.dispatchEvent(new MouseEvent('mousedown', {...at(x0), buttons: 1}));
    canvas.dispatchEvent(new MouseEvent('mousemove', {...at(x1), buttons: 1}));
  }, [x0, x1, y]);
  await nextFrames(page, 3);
  await page.mouse.move(x1, y);
  await page.mouse.up();
  await page.keyboard.up('Alt');
  await nextFrames(page, 3);
  const marked = (await view()).marked;
  assert.ok(marked, 'nothing marked');
  assert.equal(marked[0], residents[0], `the drag started late: ${marked}`);
  await press('Escape');
  assert.deepEqual(page.errors, []);
});

test('a claim: mark its content, C; then source, cue and stance from the bar', async () => {
  const before = await documentJson();
  // Not what the finders made of that sentence (they took "the budget ... by a third").
  const content = [spanOf('the budget')[0], spanOf('bridge', 1)[1]];
  await drag(spanOf('the budget'), spanOf('bridge', 1), {from: 0.05});
  assert.deepEqual((await view()).marked, content);
  await press('c');
  let doc = await documentJson();
  assert.equal(doc.claims.length, before.claims.length + 1);
  const mine = (c) => c.content.start === content[0] && c.content.end === content[1];
  let claim = doc.claims.find(mine);
  assert.ok(claim, 'no claim with that content');
  assert.equal(claim.origin, 'manual');
  assert.equal(claim.source, null);
  assert.match((await query('state')).selection, /^claim \d+$/);

  // The claim stays selected while the source is marked; the bar offers Source.
  await drag(spanOf('The council'), spanOf('council'), {from: 0.05});
  await clickItem('bar/Source');
  await drag(spanOf('denied'), spanOf('denied'));
  await clickItem('bar/Cue');
  await screenshot(page, 'editing-claim-editor.png');
  await clickItem('bar/deny');
  await clickItem('bar/direct');
  doc = await documentJson();
  claim = doc.claims.find(mine);
  assert.deepEqual([claim.source?.start, claim.source?.end], spanOf('The council'));
  assert.deepEqual([claim.cue?.start, claim.cue?.end], spanOf('denied'));
  assert.equal(claim.stance, 'deny');
  assert.equal(claim.kind, 'direct');

  // Undo the kind and the stance, redo the stance.
  await press('Control+z');
  await press('Control+z');
  claim = (await documentJson()).claims.find(mine);
  assert.equal(claim.stance, 'assert');
  await press('Control+y');
  claim = (await documentJson()).claims.find(mine);
  assert.equal(claim.stance, 'deny');

  // Delete it from the bar.
  await clickItem('bar/Delete claim');
  assert.equal((await documentJson()).claims.length, before.claims.length);
  assert.deepEqual(page.errors, []);
});

test('another panel\'s selection and the search scroll the article', async () => {
  // A long article: the same paragraphs many times over.
  const long = Array.from({length: 40}, () => ARTICLE).join('\n\n');
  await pasteArticle(long);
  assert.equal((await view()).scroll_y, 0);
  const doc = await documentJson();
  const last = doc.entities.length - 1;
  await query(`select entity ${last}`);
  await nextFrames(page, 4);
  const scrolled = await view();
  assert.ok(scrolled.scroll_y > 1000, `scroll_y ${scrolled.scroll_y} after selecting the last entity`);
  assert.equal(scrolled.selected, `entity ${last}`);

  const hits = await query('search Harlow');
  assert.ok(hits.hits >= 40);
  await nextFrames(page, 4);
  assert.equal((await view()).scroll_y, 0, 'the first hit is at the top');
  await screenshot(page, 'editing-search.png');
  await query('search');
  await pasteArticle(ARTICLE);
  assert.deepEqual(page.errors, []);
});

test('hidden labels and hidden claims are not drawn', async () => {
  const doc = await documentJson();
  const person = doc.entities.findIndex((e) => e.label === 'PERSON');
  assert.ok(person >= 0, 'the finders found no PERSON in the article');
  const drawn = async () => (await view()).entity_boxes.map((b) => b.entity);
  assert.ok((await drawn()).includes(person));
  await query('label 0 0');
  await nextFrames(page, 3);
  assert.ok(!(await drawn()).includes(person), 'a hidden PERSON is still drawn');
  assert.ok((await drawn()).length > 0, 'the other labels went too');
  await query('claims 0');
  await nextFrames(page, 3);
  await screenshot(page, 'editing-hidden.png');
  // Hidden annotations cannot be hovered either: the claim under the mouse is gone.
  const claim = doc.claims[0];
  const box = await boxOf([claim.content.start, claim.content.start + 1]);
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await nextFrames(page, 3);
  assert.doesNotMatch((await view()).hovered, /^claim/);
  await query('label 0 1');
  await query('claims 1');
  await nextFrames(page, 3);
  assert.ok((await drawn()).includes(person));
  assert.deepEqual(page.errors, []);
});

test('read-only: no marking, no keys, no menu, no bar', async () => {
  const before = await documentJson();
  await query('read_only 1');
  await nextFrames(page, 3);   // read-only has no toolbar: the article moves up
  try {
    const items = await page.evaluate(() => annotatorTest.io('items'));
    assert.deepEqual(items.filter((i) => i.name.startsWith('toolbar/')), [], 'a read-only page shows a toolbar');
    await drag(spanOf('Residents'), spanOf('river', 1));
    assert.equal((await view()).marked, null);
    const entity = before.entities[0];
    const box = await boxOf([entity.start, entity.end]);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await nextFrames(page, 3);
    assert.equal((await query('state')).selection, 'entity 0', 'selecting is not editing');
    assert.equal((await view()).bar_open, false);
    await press('2');
    await press('Delete');
    await press('Control+z');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, {button: 'right'});
    await nextFrames(page, 3);
    assert.equal((await view()).menu_open, false);
    assert.equal(JSON.stringify(await documentJson()), JSON.stringify(before));
  } finally {
    await query('read_only 0');
  }
  assert.deepEqual(page.errors, []);
});
