// The headless wasm core under Node: the same JSON as the native CLI on every dev article,
// code point offsets, and the edges of the JS wrapper (bytes, bad UTF-8, lone surrogates,
// big input, bad arguments, dictionaries).
//   node --test web/headless/
// Inputs (override with env): CORE_MJS (default build/web/dist/annotator-core.mjs),
// ANNOTATE_CLI (default build/native/annotate), the corpus at ../shared/corpus/dev.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const coreMjs = path.resolve(repo, process.env.CORE_MJS ?? 'build/web/dist/annotator-core.mjs');
const cli = path.resolve(repo, process.env.ANNOTATE_CLI ?? 'build/native/annotate');
const corpus = path.resolve(repo, '../shared/corpus/dev');

let core;
let utf16Offsets;
before(async () => {
  assert.ok(existsSync(coreMjs), `${coreMjs} is missing: build it (cmake --build --preset web) or set CORE_MJS`);
  ({ createCore: core, utf16Offsets } = await import(pathToFileURL(coreMjs).href));
  core = await core();
});

// Same text => same document, whatever the order of the keys.
function assertSameDocument(actualJson, expectedJson, name) {
  assert.deepStrictEqual(JSON.parse(actualJson), JSON.parse(expectedJson), `${name}: wasm and native differ`);
}

describe('wasm core = native CLI on the dev corpus', () => {
  const articles = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort() : [];
  test('the corpus and the CLI are there', (t) => {
    if (!existsSync(corpus)) return t.skip(`no corpus at ${corpus}`);
    assert.ok(existsSync(cli), `${cli} is missing: build it (cmake --build --preset native) or set ANNOTATE_CLI`);
    assert.ok(articles.length > 0);
  });
  for (const name of articles) {
    test(name, () => {
      const file = path.join(corpus, name);
      const native = execFileSync(cli, [file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const bytes = new Uint8Array(readFileSync(file));
      assertSameDocument(core.annotateJson(bytes), native, name);
      // A JS string in gives the same as its UTF-8 bytes.
      assertSameDocument(core.annotateJson(readFileSync(file, 'utf8')), native, `${name} (as a string)`);
      // annotate() puts the string given back as "text" instead of parsing it from the JSON:
      // the same object, keys in the same order.
      const text = readFileSync(file, 'utf8');
      const doc = core.annotate(text);
      assert.deepStrictEqual(doc, JSON.parse(core.annotateJson(text)), `${name}: annotate() and annotateJson() differ`);
      assert.deepStrictEqual(Object.keys(doc), Object.keys(JSON.parse(native)));
    });
  }
});

describe('offsets are code points', () => {
  // An astral character (2 UTF-16 units, 4 bytes) and diacritics (2 bytes) before the names.
  const text = '😀😀 Aleksandar Vučić said on Monday that the Krušik factory in Valjevo sold 5,000 shells to Ukraine.';
  test('each entity and claim span covers its "text", counted in code points', () => {
    const doc = core.annotate(text);
    assert.equal(doc.text, text);
    assert.ok(doc.entities.length > 0, 'expected entities in a plain news sentence');
    const points = Array.from(text);
    const toUtf16 = utf16Offsets(text);
    const spans = [...doc.entities, ...doc.claims.flatMap((c) => [c.source, c.cue, c.content].filter(Boolean))];
    for (const span of spans) {
      assert.equal(points.slice(span.start, span.end).join(''), span.text);
      assert.equal(text.slice(toUtf16[span.start], toUtf16[span.end]), span.text);
    }
    // Every span starts after the emoji: code point 3 is "A", UTF-16 unit 3 is the second emoji's low half.
    assert.ok(doc.entities.every((e) => e.start >= 3));
  });
  test('utf16Offsets maps code points to string indexes', () => {
    assert.deepEqual(utf16Offsets('a😀b'), [0, 1, 3, 4]);
    assert.deepEqual(utf16Offsets(''), [0]);
    assert.deepEqual(utf16Offsets('\uD800x'), [0, 1, 2]);   // a lone surrogate is one code point
  });
});

describe('input edges', () => {
  test('empty text gives an empty document', () => {
    const doc = core.annotate('');
    assert.equal(doc.text, '');
    assert.deepEqual([doc.entities, doc.claims], [[], []]);
  });
  test('invalid UTF-8 bytes are replaced and counted', () => {
    const doc = core.annotate(new Uint8Array([0x61, 0xff, 0x62, 0xc3]));   // a, bad byte, b, truncated
    assert.equal(doc.text, 'a\uFFFDb\uFFFD');
    assert.equal(doc.replaced_invalid_utf8, 2);
  });
  test('annotate() equals JSON.parse(annotateJson()) on hostile strings', () => {
    const texts = ['', 'x\uD800y', '\uDC00 Angela Merkel said.', '😀👨‍👩‍👧 Vučić said on Monday "no".',
                   'قال محمود عباس يوم الاثنين', 'a\u0000b "q" \\ \n\t\u2028 Emmanuel Macron said.'];
    for (const text of texts) {
      assert.deepStrictEqual(core.annotate(text), JSON.parse(core.annotateJson(text)), JSON.stringify(text));
    }
  });
  test('a lone surrogate in a JS string becomes U+FFFD, not a crash', () => {
    assert.equal(core.annotate('x\uD800y').text, 'x\uFFFDy');
  });
  test('a 17 MB input grows the wasm memory (16 MB at start) and offsets stay right', () => {
    const sentence = 'Officials in Belgrade said on Monday that 1,000 shells were sold.';
    const padding = ' '.repeat(17e6);   // blank text keeps the test fast, the size does the work
    const doc = core.annotate(padding + sentence);
    assert.equal(doc.text.length, padding.length + sentence.length);
    const alone = core.annotate(sentence);
    assert.ok(alone.entities.length > 0, 'expected entities in a plain news sentence');
    assert.deepEqual(doc.entities.map((e) => [e.start - padding.length, e.end - padding.length, e.label]),
                     alone.entities.map((e) => [e.start, e.end, e.label]));
    // And the core still works on small input afterwards (buffers freed, views refreshed).
    assert.deepEqual(core.annotate(sentence), alone);
  });
  test('entities scale with the text', () => {
    const sentence = 'Officials in Belgrade said on Monday that 1,000 shells were sold. ';
    const one = core.annotate(sentence).entities.length;
    assert.ok(one > 0, 'expected entities in a plain news sentence');
    assert.equal(core.annotate(sentence.repeat(500)).entities.length, one * 500);
  });
  test('a non-text argument is a TypeError', () => {
    assert.throws(() => core.annotate(42), TypeError);
    assert.throws(() => core.annotate(null), TypeError);
    assert.throws(() => core.annotate({ text: 'x' }), TypeError);
  });
});

describe('dictionary', () => {
  const text = 'Zorblat Quux met the press in Valjevo.';
  test('a newsroom name is found once set, and not after clearing', () => {
    const label = (doc) => doc.entities.find((e) => e.text.startsWith('Zorblat'))?.label;
    assert.notEqual(label(core.annotate(text)), 'ORG');
    core.setDictionary([{ name: 'Zorblat Quux', label: 'ORG', aliases: ['ZQ'] }]);
    try {
      const doc = core.annotate(text);
      assert.equal(label(doc), 'ORG');
      assert.equal(doc.entities.find((e) => e.label === 'ORG').text, 'Zorblat Quux');
    } finally {
      core.setDictionary(null);
    }
    assert.notEqual(label(core.annotate(text)), 'ORG');
  });
  test('a bad dictionary throws a readable error and keeps the previous one', () => {
    assert.throws(() => core.setDictionary('{"name": 1'), /bad dictionary: .+/);
    assert.throws(() => core.setDictionary([{ name: 'X', label: 'FOO' }]), /FOO/);
    assert.equal(core.annotate('plain text').text, 'plain text');
  });
});

describe('exports', () => {
  const text = 'Aleksandar Vučić said on Monday that Krušik sold “no shells” to Ukraine. ' +
               '<script>alert(1)</script> & 😀 Ђорђе agreed.';
  test('every format of the app, from a document object or its JSON', () => {
    const doc = core.annotate(text);
    assert.deepEqual(core.formats, ['json', 'w3c', 'brat-txt', 'brat-ann', 'brat-conf', 'csv', 'html']);
    assert.deepEqual(JSON.parse(core.export(doc, 'json')), doc);
    assert.equal(core.export(JSON.stringify(doc), 'json'), core.export(doc, 'json'));

    const w3c = core.export(doc, 'w3c');
    const annotations = JSON.stringify(JSON.parse(w3c));
    for (const e of doc.entities) assert.ok(annotations.includes(JSON.stringify(e.text)), `W3C lacks ${e.text}`);

    assert.equal(core.export(doc, 'brat-txt'), text);
    const textBound = core.export(doc, 'brat-ann').split('\n').filter((l) => /^T\d+\t/.test(l));
    assert.ok(textBound.length >= doc.entities.length, 'brat: fewer text-bound annotations than entities');
    assert.match(core.export(doc, 'brat-conf'), /PERSON/);

    const csv = core.export(doc, 'csv');
    assert.ok(doc.claims.length > 0);
    assert.match(csv.split(/\r?\n/)[0], /,/);
    assert.ok(csv.includes('Vučić'));

    // The article is text in the HTML page: escaped, never markup.
    const html = core.export(doc, 'html');
    assert.match(html, /&lt;script&gt;alert\(/);
    assert.match(html, /&lt;\/script&gt;/);
    assert.ok(!html.includes('<script>alert(1)'));
  });
  test('a bad format or document throws a readable error', () => {
    const doc = core.annotate('plain text');
    assert.throws(() => core.export(doc, 'pdf'), /unknown format "pdf"/);
    assert.throws(() => core.export('{"schema": 1}', 'csv'), /cannot export: .+/);
    assert.throws(() => core.export({ ...doc, entities: [{ id: 'e1', start: 0, end: 99, label: 'PERSON' }] }, 'json'),
                  /cannot export/);
  });
  test('the dev corpus exports in every format', (t) => {
    if (!existsSync(corpus)) return t.skip(`no corpus at ${corpus}`);
    for (const name of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      const doc = core.annotate(readFileSync(path.join(corpus, name), 'utf8'));
      for (const format of core.formats) assert.ok(core.export(doc, format).length > 0, `${name} ${format}`);
      assert.deepEqual(JSON.parse(core.export(doc, 'json')), doc, name);
    }
  });
});
