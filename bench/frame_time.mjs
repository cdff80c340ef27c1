// Frame time of the app on long articles: how long the CPU takes to build a frame (ImGui's
// NewFrame to the last GL call, timed in web/main.cpp, platform/frame_stats.h) while the user
// scrolls and hovers, for articles of 1,000, 20,000 and 100,000 words, in headless Chromium.
//
//   node bench/frame_time.mjs                         (WEB_DIST=build/web/dist by default)
//   WEB_DIST=build/hard-web/dist node bench/frame_time.mjs --words 1000,20000 --json out.json
//
// Articles: the public-domain VOA texts of tests/corpus/heldout joined by blank lines and
// repeated, cut after the N-th word. Each is pasted into the page (as Ctrl+V would), then:
//   scroll   120 wheel notches down through the article, then back up, a frame after each
//   hover    the mouse sweeps across the visible text (hover cards, highlighted mentions)
// and the frame statistics (p50, p95, max) of each phase are read through
// Module._annotator_frame_stats(). The target is p95 < 8 ms at 20,000 words
// (docs/BENCHMARKS.md). SwiftShader renders on the CPU, but after the frame is built: its
// cost is outside these figures.
import fs from 'node:fs';
import path from 'node:path';

import {distDir, launchChromium, nextFrames, openApp, pasteText, repoDir, serve}
  from '../tests/browser/harness.mjs';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const sizes = option('words', '1000,20000,100000').split(',').map(Number);
const jsonOut = option('json', '');
const notches = Number(option('notches', '120'));

function articleOfWords(words) {
  const dir = path.join(repoDir, 'tests/corpus/heldout');
  const source = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n');
  let text = '';
  while (text.split(/\s+/).length < words + 1) text += (text ? '\n\n' : '') + source;
  // Cut after the N-th word, keeping the whitespace (paragraphs) between words.
  const re = /\S+/g;
  let match, count = 0, end = 0;
  while ((match = re.exec(text)) && count < words) { count++; end = re.lastIndex; }
  return text.slice(0, end);
}

async function frameStats(page, reset = false) {
  return page.evaluate((reset) => {
    const stats = JSON.parse(Module.UTF8ToString(Module._annotator_frame_stats()));
    if (reset) Module._annotator_frame_stats_reset();
    return stats;
  }, reset);
}

async function measure(page, words) {
  const article = articleOfWords(words);
  const t0 = Date.now();
  await pasteText(page, article);
  await page.waitForFunction((length) => annotatorTest.text().length === length, article.length,
                             {timeout: 120000, polling: 100});
  const loadMs = Date.now() - t0;
  const entities = await page.evaluate(() => annotatorTest.entityCount());
  await nextFrames(page, 10);
  await frameStats(page, true);

  // Scroll down and back up over the article text.
  await page.mouse.move(500, 400);
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, i < notches / 2 ? 100 : -100);
    await nextFrames(page, 1);
  }
  const scroll = await frameStats(page, true);

  // Sweep the mouse over the visible text, row by row.
  for (let y = 120; y < 720; y += 48) {
    for (let x = 40; x < 1200; x += 120) {
      await page.mouse.move(x, y);
      await nextFrames(page, 1);
    }
  }
  const hover = await frameStats(page, true);
  return {words, characters: article.length, entities, loadMs, scroll, hover};
}

const server = await serve(distDir);
const context = await launchChromium({viewport: {width: 1280, height: 800}});
const results = [];
try {
  for (const words of sizes) {
    const page = await openApp(context, server.url + 'index.html');   // a fresh page per size
    page.on('crash', () => console.log('  the page crashed'));
    // emscripten sets Module.ready to a Promise at once: wait for the running app itself.
    await page.waitForFunction(() => typeof Module.asm === 'object' && Module.ready === true);
    results.push(await measure(page, words));
    const r = results.at(-1);
    console.log(`${words} words (${r.characters} characters, ${r.entities} entities, loaded in ${r.loadMs} ms)`);
    for (const phase of ['scroll', 'hover']) {
      const s = r[phase];
      console.log(`  ${phase.padEnd(6)} ${String(s.frames).padStart(5)} frames  p50 ${s.p50_ms.toFixed(2)} ms` +
                  `  p95 ${s.p95_ms.toFixed(2)} ms  max ${s.max_ms.toFixed(2)} ms`);
    }
    if (page.errors.length) console.log('  page errors:', page.errors);
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 2));
