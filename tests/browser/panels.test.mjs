// The side panels, legend toggles, search, themes and help overlay on the real page
// (web/views/main_window.h), with a VOA article (public domain) from tests/corpus/heldout.
// The panel's counts are checked against the `annotate` CLI's JSON for the same text.
//   WEB_DIST=build/<dir>/dist ANNOTATE=build/<dir>/annotate node --test tests/browser/panels.test.mjs
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {distDir, launchChromium, nextFrames, openApp, pasteText, repoDir, screenshot, serve}
  from './harness.mjs';
import {decodePng} from './png.mjs';

const articlePath = path.join(repoDir, 'tests/corpus/heldout/voa-bush-colombia-venezuela.txt');
const article = fs.readFileSync(articlePath, 'utf8');
const annotateCli = path.resolve(repoDir, process.env.ANNOTATE ?? 'build/native/annotate');

let server, context, page;
before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')),
            `no web build in ${distDir}: build the web preset or set WEB_DIST`);
  server = await serve(distDir);
  context = await launchChromium({viewport: {width: 1280, height: 800}});
  page = await openApp(context, server.url + 'index.html');
  await pasteText(page, article);
  await nextFrames(page, 4);
});
after(async () => {
  await context?.close();
  await server?.close();
});

const panels = () => page.evaluate(() => annotatorTest.query('panels'));
const center = (box) => ({x: box[0] + box[2] / 2, y: box[1] + box[3] / 2});
// A click as a person makes it: the mouse arrives, rests, presses, releases (ImGui 1.86
// sees hover, press and release in separate frames).
async function clickAt(x, y) {
  await page.mouse.move(x, y);
  await nextFrames(page, 2);
  await page.mouse.down();
  await nextFrames(page, 1);
  await page.mouse.up();
  await nextFrames(page, 3);
}
const clickBox = (box) => clickAt(center(box).x, center(box).y);

// ImGui 1.86 polls keys once per frame: a key pressed and released between two frames is
// never seen. Hold it down for a few frames, as a person does.
async function press(key) {
  const parts = key.split('+');
  for (const k of parts) await page.keyboard.down(k);
  await nextFrames(page, 1);   // held longer, a slow frame could make it repeat
  for (const k of parts.reverse()) await page.keyboard.up(k);
  await nextFrames(page, 2);
}

// The pixel at CSS position (x, y) of a dpr-1 screenshot, as [r, g, b].
function pixelAt(image, x, y) {
  const i = (Math.round(y) * image.width + Math.round(x)) * image.channels;
  return [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
}
const luminance = ([r, g, b]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

test('the panels show the groups and claims the CLI finds in the same text', async (t) => {
  if (!fs.existsSync(annotateCli)) return t.skip(`${annotateCli} not built`);
  const cli = JSON.parse(execFileSync(annotateCli, [articlePath], {encoding: 'utf8'}));
  const report = await panels();
  assert.equal(report.layout.narrow, false);

  // Entities: one row per group with mentions, per label, with the same mention counts.
  const cliGroups = cli.groups.filter((g) => g.mentions.length > 0);
  assert.ok(cliGroups.length > 5, `only ${cliGroups.length} groups: not a useful article`);
  assert.equal(report.entities.groups.length, cliGroups.length);
  const byName = (groups, mentions) => groups.map((g) => `${g.label} ${g.name ?? g.canonical} ${mentions(g)}`).sort();
  assert.deepEqual(byName(report.entities.groups, (g) => g.mentions.length),
                   byName(cliGroups, (g) => g.mentions.length));
  // Most mentioned first within a label.
  const persons = report.entities.groups.filter((g) => g.label === 'PERSON');
  for (let i = 1; i < persons.length; i++) {
    assert.ok(persons[i - 1].mentions.length >= persons[i].mentions.length, 'persons not sorted');
  }

  // Claims: every claim once, under its source group's name, else its source's words.
  const claims = report.claims.sources.flatMap((s) => s.claims);
  assert.equal(claims.length, cli.claims.length);
  assert.equal(new Set(claims.map((c) => c.id)).size, cli.claims.length);
  const canonical = new Map(cli.groups.map((g) => [g.id, g.canonical]));
  const expectedSources = new Set(cli.claims.map((c) =>
    c.source_group ? canonical.get(c.source_group) : c.source ? c.source.text.replace(/\s+/g, ' ') : 'No source named'));
  assert.deepEqual(new Set(report.claims.sources.map((s) => s.name)), expectedSources);
  const denials = cli.claims.filter((c) => c.stance === 'deny').length;
  assert.equal(claims.filter((c) => c.stance === 'deny').length, denials);

  // The legend counts each label's mentions; the panel says "N groups, M mentions", overall
  // and per label, so its numbers cannot be mistaken for the legend's.
  for (const item of report.legend.labels) {
    assert.equal(item.count, cli.entities.filter((e) => e.label === item.label).length, item.label);
    assert.deepEqual(report.entities.labels[item.label],
                     {groups: cliGroups.filter((g) => g.label === item.label).length, mentions: item.count});
  }
  assert.equal(report.entities.summary, `${cliGroups.length} groups, ${cli.entities.length} mentions`);
  assert.equal(report.legend.claims.count, cli.claims.length);
  await screenshot(page, 'panels-entities.png');
  assert.deepEqual(page.errors, []);
});

test('clicking a group selects its mentions one after the other', async () => {
  const report = await panels();
  const group = report.entities.groups.find((g) => g.mentions.length >= 3 && g.box);
  assert.ok(group, 'no group with three mentions in view');
  const scrolls = [];
  for (let i = 0; i < group.mentions.length + 1; i++) {
    await clickBox(group.box);
    const now = await panels();
    assert.equal(now.selection.kind, 'entity');
    // mention ids are numbers in the app ("e12" in the JSON files)
    assert.equal(now.selection.id, group.mentions[i % group.mentions.length], `click ${i + 1}`);
    scrolls.push((await page.evaluate(() => annotatorTest.view())).scroll_y);
  }
  await screenshot(page, 'panels-group-selected.png');

  // The Claims tab: a click selects the claim.
  const tabs = await panels();
  assert.ok(tabs.claims.sources.length > 0);
  await clickBox(tabs.tabs.claims);
  const claimsTab = await panels();
  assert.equal(claimsTab.layout.tab, 'claims', 'the Claims tab did not open');
  const claim = claimsTab.claims.sources.flatMap((s) => s.claims).find((c) => c.box);
  assert.ok(claim, 'no claim row drawn');
  await clickBox(claim.box);
  const picked = await panels();
  assert.deepEqual(picked.selection, {kind: 'claim', id: claim.id});
  await screenshot(page, 'panels-claims.png');
  assert.deepEqual(page.errors, []);
});

test('a legend item hides and shows its label', async () => {
  const report = await panels();
  const place = report.legend.labels.find((l) => l.label === 'PLACE');
  assert.equal(place.visible, true);
  await clickBox(place.box);
  let now = await panels();
  assert.equal(now.legend.labels.find((l) => l.label === 'PLACE').visible, false);
  await screenshot(page, 'panels-place-hidden.png');
  await clickBox(place.box);
  now = await panels();
  assert.equal(now.legend.labels.find((l) => l.label === 'PLACE').visible, true);

  await clickBox(report.legend.claims.box);
  assert.equal((await panels()).legend.claims.visible, false);
  await clickBox(report.legend.claims.box);
  assert.equal((await panels()).legend.claims.visible, true);
  assert.deepEqual(page.errors, []);
});

// Non-overlapping, case- and diacritic-insensitive occurrences: what the search bar must find.
function countFolded(text, query) {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const haystack = fold(text), needle = fold(query);
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

test('Ctrl+F searches the text, Enter steps through the hits, Escape clears them', async () => {
  await clickAt(400, 400);   // the article has the focus
  // Whether the browser's own find bar would open too (a listener after the app's).
  await page.evaluate(() => window.addEventListener('keydown', (event) => {
    if (event.key === 'f' || event.key === 'F1') window.browserDefault = !event.defaultPrevented;
  }));
  await press('Control+f');
  assert.equal(await page.evaluate(() => window.browserDefault), false, 'Ctrl+F also opened the browser find bar');
  assert.equal((await panels()).search.open, true);
  await page.keyboard.type('VENEZUELA');
  await nextFrames(page, 3);
  const expected = countFolded(article, 'venezuela');
  assert.ok(expected >= 3);
  let search = (await panels()).search;
  assert.equal(search.hits, expected);
  assert.equal(search.current, 0);
  assert.equal(search.shown, `1 of ${expected}`);
  // The buttons step exactly one hit, wrapping round at both ends.
  await clickBox(search.next);
  await clickBox(search.next);
  assert.equal((await panels()).search.current, 2);
  await clickBox(search.previous);
  search = (await panels()).search;
  assert.equal(search.current, 1);
  assert.equal(search.shown, `2 of ${expected}`);
  for (let i = 0; i < 2; i++) await clickBox(search.previous);
  assert.equal((await panels()).search.current, expected - 1);
  // Enter goes on, Shift+Enter back (a slow frame may repeat a held key: count the direction).
  await clickAt(search.previous[0] - 200, search.previous[1] + 10);   // back in the field
  await press('Enter');
  const afterEnter = (await panels()).search.current;
  assert.ok(afterEnter >= 0 && afterEnter < 3, `Enter on the last hit should wrap to the first: ${afterEnter}`);
  await press('Shift+Enter');
  const afterShiftEnter = (await panels()).search.current;
  assert.ok(afterShiftEnter < afterEnter || afterShiftEnter > expected - 3,
            `Shift+Enter did not go back: ${afterEnter} -> ${afterShiftEnter}`);
  await screenshot(page, 'panels-search.png');

  await press('Escape');
  search = (await panels()).search;
  assert.equal(search.open, false);
  assert.equal(search.hits, 0);
  assert.equal(search.current, -1);
  assert.deepEqual(page.errors, []);
});

test('the dark theme darkens the page and keeps the text readable', async () => {
  let report = await panels();
  assert.equal(report.theme, 'light');
  const light = decodePng(fs.readFileSync(await screenshot(page, 'panels-light.png')));
  await clickBox(report.theme_button);
  report = await panels();
  assert.equal(report.theme, 'dark');
  const dark = decodePng(fs.readFileSync(await screenshot(page, 'panels-dark.png')));
  // The article's left margin: page colour in both themes.
  const lightPage = pixelAt(light, 12, 400), darkPage = pixelAt(dark, 12, 400);
  assert.ok(luminance(lightPage) > 200, `light page ${lightPage}`);
  assert.ok(luminance(darkPage) < 60, `dark page ${darkPage}`);
  // Text on the dark page: some pixels of the article column are much lighter than the page.
  let bright = 0;
  for (let y = 150; y < 600; y += 3) {
    for (let x = 100; x < 700; x += 3) if (luminance(pixelAt(dark, x, y)) > 170) bright++;
  }
  assert.ok(bright > 200, `only ${bright} bright (text) pixels on the dark page`);
  await clickBox(report.theme_button);
  assert.equal((await panels()).theme, 'light');
  assert.deepEqual(page.errors, []);
});

test('F1 and ? show the shortcuts; Escape and a click close them', async () => {
  await clickAt(400, 400);
  await press('F1');
  assert.equal((await panels()).help, true);
  const shot = decodePng(fs.readFileSync(await screenshot(page, 'panels-help.png')));
  // The page around the card is dimmed.
  assert.ok(luminance(pixelAt(shot, 20, 400)) < 215, `not dimmed: ${pixelAt(shot, 20, 400)}`);
  await press('Escape');
  assert.equal((await panels()).help, false);
  await page.keyboard.type('?');
  await nextFrames(page, 3);
  assert.equal((await panels()).help, true);
  await clickAt(30, 400);
  await nextFrames(page, 3);
  assert.equal((await panels()).help, false);
  assert.deepEqual(page.errors, []);
});

test('a page that prefers dark colours starts in the dark theme', async () => {
  const dark = await context.newPage();
  await dark.emulateMedia({colorScheme: 'dark'});
  await dark.goto(server.url + 'index.html');
  await dark.waitForFunction(() => window.annotatorTest && window.annotatorTest.ready(), null, {timeout: 30000});
  await nextFrames(dark, 3);
  assert.equal((await dark.evaluate(() => annotatorTest.query('panels'))).theme, 'dark');
  await dark.screenshot({path: path.join(repoDir, 'test-artifacts/panels-empty-dark.png')});
  await dark.close();
});

test('the toolbar fits a narrow window: no button overlaps another or leaves the window', async () => {
  const toolbar = async () => (await page.evaluate(() => annotatorTest.io('items')))
      .filter((item) => item.name.startsWith('toolbar/'));
  try {
    for (const width of [1280, 600, 400, 320]) {
      await page.setViewportSize({width, height: 800});
      await nextFrames(page, 4);
      const items = await toolbar();
      const names = items.map((i) => i.name.slice(8)).sort();
      assert.deepEqual(names, ['Clear', 'Copy text', 'Export', 'Open…', 'Paste', 'Recent'], `at ${width} px`);
      for (const item of items) {
        assert.ok(item.x >= 0 && item.x + item.width <= width, `${item.name} leaves a ${width} px window`);
      }
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const [a, b] = [items[i], items[j]];
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          assert.ok(apart, `${a.name} overlaps ${b.name} at ${width} px`);
        }
      }
      // The article's tabs or legend start below the bar, whatever its height.
      const report = await panels();
      const barBottom = Math.max(...items.map((i) => i.y + i.height));
      if (report.layout.narrow) assert.ok(report.tabs.article[1] >= barBottom, `tabs under the bar at ${width} px`);
      if (width !== 1280) await screenshot(page, `toolbar-${width}.png`);
    }
  } finally {
    await page.setViewportSize({width: 1280, height: 800});
    await nextFrames(page, 4);
  }
  assert.deepEqual(page.errors, []);
});

test('a narrow window shows the article, the entities or the claims in tabs', async () => {
  await page.setViewportSize({width: 600, height: 800});
  await nextFrames(page, 4);
  let report = await panels();
  assert.equal(report.layout.narrow, true);
  assert.equal(report.layout.tab, 'article');
  await screenshot(page, 'panels-narrow.png');
  await page.setViewportSize({width: 1280, height: 800});
  await nextFrames(page, 4);
  report = await panels();
  assert.equal(report.layout.narrow, false);
  assert.deepEqual(page.errors, []);
});
