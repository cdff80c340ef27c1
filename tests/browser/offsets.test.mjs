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
