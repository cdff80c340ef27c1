// The JS API's offsets (dist/annotator-core.mjs, createCore().annotate) in a Chromium page:
// with emoji, flags, ZWJ sequences, astral CJK, combining marks, right-to-left text and CRLF
// in the article, every start/end counts code points and selects exactly the span's text,
// whether sliced by code points or through utf16Offsets() as a JS string.
//   WEB_DIST=build/<dir>/dist node --test tests/browser/offsets.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {distDir, launchChromium, serve} from './harness.mjs';
import {decodePng, imageStats} from './png.mjs';

const coreFile = path.join(distDir, 'annotator-core.mjs');

// Written for this test. "Zoë" and "José" are spelt with combining marks (e + U+0308,
// e + U+0301); 🇷🇸 is 2 code points, 👨‍👩‍👧 5, 𠀋 1 (2 UTF-16 units).
const article =
    '😀 Zoe\u0308 Ndlovu said on 3 March that 🇷🇸 Serbia would not sell arms.\r\n' +
    'Foreign Minister Ana Brnabić said on Tuesday that 𠀋 Serbia had sold 10,000 shells to ' +
    'Jose\u0301 Ramos-Horta of East Timor.\r\n' +
    '👨‍👩‍👧 “We deny it,” the ministry in Belgrade said. שלום from Tel Aviv 👍🏽 was cited by Reuters.';

let server;
before(async () => {
  assert.ok(fs.existsSync(coreFile), `no ${coreFile}: build the web preset (annotator_core_mjs) or set WEB_DIST`);
  server = await serve(distDir);
});
after(async () => { await server?.close(); });

test('the JS API: every offset selects its text, by code points and as UTF-16', async () => {
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await page.goto(server.url + 'no-such-page');   // any page of the server's origin
    const result = await page.evaluate(async (text) => {
      const {createCore, utf16Offsets} = await import('/annotator-core.mjs');
      const core = await createCore();
      const doc = core.annotate(text);
      const codePoints = Array.from(doc.text);
      const toUtf16 = utf16Offsets(doc.text);
      // Every span of the document: [where, start, end, text the core gave].
      const spans = doc.entities.map((e) => [`entity ${e.id}`, e.start, e.end, e.text]);
      for (const c of doc.claims) {
        for (const role of ['source', 'cue', 'content']) {
          if (c[role]) spans.push([`${c.id}.${role}`, c[role].start, c[role].end, c[role].text]);
        }
      }
      return {
        sameText: doc.text === text,
        codePointCount: codePoints.length,
        spans: spans.map(([where, start, end, given]) => ({
          where, start, end, given,
          byCodePoints: codePoints.slice(start, end).join(''),
          byUtf16: doc.text.slice(toUtf16[start], toUtf16[end]),
        })),
        labels: doc.entities.map((e) => `${e.label} ${e.text}`),
      };
    }, article);

    assert.ok(result.sameText, 'the document text differs from the article');
    assert.equal(result.codePointCount, Array.from(article).length);
    console.log(result.labels.join('\n'));
    // The finders must find something on either side of the astral characters and CRLFs.
    assert.ok(result.labels.some((l) => l.includes('Brnabić')), result.labels.join(', '));
    assert.ok(result.labels.some((l) => l.includes('Belgrade') || l.includes('Tel Aviv')), result.labels.join(', '));
    assert.ok(result.spans.length >= 8, `only ${result.spans.length} spans`);
    for (const s of result.spans) {
      assert.ok(s.start < s.end, `${s.where}: empty span ${s.start}..${s.end}`);
      assert.equal(s.byCodePoints, s.given, `${s.where} ${s.start}..${s.end} by code points`);
      assert.equal(s.byUtf16, s.given, `${s.where} ${s.start}..${s.end} through utf16Offsets`);
      // Same text in the article itself (what a caller holds).
      assert.equal(Array.from(article).slice(s.start, s.end).join(''), s.given, s.where);
    }
  } finally {
    await context.close();
  }
});

// A page of the server's origin holding one createAnnotator() instance, window.annotator,
// in a box of width × height CSS px at the top left.
async function pageWithAnnotator(context, width, height) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  await page.goto(server.url + 'no-such-page');
  await page.evaluate(async ([w, h]) => {
    document.body.style.margin = '0';
    document.body.innerHTML = `<div id="box" style="width: ${w}px; height: ${h}px"></div>`;
    const {createAnnotator} = await import('/annotator.mjs');
    window.annotator = await createAnnotator(document.getElementById('box'));
  }, [width, height]);
  return page;
}

// The embedding API (dist/annotator.mjs): setText, getDocument and export(format) on the
// same article. Each export's offsets are read the way its consumers read them: JSON, W3C and
// CSV count code points of the text; brat counts code points of its .txt (written with line
// feeds, as brat reads it); HTML marks must hold each entity's text.
test('the embedding API: getDocument and every export point at the right characters', async () => {
  if (!fs.existsSync(path.join(distDir, 'annotator.mjs'))) return;   // a build without embedding
  const context = await launchChromium();
  try {
    const page = await pageWithAnnotator(context, 900, 600);
    const out = await page.evaluate(async (text) => {
      annotator.setText(text);
      const formats = ['json', 'w3c', 'brat-txt', 'brat-ann', 'csv', 'html'];
      return {doc: annotator.getDocument(), exports: Object.fromEntries(formats.map((f) => [f, annotator.export(f)]))};
    }, article);
    const {doc, exports} = out;
    assert.equal(doc.text, article);
    const cps = Array.from(article);
    const slice = (start, end) => cps.slice(start, end).join('');
    assert.ok(doc.entities.length >= 8, `only ${doc.entities.length} entities`);
    for (const e of doc.entities) assert.equal(slice(e.start, e.end), e.text, `entity ${e.id}`);

    // Document JSON: the same document.
    assert.deepEqual(JSON.parse(exports.json).entities, doc.entities);
    // W3C: TextPositionSelector and TextQuoteSelector agree with the text.
    const items = JSON.parse(exports.w3c).first.items;
    let selectors = 0;
    for (const item of items) {
      for (const target of [item.target].flat()) {
        const [position, quote] = target.selector;
        assert.equal(slice(position.start, position.end), quote.exact, JSON.stringify(target));
        selectors++;
      }
    }
    assert.ok(selectors >= doc.entities.length);
    // brat: ranges over the .txt's code points select each T line's text.
    const bratText = Array.from(exports['brat-txt']);
    assert.ok(!exports['brat-txt'].includes('\r'), 'brat .txt with a carriage return: brat would count it away');
    let bounds = 0;
    for (const line of exports['brat-ann'].split('\n').filter((l) => l.startsWith('T'))) {
      const [, typeAndRanges, shown] = line.split('\t');
      const ranges = typeAndRanges.slice(typeAndRanges.indexOf(' ') + 1).split(';').map((r) => r.split(' ').map(Number));
      assert.equal(ranges.map(([s, e]) => bratText.slice(s, e).join('')).join(' '), shown, line);
      bounds++;
    }
    assert.ok(bounds >= doc.entities.length);
    // CSV: start/end of each claim's content select its content cell.
    const rows = exports.csv.trim().split('\r\n');
    assert.equal(rows.length, doc.claims.length + 1 + (exports.csv.match(/"[^"]*\r\n[^"]*"/g)?.length ?? 0));
    for (const c of doc.claims) {
      assert.ok(exports.csv.includes(`,${c.content.start},${c.content.end}`), `claim ${c.id} offsets in the CSV`);
      assert.equal(slice(c.content.start, c.content.end), c.content.text);
    }
    // HTML: each <mark> holds its entity's text (escaped).
    const marks = [...exports.html.matchAll(/<mark[^>]*>(.*?)<\/mark>/gs)].map((m) => m[1].replace(/<[^>]*>/g, ''));
    const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
                           .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const e of doc.entities) assert.ok(marks.includes(escape(e.text)), `no <mark> holds ${e.text}: ${marks}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

// The app's font has no emoji. Each character above U+FFFF (and any other the font lacks)
// draws as one neutral placeholder, ⬚ (U+2B1A, in the font), never as "�"; a variation
// selector draws as nothing. Drawn and measured alike, so what follows stays where the
// layout says it is (hit boxes, selection, hover).
test('the app draws an emoji as the placeholder ⬚ and lays out what follows as drawn', async () => {
  if (!fs.existsSync(path.join(distDir, 'annotator.mjs'))) return;   // a build without embedding
  const context = await launchChromium();
  try {
    const page = await pageWithAnnotator(context, 900, 400);
    // Where `what` (the first one after the prefix) and the word after it are drawn, and
    // the pixels of `what`, for the line 'the cat sat <what> on the mat'.
    const draw = async (what) => {
      const at = await page.evaluate((shown) => {
        const text = `the cat sat ${shown} on the mat`;
        annotator.setText(text);
        const bytes = (s) => new TextEncoder().encode(s).length;
        const start = bytes('the cat sat '), end = start + bytes(shown);
        let frames = 4;   // the app lays the new text out in its next frame
        return new Promise((resolve) => {
          const step = () => (--frames > 0 ? requestAnimationFrame(step) : resolve({
            glyphs: annotator._testQuery(`box ${start} ${end}`),
            after: annotator._testQuery(`box ${end + 1} ${end + 3}`),
          }));
          requestAnimationFrame(step);
        });
      }, what);
      assert.ok(at.glyphs && at.after, `${what} is not drawn`);
      const clip = {x: at.glyphs.x, y: at.glyphs.y, width: Math.max(1, at.glyphs.width), height: at.glyphs.height};
      const image = decodePng(await page.screenshot({clip}));
      return {...at, image, pixels: image.pixels};
    };
    const placeholder = await draw('\u2B1A');
    assert.ok(placeholder.glyphs.width > 4, 'the placeholder has no width');
    // A dotted outline (3% ink), not the solid black diamond of "�" (22% of its box).
    const ink = imageStats(placeholder.image).inkFraction;
    assert.ok(ink > 0.01 && ink < 0.1, `the placeholder inks ${ink} of its box: not ⬚`);
    for (const [what, same] of [['😀', '\u2B1A'], ['\u2764\uFE0F', '\u2B1A'], ['👍🏽', '\u2B1A\u2B1A'],
                                ['𠀋', '\u2B1A'], ['\uFFFD', '\u2B1A']]) {
      const expected = same === '\u2B1A' ? placeholder : await draw(same);
      const got = await draw(what);
      assert.equal(got.after.x, expected.after.x, `the word after ${what} is not where ${same} puts it`);
      assert.equal(got.glyphs.width, expected.glyphs.width, `${what} is not as wide as ${same}`);
      assert.ok(Buffer.compare(Buffer.from(got.pixels), Buffer.from(expected.pixels)) === 0,
                `${what} is not drawn as ${same}`);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
