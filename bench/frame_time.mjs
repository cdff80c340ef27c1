// Frame time of the app on long articles: how long the CPU takes to build a frame (ImGui's
// NewFrame to the last GL call, timed in web/main.cpp, platform/frame_stats.h) while the user
// scrolls and hovers, for articles of 1,000, 20,000 and 100,000 words, in headless Chromium.
//
//   node bench/frame_time.mjs                         (WEB_DIST=build/web/dist by default)
//   WEB_DIST=build/hard-web/dist node bench/frame_time.mjs --words 1000,20000 --json out.json
//   node bench/frame_time.mjs --words 0,20000 --profile /tmp/prof   (0: the empty state)
//
// --profile DIR records a Chromium CPU profile (CDP Profiler) of each scroll phase into
// DIR/frames-<words>.cpuprofile (DevTools opens it) and prints the functions with the most
// self time; link with --profiling-funcs (CMAKE_EXE_LINKER_FLAGS) to see C++ names in it.
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
import os from 'node:os';
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
const profileDir = option('profile', '');

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

// The functions with the most self time in a CDP profile: [{name, ms, share}], idle and the
// profiler's own nodes included, so the shares say how busy the main thread was.
function topFunctions(profile, count = 15) {
  const selfUs = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = byId.get(profile.samples[i]).callFrame;
    const name = frame.functionName || `(anonymous ${frame.url.split('/').at(-1)}:${frame.lineNumber})`;
    selfUs.set(name, (selfUs.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  return [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, count)
      .map(([name, us]) => ({name, ms: us / 1000, share: us / total}));
}

async function measure(page, words) {
  const article = words > 0 ? articleOfWords(words) : '';
  const t0 = Date.now();
  if (article) {
    await pasteText(page, article);
    await page.waitForFunction((length) => annotatorTest.text().length === length, article.length,
                               {timeout: 120000, polling: 100});
  }
  const loadMs = Date.now() - t0;
  const entities = await page.evaluate(() => annotatorTest.entityCount());
  await nextFrames(page, 10);
  await frameStats(page, true);

  // Scroll down and back up over the article text.
  const cdp = profileDir ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 200});   // microseconds
    await cdp.send('Profiler.start');
  }
  await page.mouse.move(500, 400);
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, i < notches / 2 ? 100 : -100);
    await nextFrames(page, 1);
  }
  const scroll = await frameStats(page, true);
  if (cdp) {
    const {profile} = await cdp.send('Profiler.stop');
    fs.mkdirSync(profileDir, {recursive: true});
    fs.writeFileSync(path.join(profileDir, `frames-${words}.cpuprofile`), JSON.stringify(profile));
    scroll.top = topFunctions(profile);
    await cdp.detach();
  }

  // Sweep the mouse over the visible text, row by row.
  for (let y = 120; y < 720; y += 48) {
    for (let x = 40; x < 1200; x += 120) {
      await page.mouse.move(x, y);
      await nextFrames(page, 1);
    }
  }
  const hover = await frameStats(page, true);
  // The machine's 1-minute load average: these are wall times, a loaded machine stretches them.
  const load = os.loadavg()[0];
  return {words, characters: article.length, entities, loadMs, load, scroll, hover};
}

const server = await serve(distDir);
const context = await launchChromium({viewport: {width: 1280, height: 800}});
const results = [];
try {
  for (const words of sizes) {
    // A fresh page per size; openApp waits for the running app (annotatorTest.ready()).
    const page = await openApp(context, server.url + 'index.html');
    page.on('crash', () => console.log('  the page crashed'));
    results.push(await measure(page, words));
    const r = results.at(-1);
    console.log(`${words} words (${r.characters} characters, ${r.entities} entities, loaded in ${r.loadMs} ms,` +
                ` load average ${r.load.toFixed(1)})`);
    for (const phase of ['scroll', 'hover']) {
      const s = r[phase];
      console.log(`  ${phase.padEnd(6)} ${String(s.frames).padStart(5)} frames  p50 ${s.p50_ms.toFixed(2)} ms` +
                  `  p95 ${s.p95_ms.toFixed(2)} ms  max ${s.max_ms.toFixed(2)} ms`);
    }
    for (const f of r.scroll.top ?? []) {
      console.log(`    ${f.ms.toFixed(1).padStart(8)} ms ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.name}`);
    }
    if (page.errors.length) console.log('  page errors:', page.errors);
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 2));
