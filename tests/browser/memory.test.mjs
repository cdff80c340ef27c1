// Memory: annotating 10,000 articles in a row in one Chromium page keeps the wasm heap flat.
// The headless core (dist/annotator-core.mjs, web/headless/) runs in a real page; every
// 1,000 articles the test records
//   memory   the wasm memory's size (it only ever grows: a leak of ~1 KB per article would
//            outgrow the 16 MB it starts with)
//   top      where a fresh 4 MB block lands (emscripten's dlmalloc takes big blocks from the
//            top of the heap, so this follows the bytes in use to a few KB: a leak of 100
//            bytes per article moves it by 900 KB over the run)
// Articles: the public-domain VOA texts of tests/corpus/heldout, each with a numbered line
// in front so no two inputs are the same.
//   WEB_DIST=build/<dir>/dist node --test tests/browser/memory.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {distDir, launchChromium, repoDir, serve} from './harness.mjs';

const heldoutDir = path.join(repoDir, 'tests/corpus/heldout');
const coreFile = path.join(distDir, 'annotator-core.mjs');

let server;
before(async () => {
  assert.ok(fs.existsSync(coreFile), `no ${coreFile}: build the web preset (annotator_core_mjs) or set WEB_DIST`);
  server = await serve(distDir);
});
after(async () => { await server?.close(); });

// A page of the server's origin (its 404 page will do) with the core loaded as window.core.
async function openCorePage(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  await page.goto(server.url + 'no-such-page');
  await page.evaluate(async () => {
    const {createCore} = await import('/annotator-core.mjs');
    window.wasm = {};   // emscripten fills the options object in: HEAPU8, _malloc, ...
    window.core = await createCore(window.wasm);
  });
  return page;
}

test('10,000 articles in a row keep the wasm heap flat', {timeout: 300000}, async () => {
  const articles = fs.readdirSync(heldoutDir).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => fs.readFileSync(path.join(heldoutDir, f), 'utf8'));
  assert.ok(articles.length >= 5, `only ${articles.length} articles in ${heldoutDir}`);
  const context = await launchChromium();
  try {
    const page = await openCorePage(context);
    const samples = await page.evaluate(({articles, total, every}) => {
      const heap = () => {
        const block = wasm._malloc(4 << 20);
        wasm._free(block);
        return {memory: wasm.HEAPU8.buffer.byteLength, top: block};
      };
      const samples = [];
      let entities = 0;
      const start = performance.now();
      for (let i = 1; i <= total; i++) {
        const text = `Article ${i} 😀\n\n` + articles[i % articles.length];
        const doc = core.annotate(text);
        entities += doc.entities.length;
        if (doc.text !== text) throw new Error(`article ${i} came back changed`);
        if (i % every === 0) samples.push({articles: i, entities, ms: Math.round(performance.now() - start), ...heap()});
      }
      return samples;
    }, {articles, total: 10000, every: 1000});

    const table = samples.map((s) => `${s.articles}\t${(s.memory / 2 ** 20).toFixed(1)} MB\ttop ${(s.top / 2 ** 20).toFixed(3)} MB\t${s.ms} ms`);
    console.log('articles\tmemory\theap top\ttime\n' + table.join('\n'));
    assert.equal(samples.length, 10);
    assert.ok(samples[9].entities > 10000 * 5, `only ${samples[9].entities} entities: did annotate run?`);
    // After the first 1,000 (warm-up), nothing grows: the memory not at all, the heap's top
    // by less than 256 KB (fragmentation; a leak of 30 bytes per article would pass that).
    const warm = samples[0];
    for (const s of samples.slice(1)) {
      assert.equal(s.memory, warm.memory, `wasm memory grew to ${s.memory} bytes by article ${s.articles}`);
      assert.ok(s.top - warm.top < 256 * 1024,
                `heap top moved ${s.top - warm.top} bytes between article ${warm.articles} and ${s.articles}`);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
