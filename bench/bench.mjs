// The benchmark: our core (native CLI, native micro-benchmark, wasm under Node) and the peers
// (compromise + compromise-dates, wink-nlp + wink-eng-lite-web-model) on the same articles in
// the same run. Prints the scorer's table for each system, a summary, throughput in MB/s of
// article text (UTF-8 bytes, 1 MB = 10^6 bytes), the 5,000-word article time, and the
// `annotate --jsonl` peak memory at 1,000 and 10,000 lines. bench/run.sh builds and calls it.
//
//   node bench/bench.mjs --cli build/bench/annotate --core-bench build/bench/core_bench \
//        --core-mjs build/bench-web/dist/annotator-core.mjs [--corpus DIR] [--seconds S] [--out DIR]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPeer, PEERS } from './peers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

function parseArgs(argv) {
  const args = {
    corpus: path.resolve(repo, '../shared/corpus/dev'),
    scorer: path.resolve(repo, '../shared/eval/score.py'),
    cli: path.join(repo, 'build/bench/annotate'),
    coreBench: path.join(repo, 'build/bench/core_bench'),
    coreMjs: path.join(repo, 'build/bench-web/dist/annotator-core.mjs'),
    seconds: 2,
    out: null,
  };
  const names = { '--corpus': 'corpus', '--scorer': 'scorer', '--cli': 'cli', '--core-bench': 'coreBench',
                  '--core-mjs': 'coreMjs', '--seconds': 'seconds', '--out': 'out' };
  for (let i = 2; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) throw new Error(`usage: see the comment at the top of bench.mjs (bad ${argv[i]})`);
    args[key] = key === 'seconds' ? Number(argv[i + 1]) : path.resolve(argv[i + 1]);
  }
  args.out ??= mkdtempSync(path.join(tmpdir(), 'annotator-bench-'));
  return args;
}

const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
const fmt = (x, digits = 2) => (x == null || Number.isNaN(x) ? '-' : x.toFixed(digits));

function loadCorpus(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f.slice(0, -4), file: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') }));
}

// The articles joined by a blank line, cycling, cut right after word `words` (a word: a run of
// non-space characters). The same rule as make_long_article in core_bench.cc.
function makeLongArticle(articles, words) {
  const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\v';
  let out = '';
  let count = 0;
  for (let i = 0; count < words; i = (i + 1) % articles.length) {
    if (out) out += '\n\n';
    const text = articles[i].text;
    for (let j = 0; j < text.length; j++) {
      const startsWord = !isSpace(text[j]) && (j === 0 || isSpace(text[j - 1]));
      if (startsWord && count === words) return out + text.slice(0, j);
      if (startsWord) count++;
    }
    out += text;
  }
  return out;
}

// Calls fn() over all articles until `seconds` have passed (at least once, after a warm-up).
// MB per wall second, and per CPU second (less sensitive to other work on the machine).
function throughput(articles, seconds, fn) {
  const bytes = articles.reduce((n, a) => n + utf8Bytes(a.text), 0);
  // Warm-up long enough for V8 to tier up (wasm: Liftoff, then TurboFan in the background).
  const warmUpEnd = performance.now() + Math.min(1, seconds / 2) * 1000;
  do for (const a of articles) fn(a.text); while (performance.now() < warmUpEnd);
  let passes = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  do {
    for (const a of articles) fn(a.text);
    passes++;
    elapsed = (performance.now() - start) / 1000;
  } while (elapsed < seconds);
  const cpu = process.cpuUsage(cpuStart);   // all of Node's threads (JIT, GC) count
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { mbPerS: (bytes * passes) / elapsed / 1e6, mbPerCpuS: (bytes * passes) / cpuSeconds / 1e6, passes };
}

// Median and minimum wall time of one call, and its mean CPU time, in milliseconds.
function timeOne(fn, minRuns, seconds) {
  for (let i = 0; i < 3; i++) fn();
  const times = [];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (times.length < minRuns || performance.now() - start < seconds * 1000) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMeanMs = (cpu.user + cpu.system) / 1e3 / times.length;
  times.sort((a, b) => a - b);
  return { medianMs: times[times.length >> 1], minMs: times[0], cpuMeanMs, runs: times.length };
}

function score(args, predDir) {
  const run = (extra) => spawnSync('python3', [args.scorer, args.corpus, '--pred-dir', predDir, ...extra], { encoding: 'utf8' });
  const text = run([]);
  const json = run(['--json']);
  return { table: text.stdout + text.stderr, summary: JSON.parse(json.stdout) };
}

function writePredictions(dir, articles, predict) {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) writeFileSync(path.join(dir, `${a.name}.json`), predict(a));
}

// Structural equality of two JSON texts (key order ignored).
function sameJson(a, b) {
  const canon = (v) => Array.isArray(v) ? v.map(canon)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
  return JSON.stringify(canon(JSON.parse(a))) === JSON.stringify(canon(JSON.parse(b)));
}

// A JSONL archive of `lines` articles, cycling through the corpus, for `annotate --jsonl`.
function writeJsonl(file, articles, lines) {
  const parts = [];
  let textBytes = 0;
  for (let i = 0; i < lines; i++) {
    const article = articles[i % articles.length];
    parts.push(JSON.stringify({ id: i + 1, text: article.text }));
    textBytes += utf8Bytes(article.text);
  }
  writeFileSync(file, parts.join('\n') + '\n');
  return textBytes;
}

function measureJsonl(args, articles, lines) {
  const file = path.join(args.out, `archive-${lines}.jsonl`);
  const textBytes = writeJsonl(file, articles, lines);
  const result = JSON.parse(execFileSync('python3', [path.join(here, 'max_rss.py'), file, args.cli, '--jsonl'], { encoding: 'utf8' }));
  return { lines, textBytes, ...result, mbPerS: textBytes / result.seconds / 1e6 };
}

// The commit under test (BENCH_COMMIT, else git's HEAD), for docs/BENCHMARKS.md.
function gitCommit() {
  try {
    return execFileSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const args = parseArgs(process.argv);
  const articles = loadCorpus(args.corpus);
  const corpusBytes = articles.reduce((n, a) => n + utf8Bytes(a.text), 0);
  const longArticle = makeLongArticle(articles, 5000);
  const results = { date: new Date().toISOString(), corpus: args.corpus, articles: articles.length, corpusBytes,
                    longArticleBytes: utf8Bytes(longArticle), systems: {} };
  results.commit = process.env.BENCH_COMMIT ?? gitCommit();
  results.machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version,
                      loadAverageAtStart: loadavg()[0] };
  console.log(`commit ${results.commit ?? '(unknown)'}; corpus: ${articles.length} articles, ${corpusBytes} bytes of text (${args.corpus})`);
  console.log(`load average at start ${loadavg()[0].toFixed(2)} on ${cpus().length} cores (other work on the machine slows every figure)`);
  console.log(`predictions and archives in ${args.out}\n`);

  const { createCore } = await import(pathToFileURL(args.coreMjs).href);
  const core = await createCore();
  const systems = [
    { name: 'ours (native CLI)', predict: (a) => execFileSync(args.cli, [a.file], { encoding: 'utf8', maxBuffer: 1 << 28 }) },
    { name: 'ours (wasm)', predict: (a) => core.annotateJson(a.text), annotate: (t) => core.annotate(t) },
  ];
  for (const name of PEERS) {
    const peer = await loadPeer(name);
    systems.push({ name: `${peer.name} ${peer.version}`, annotate: (t) => peer.entities(t), parse: peer.parse,
                   predict: (a) => JSON.stringify({ entities: peer.entities(a.text), claims: [] }) });
  }

  // (a) Accuracy: each system's predictions through the scorer.
  const predictions = {};
  for (const system of systems) {
    const dir = path.join(args.out, system.name.replace(/[^\w.-]+/g, '_'));
    predictions[system.name] = {};
    writePredictions(dir, articles, (a) => (predictions[system.name][a.name] = system.predict(a)));
    const { table, summary } = score(args, dir);
    results.systems[system.name] = { score: summary };
    console.log(`==== ${system.name}: scorer table`);
    console.log(table);
  }
  const parity = articles.filter((a) => sameJson(predictions['ours (native CLI)'][a.name], predictions['ours (wasm)'][a.name])).length;
  results.wasmMatchesNative = `${parity}/${articles.length}`;

  const labels = ['PERSON', 'ORG', 'PLACE', 'NORP', 'DATE', 'QUANTITY'];
  console.log('==== accuracy summary (exact-span F1 per label; entity P/R/F1 exact; claims F1)');
  console.log(['system'.padEnd(22), ...labels.map((l) => l.padStart(8)), '  ent P', '  ent R', ' ent F1', 'ovl F1', 'claim F1', 'strict F1'].join(' '));
  for (const system of systems) {
    const s = results.systems[system.name].score;
    console.log([system.name.padEnd(22), ...labels.map((l) => fmt(s.per_label_exact_f1[l], 3).padStart(8)),
                 fmt(s.entity_exact.p, 3).padStart(7), fmt(s.entity_exact.r, 3).padStart(7), fmt(s.entity_exact.f, 3).padStart(7),
                 fmt(s.entity_overlap.f, 3).padStart(6), fmt(s.claims.f, 3).padStart(8), fmt(s.claims_strict.f, 3).padStart(9)].join(' '));
  }
  console.log(`wasm JSON identical to the native CLI's on ${results.wasmMatchesNative} articles\n`);

  // (b) Speed, all in this process (same machine, same moment).
  console.log(`==== throughput over the corpus (MB/s of article text, >= ${args.seconds} s each) and the 5,000-word article (${results.longArticleBytes} bytes)`);
  const native = JSON.parse(execFileSync(args.coreBench, [args.corpus, '--json', '--seconds', String(args.seconds)], { encoding: 'utf8' }));
  results.native = native;
  if (native.long_article_bytes !== results.longArticleBytes) console.log(`warning: core_bench's long article has ${native.long_article_bytes} bytes`);
  const rows = [
    ['ours native annotate()', native.annotate_mb_s, native.annotate_mb_cpu_s, null],
    ['ours native + JSON', native.annotate_json_mb_s, native.annotate_json_mb_cpu_s, native.long_article_median_ms],
  ];
  const speed = {};
  const wasmJson = throughput(articles, args.seconds, (t) => core.annotateJson(t));
  const wasmJsonLong = timeOne(() => core.annotateJson(longArticle), 20, args.seconds / 2);
  rows.push(['ours wasm annotateJson()', wasmJson.mbPerS, wasmJson.mbPerCpuS, wasmJsonLong.medianMs, wasmJsonLong.cpuMeanMs]);
  for (const system of systems.filter((s) => s.annotate)) {
    const label = system.name === 'ours (wasm)' ? 'ours wasm annotate()' : system.name;
    const rate = throughput(articles, args.seconds, system.annotate);
    const long = timeOne(() => system.annotate(longArticle), 3, Math.min(args.seconds, 2) / 2);
    speed[system.name] = rate;
    rows.push([label, rate.mbPerS, rate.mbPerCpuS, long.medianMs, long.cpuMeanMs]);
    if (system.parse) {
      const parseRate = throughput(articles, args.seconds, system.parse);
      rows.push([`  (parse only)`, parseRate.mbPerS, parseRate.mbPerCpuS, null]);
    }
  }
  console.log(`${'system'.padEnd(26)} ${'MB/s'.padStart(9)} ${'MB/CPU-s'.padStart(9)} ${'5k words ms'.padStart(12)} ${'CPU ms'.padStart(9)}`);
  for (const [name, mbs, cpu, ms, cpuMs] of rows) {
    console.log(`${name.padEnd(26)} ${fmt(mbs).padStart(9)} ${fmt(cpu).padStart(9)} ${fmt(ms, 3).padStart(12)} ${fmt(cpuMs, 3).padStart(9)}`);
  }
  results.speed = rows.map(([name, mbPerS, mbPerCpuS, longMs, longCpuMs]) => ({ name, mbPerS, mbPerCpuS, longMs, longCpuMs }));

  const wasm = speed['ours (wasm)'].mbPerS;
  const wasmRow = rows.find((r) => r[0] === 'ours wasm annotate()');
  const [wasmLong, wasmLongCpu] = [wasmRow[3], wasmRow[4]];
  const wasmCpu = speed['ours (wasm)'].mbPerCpuS;
  const peer = (prefix) => Object.entries(speed).find(([n]) => n.startsWith(prefix))[1];
  const targets = [
    [`wasm >= 10x wink-nlp`, wasm / peer('wink-nlp').mbPerS, 10, wasmCpu / peer('wink-nlp').mbPerCpuS],
    [`wasm >= 300x compromise`, wasm / peer('compromise').mbPerS, 300, wasmCpu / peer('compromise').mbPerCpuS],
  ];
  console.log('\n==== targets (figures, not assertions)');
  for (const [what, ratio, goal, cpuRatio] of targets) {
    console.log(`${what.padEnd(26)} ${fmt(ratio, 1).padStart(8)}x  ${ratio >= goal ? 'met' : 'NOT met'}  (per CPU-second: ${fmt(cpuRatio, 1)}x)`);
  }
  console.log(`${'5,000 words < 2 ms (wasm)'.padEnd(26)} ${fmt(wasmLong, 3).padStart(8)} ms ${wasmLong < 2 ? 'met' : 'NOT met'}  (CPU time: ${fmt(wasmLongCpu, 3)} ms)`);
  console.log(`native: the 50,000-word article takes ${fmt(native.longer_article_median_ms / native.long_article_median_ms, 1)}x the 5,000-word time (10x is linear)`);
  results.targets = { wasmOverWink: targets[0][1], wasmOverCompromise: targets[1][1], wasmLongMs: wasmLong,
                      wasmOverWinkCpu: targets[0][3], wasmOverCompromiseCpu: targets[1][3] };

  // Flat memory: `annotate --jsonl` peak RSS at 1,000 vs 10,000 lines.
  console.log('\n==== annotate --jsonl: peak memory (max RSS) and throughput');
  results.jsonl = [1000, 10000].map((lines) => measureJsonl(args, articles, lines));
  for (const r of results.jsonl) {
    console.log(`${String(r.lines).padStart(6)} lines  ${(r.textBytes / 1e6).toFixed(1).padStart(6)} MB text  max RSS ${(r.max_rss_kib / 1024).toFixed(1).padStart(6)} MiB  ${fmt(r.seconds)} s  ${fmt(r.mbPerS)} MB/s  exit ${r.exit}`);
  }
  const [small, big] = results.jsonl;
  console.log(`RSS growth from 1,000 to 10,000 lines: ${((big.max_rss_kib - small.max_rss_kib) / 1024).toFixed(1)} MiB (${fmt(big.max_rss_kib / small.max_rss_kib)}x)`);
  results.machine.loadAverageAtEnd = loadavg()[0];
  console.log(`load average at end ${loadavg()[0].toFixed(2)}`);
  writeFileSync(path.join(args.out, 'results.json'), JSON.stringify(results, null, 1));
  console.log(`\nall figures: ${path.join(args.out, 'results.json')}`);
}

await main();
