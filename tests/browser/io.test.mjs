// Input, storage, export and import on the real page (web/app/document_io.h, storage.h):
// the Paste button, pasted HTML, dropped and opened files, autosave (IndexedDB, the move from
// localStorage, the fallbacks) and reload, the recent documents, a failed save, every export
// as a real download, import round trip and refusal. Big texts: big.test.mjs.
//   WEB_DIST=build/io-web/dist node --test tests/browser/io.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {after, before, test} from 'node:test';

import {launchChromium, nextFrames, openApp, pasteText, screenshot, serveDist, waitFor}
  from './harness.mjs';
import {decodePng, imageStats} from './png.mjs';

// Our own sentences (never corpus text). The <script> checks that exports escape it.
const ownText = 'Aleksandar Vučić said on Monday that Krušik sold “no shells” to Ukraine. ' +
                'The ministry denied it, citing €12 million in 2023.\n\n' +
                'Ana Brnabić told reporters in Belgrade: “We respect the law.” ' +
                'A reader wrote <script>alert(1)</script> in a comment 😀.';
const otherText = 'The European Commission said on Tuesday that Serbia must align its policy. ' +
                  'Officials in Brussels declined to comment.';

let server;
before(async () => { server = await serveDist(); });
after(async () => { await server?.close(); });

const io = (page, query) => page.evaluate((q) => window.annotatorTest.io(q), query);
const heldText = (page) => page.evaluate(() => window.annotatorTest.text());
const notice = async (page) => (await io(page, 'notice')).notice;
const documentJson = (page) => io(page, 'document');

// Clicks a toolbar button or menu entry where a user would (names from DocumentIo items),
// holding the button for a frame as a hand does. `done` (optional) says whether the click
// did its work; another window (the help overlay, a dialog of another panel) may take the
// first click, so after Escape it is clicked again, up to three times.
async function clickItem(page, name, done = null) {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) await page.keyboard.press('Escape');   // whatever took the click
    await nextFrames(page, 2);
    const items = await io(page, 'items');
    const item = items.find((i) => i.name === name);
    assert.ok(item, `no item "${name}" in ${JSON.stringify(items.map((i) => i.name))}`);
    await page.mouse.move(item.x + item.width / 2, item.y + item.height / 2);
    await nextFrames(page, 2);
    await page.mouse.down();
    await nextFrames(page, 2);
    await page.mouse.up();
    await nextFrames(page, 3);
    if (!done) return;
    for (let wait = 0; wait < 10; wait++) {
      if (await done()) return;
      await nextFrames(page, 2);
    }
  }
  await screenshot(page, `io-click-failed-${name.replace(/\W+/g, '-')}.png`);
  assert.fail(`clicking "${name}" did nothing`);
}

// Opens a toolbar menu (Export, Recent): clicked until its entries show.
async function openMenu(page, name, entryPrefix) {
  await clickItem(page, `toolbar/${name}`,
                  async () => (await io(page, 'items')).some((i) => i.name.startsWith(entryPrefix)));
}

// Drops a file on the canvas as a browser does: dragenter, dragover, drop with a DataTransfer.
// With `size`, the file is `content`'s first byte repeated that often (made in the page).
async function dropFile(page, name, type, content, size = 0) {
  await page.evaluate(({name, type, bytes, size}) => {
    const file = new File([size ? new Uint8Array(size).fill(bytes[0]) : new Uint8Array(bytes)], name, {type});
    const data = new DataTransfer();
    data.items.add(file);
    const canvas = document.getElementById('canvas');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(kind, {dataTransfer: data, bubbles: true, cancelable: true}));
    }
  }, {name, type, bytes: [...Buffer.from(content)], size});
}

async function withApp(run, {permissions = []} = {}) {
  const context = await launchChromium();
  try {
    if (permissions.length) await context.grantPermissions(permissions, {origin: server.url.slice(0, -1)});
    const page = await openApp(context, server.url + 'index.html');
    await run(page, context);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
}

test('the Paste button reads the clipboard; a refusal says to press Ctrl+V', async () => {
  await withApp(async (page) => {
    // A browser that refuses: the status line says what to do, nothing else changes.
    await page.evaluate(() => {
      const refuse = () => Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError'));
      navigator.clipboard.read = refuse;
      navigator.clipboard.readText = refuse;
    });
    await clickItem(page, 'toolbar/Paste', async () => /Ctrl\+V/.test(await notice(page)));
    assert.equal(await notice(page),
                 'The browser did not let the app read the clipboard: press Ctrl+V (Cmd+V on a Mac) instead.');
    assert.equal(await heldText(page), '');
    await nextFrames(page);
    await screenshot(page, 'io-paste-blocked.png');

    // Allowed (the test granted the permission): the clipboard's text is the article.
    await page.evaluate((text) => {
      delete navigator.clipboard.read;
      delete navigator.clipboard.readText;
      return navigator.clipboard.writeText(text);
    }, otherText);
    await clickItem(page, 'toolbar/Paste', async () => (await heldText(page)) === otherText);
    await nextFrames(page);
    await screenshot(page, 'io-paste-button.png');
  }, {permissions: ['clipboard-read', 'clipboard-write']});
});

test('pasted HTML becomes clean text with its paragraphs', async () => {
  await withApp(async (page) => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<html><head><style>p{color:red}</style><script>alert(1)</script></head>' +
        '<body><!--StartFragment--><h1>Krušik&nbsp;exports</h1><p>Aleksandar <b>Vučić</b> said ' +
        '&ldquo;no&rdquo;.</p><p>Second<br>line &amp; more</p><!--EndFragment--></body></html>');
      data.setData('text/plain', 'plain fallback');
      document.body.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    });
    await nextFrames(page);
    assert.equal(await heldText(page),
                 'Krušik exports\n\nAleksandar Vučić said “no”.\n\nSecond\nline & more');
    assert.ok(await page.evaluate(() => window.annotatorTest.entityCount()) > 0);
  });
});

test('dropping .txt, .html and .md files opens them; binary and unknown files are refused', async () => {
  await withApp(async (page) => {
    await dropFile(page, 'story.txt', 'text/plain', ownText);
    await waitFor(page, async () => (await heldText(page)) === ownText, 'the dropped .txt');
    assert.equal(await notice(page), 'Opened “story.txt”.');

    await dropFile(page, 'page.html', 'text/html',
                   '<!doctype html><title>Site</title><p>Ana Brnabić spoke.</p><p>Belgrade &mdash; today</p>');
    await waitFor(page, async () => (await heldText(page)) === 'Ana Brnabić spoke.\n\nBelgrade — today',
                  'the dropped .html as clean text');

    await dropFile(page, 'notes.md', 'text/markdown', otherText);
    await waitFor(page, async () => (await heldText(page)) === otherText, 'the dropped .md');
    const before = JSON.stringify(await documentJson(page));

    // A PNG named .txt, a PDF, an unknown extension: a message each, the document stays.
    await dropFile(page, 'photo.txt', 'text/plain', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await waitFor(page, async () => /photo\.txt/.test(await notice(page)), 'the binary message');
    assert.match(await notice(page), /cannot be opened: it looks binary/);
    await dropFile(page, 'report.pdf', 'application/pdf', '%PDF-1.7\n...');
    await waitFor(page, async () => /report\.pdf/.test(await notice(page)), 'the unknown-type message');
    assert.match(await notice(page), /use a \.txt, \.md, \.html or \.json file/);
    // A 100 MB file is refused by its size, before it is read.
    await dropFile(page, 'huge.json', 'application/json', 'a', 100 * 1000 * 1000);
    await waitFor(page, async () => /huge\.json/.test(await notice(page)), 'the too-big message');
    assert.match(await notice(page), /“huge\.json” is too big to open \(100(\.0)? MB/);
    assert.equal(JSON.stringify(await documentJson(page)), before);
    await nextFrames(page);
    const shot = decodePng(fs.readFileSync(await screenshot(page, 'io-drop-refused.png')));
    assert.ok(imageStats(shot).distinctColors > 20);
  });
});

test('Open (the hidden file input) opens a file; UTF-16 text is decoded', async () => {
  await withApp(async (page) => {
    await page.setInputFiles('#open-file', {name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(ownText)});
    await waitFor(page, async () => (await heldText(page)) === ownText, 'the opened file');
    // Windows "Unicode" text: UTF-16 LE with a byte order mark.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(otherText, 'utf16le')]);
    await page.setInputFiles('#open-file', {name: 'notepad.txt', mimeType: 'text/plain', buffer: utf16});
    await waitFor(page, async () => (await heldText(page)) === otherText, 'the UTF-16 file');
  });
});

// Downloads everything the Export menu offers and returns {fileName: content}.
async function downloadAll(page) {
  const files = {};
  const rows = ['Document JSON', 'W3C Web Annotation', 'brat standoff', 'brat annotation.conf',
                'Claims table', 'HTML page'];
  for (const row of rows) {
    const expected = row === 'brat standoff' ? 2 : 1;
    const downloads = [];
    const listener = (download) => downloads.push(download);
    page.on('download', listener);
    await openMenu(page, 'Export', 'export/');
    await clickItem(page, `export/${row}/Download`, async () => downloads.length >= expected);
    page.off('download', listener);
    for (const download of downloads) {
      files[download.suggestedFilename()] = fs.readFileSync(await download.path(), 'utf8');
    }
  }
  return files;
}

// Byte offset => code point offset of `text`.
const codePoints = (text) => [...text];

test('every export downloads with a name from the title and the right content', async () => {
  await withApp(async (page) => {
    await pasteText(page, ownText);
    await nextFrames(page);
    await openMenu(page, 'Export', 'export/');
    await screenshot(page, 'io-export-menu.png');
    await page.keyboard.press('Escape');
    const files = await downloadAll(page);
    const base = 'aleksandar-vucic-said-on-monday-that';
    assert.deepEqual(Object.keys(files).sort(),
                     [`${base}.ann`, `${base}.claims.csv`, `${base}.html`, `${base}.json`,
                      `${base}.jsonld`, `${base}.txt`, 'annotation.conf'].sort());
    const doc = JSON.parse(files[`${base}.json`]);
    assert.equal(doc.text, ownText);
    assert.ok(doc.entities.length > 0 && doc.claims.length > 0, 'nothing found to export');
    const cps = codePoints(ownText);

    // W3C: an AnnotationCollection; selectors in code points, quotes with context.
    const w3c = JSON.parse(files[`${base}.jsonld`]);
    assert.equal(w3c.type, 'AnnotationCollection');
    const items = w3c.first.items;
    assert.equal(items.length, doc.entities.length + doc.claims.length);
    for (const item of items) {
      const targets = Array.isArray(item.target) ? item.target : [item.target];
      for (const target of targets) {
        const position = target.selector.find((s) => s.type === 'TextPositionSelector');
        const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
        assert.equal(cps.slice(position.start, position.end).join(''), quote.exact);
        assert.equal(cps.slice(Math.max(0, position.start - quote.prefix.length), position.start).join(''), quote.prefix);
        assert.equal(cps.slice(position.end, position.end + [...quote.suffix].length).join(''), quote.suffix);
      }
    }
    assert.ok(items.some((i) => Array.isArray(i.target) && i.target.some((t) => t.styleClass === 'claim-cue')));

    // brat: the .txt is the text; each T line's text is at its code point offsets; events
    // name trigger, source, cue and content.
    assert.equal(files[`${base}.txt`], ownText);
    const t = {};
    for (const line of files[`${base}.ann`].split('\n').filter(Boolean)) {
      const [id, head, text] = line.split('\t');
      if (id.startsWith('T')) {
        const [type, ...ranges] = head.split(' ');
        const parts = ranges.join(' ').split(';').map((r) => r.split(' ').map(Number));
        assert.equal(parts.map(([s, e]) => cps.slice(s, e).join('')).join(' '), text, line);
        t[id] = {type, text};
      } else if (id.startsWith('E')) {
        const args = Object.fromEntries(head.split(' ').map((a) => a.split(':')));
        assert.equal(t[args.Attribution].type, 'Attribution', line);
        assert.equal(t[args.Content].type, 'Content', line);
        if (args.Cue) assert.equal(t[args.Cue].text, t[args.Attribution].text, line);
        if (args.Source) assert.equal(t[args.Source].type, 'Source', line);
      } else {
        assert.match(id, /^(A\d+|\*|#\d+)$/, line);
      }
    }
    assert.ok(/\tAttribution:T\d+ Source:T\d+ Cue:T\d+ Content:T\d+$/m.test(files[`${base}.ann`]),
              files[`${base}.ann`]);
    assert.match(files['annotation.conf'], /Attribution\tSource\?:Source, Cue\?:Cue, Content:Content/);

    // CSV: the header and one row per claim.
    const csvLines = files[`${base}.claims.csv`].split('\r\n').filter(Boolean);
    assert.equal(csvLines[0], 'source,source_group,cue,stance,kind,content,start,end');
    assert.equal(csvLines.length, doc.claims.length + 1);

    // HTML: standalone, the article's <script> escaped, no script element at all.
    const html = files[`${base}.html`];
    assert.match(html, /A reader wrote &lt;script&gt;alert\(.*\)&lt;\/script&gt; in a comment/);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<mark class="ent ent-person"/);
  });
});

test('Copy puts an export on the clipboard', async () => {
  await withApp(async (page) => {
    await pasteText(page, ownText);
    await openMenu(page, 'Export', 'export/');
    await clickItem(page, 'export/Claims table/Copy', async () => /Copied/.test(await notice(page)));
    const copied = await waitFor(page, async () => {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      return text.startsWith('source,') ? text : null;
    }, 'the CSV on the clipboard');
    assert.match(copied, /^source,source_group,cue,stance,kind,content,start,end\r\n/);
    assert.match(await notice(page), /Copied the claims CSV/);
  }, {permissions: ['clipboard-read', 'clipboard-write']});
});

test('import: the JSON export round-trips; malformed or mismatched files change nothing', async () => {
  await withApp(async (page) => {
    await pasteText(page, ownText);
    await nextFrames(page);
    const exported = await documentJson(page);
    const files = {};
    for (const row of ['Document JSON', 'W3C Web Annotation']) {
      const downloads = [];
      const listener = (download) => downloads.push(download);
      page.on('download', listener);
      await openMenu(page, 'Export', 'export/');
      await clickItem(page, `export/${row}/Download`, async () => downloads.length > 0);
      page.off('download', listener);
      files[row] = fs.readFileSync(await downloads[0].path(), 'utf8');
    }

    // Another article, then the export back: the same document.
    await pasteText(page, otherText);
    await page.setInputFiles('#open-file', {name: 'saved.json', mimeType: 'application/json',
                                            buffer: Buffer.from(files['Document JSON'])});
    await waitFor(page, async () => (await heldText(page)) === ownText, 'the imported document');
    assert.deepEqual(await documentJson(page), exported);
    assert.equal(await notice(page), 'Imported “saved.json”.');

    // W3C JSON-LD for the article that is open: the same annotations.
    await page.setInputFiles('#open-file', {name: 'saved.jsonld', mimeType: 'application/ld+json',
                                            buffer: Buffer.from(files['W3C Web Annotation'])});
    await waitFor(page, async () => /saved\.jsonld/.test(await notice(page)), 'the W3C import');
    assert.equal(await notice(page), 'Imported “saved.jsonld”.');
    const imported = await documentJson(page);
    const spans = (d) => d.entities.map((e) => `${e.label} ${e.start} ${e.end}`).join('|') +
                         d.claims.map((c) => `${c.kind} ${c.content.start} ${c.content.end}`).join('|');
    assert.equal(spans(imported), spans(exported));

    // Malformed JSON, a document whose offsets do not fit its text, W3C quotes that are not in
    // this text, something else entirely: a message naming the problem, the document intact.
    const bad = JSON.parse(files['Document JSON']);
    bad.entities[0].end = 100000;
    const otherW3c = files['W3C Web Annotation'].replaceAll('Vučić', 'Tito Broz');
    const cases = [
      ['truncated.json', files['Document JSON'].slice(0, 200), /not valid JSON/],
      ['offsets.json', JSON.stringify(bad), /entities\[0\]\.end: 100000 is past the end of the text/],
      ['other.jsonld', otherW3c, /was not imported: items\[\d+\]/],
      ['list.json', '[1, 2, 3]', /not an object/],
      ['config.json', '{"name": "x"}', /neither this app's document JSON nor W3C/],
    ];
    for (const [name, content, message] of cases) {
      const before = JSON.stringify(await documentJson(page));
      await page.setInputFiles('#open-file', {name, mimeType: 'application/json', buffer: Buffer.from(content)});
      await waitFor(page, async () => (await notice(page)).includes(name), `the message for ${name}`);
      assert.match(await notice(page), message, name);
      assert.equal(JSON.stringify(await documentJson(page)), before, `${name} changed the document`);
    }
    await nextFrames(page);
    await screenshot(page, 'io-import-refused.png');
  });
});

test('every change is saved: reload restores the edited document; recent documents', async () => {
  const context = await launchChromium();
  try {
    const page = await openApp(context, server.url + 'index.html');
    await waitFor(page, async () => (await io(page, 'stored')).opened, 'the document store');
    await pasteText(page, otherText);
    await nextFrames(page);
    await pasteText(page, ownText);
    await nextFrames(page);
    // An edit: the first entity becomes a manual ORG (imported, as an edit from a file would be).
    const edited = await documentJson(page);
    edited.entities[0].label = edited.entities[0].label === 'ORG' ? 'PLACE' : 'ORG';
    edited.entities[0].origin = 'manual';
    await page.setInputFiles('#open-file', {name: 'edited.json', mimeType: 'application/json',
                                            buffer: Buffer.from(JSON.stringify(edited))});
    await waitFor(page, async () => (await documentJson(page)).entities[0].origin === 'manual', 'the edit');
    const expected = await documentJson(page);
    // Saves are asynchronous (IndexedDB): wait until the last one is answered.
    const stored = await waitFor(page, async () => {
      const s = await io(page, 'stored');
      return !s.unsaved && s.documents.length === 2 ? s : null;
    }, 'both documents saved');
    assert.equal(stored.error, '');
    assert.equal(stored.backend, 'indexeddb');
    assert.equal(stored.documents[0].id, stored.current);

    await page.reload();
    await page.waitForFunction(() => window.annotatorTest && window.annotatorTest.ready());
    await waitFor(page, async () => /^Restored/.test(await notice(page)), 'the restore');
    assert.deepEqual(await documentJson(page), expected);
    assert.match(await notice(page), /^Restored “Aleksandar Vučić said on Monday/);

    // The recent list: both documents, newest first; open the older one, delete it.
    await openMenu(page, 'Recent', 'recent/');
    await screenshot(page, 'io-recent.png');
    const items = (await io(page, 'items')).map((i) => i.name);
    assert.ok(items.includes('recent/1/Open') && items.includes('recent/1/Delete'), items.join());
    await clickItem(page, 'recent/1/Open', async () => (await heldText(page)) === otherText);
    await openMenu(page, 'Recent', 'recent/');
    // The list is in the order of 'stored' (newest first): delete the one with the edit.
    const editedRow = (await io(page, "stored")).documents.findIndex((d) => d.title.startsWith('Aleksandar'));
    await clickItem(page, `recent/${editedRow}/Delete`, async () => (await io(page, 'stored')).documents.length === 1);
    await page.keyboard.press('Escape');
    const after = await io(page, 'stored');
    assert.equal(after.documents.length, 1);
    assert.equal(after.documents[0].title, 'The European Commission said on Tuesday that Serbia must…');
    assert.equal(await heldText(page), otherText);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('a failed save is told in the status line with the advice to export', async () => {
  await withApp(async (page) => {
    await waitFor(page, async () => (await io(page, 'stored')).opened, 'the document store');
    // IndexedDB refuses the write as a full disk does; the next save (after an edit) works.
    await page.evaluate(() => {
      window.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await pasteText(page, ownText);
    await waitFor(page, async () => /Not saved/.test(await notice(page)), 'the failed save');
    assert.equal(await heldText(page), ownText);   // the work goes on; only the save failed
    assert.equal(await notice(page), "Not saved (the browser's storage is full): use Export to keep your work.");
    assert.match((await io(page, 'stored')).error, /QuotaExceededError/);
    await nextFrames(page);
    await screenshot(page, 'io-save-failed.png');

    // A transaction that aborts later (how Chromium reports a full disk) is told too.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function (...args) {
        const request = window.realPut.apply(this, args);
        request.addEventListener('success', () => { try { this.transaction.abort(); } catch (e) {} });
        return request;
      };
    });
    await page.evaluate(() => annotatorTest.query('select entity 0'));
    await page.keyboard.down('Delete');
    await nextFrames(page, 1);
    await page.keyboard.up('Delete');
    await waitFor(page, async () => /AbortError/.test((await io(page, 'stored')).error), 'the aborted save');
    assert.match(await notice(page), /^Not saved \(AbortError: /);

    // Storage works again: the next change is saved and the error goes.
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
    await page.keyboard.down('Control');
    await page.keyboard.down('z');
    await nextFrames(page, 1);
    await page.keyboard.up('z');
    await page.keyboard.up('Control');
    await waitFor(page, async () => {
      const s = await io(page, 'stored');
      return !s.unsaved && s.saves > 0 && s.error === '';
    }, 'a save after storage came back');
  });
});

test('a document a former version kept in localStorage moves to IndexedDB', async () => {
  const context = await launchChromium();
  try {
    const page = await openApp(context, server.url + 'index.html');
    await pasteText(page, ownText);
    const json = JSON.stringify(await documentJson(page));
    await waitFor(page, async () => {
      const s = await io(page, 'stored');
      return !s.unsaved && s.saves > 0;
    }, 'the save');
    // As the localStorage version of the app left it (no IndexedDB database yet).
    await page.evaluate(async (doc) => {
      await new Promise((resolve) => {
        const request = indexedDB.open('annotator');
        request.onsuccess = () => {
          const tx = request.result.transaction(['documents', 'meta', 'app'], 'readwrite');
          for (const name of ['documents', 'meta', 'app']) tx.objectStore(name).clear();
          tx.oncomplete = resolve;
        };
      });
      localStorage.setItem('annotator.doc.d1700000000000', doc);
      localStorage.setItem('annotator.meta.d1700000000000',
                           JSON.stringify({title: 'Aleksandar Vučić said', saved: 1700000000000, bytes: 10}));
      localStorage.setItem('annotator.current', 'd1700000000000');
    }, json);
    await page.reload();
    await page.waitForFunction(() => window.annotatorTest && window.annotatorTest.ready());
    await waitFor(page, async () => /^Restored/.test(await notice(page)), 'the restore');
    assert.equal(JSON.stringify(await documentJson(page)), json);
    const stored = await io(page, 'stored');
    assert.equal(stored.migrated, 1);
    assert.equal(stored.backend, 'indexeddb');
    assert.equal(stored.current, 'd1700000000000');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'left behind in localStorage');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('without IndexedDB documents stay in localStorage; without any storage the user is told', async () => {
  // IndexedDB missing (as in some private modes): localStorage serves, reload restores.
  let context = await launchChromium();
  try {
    await context.addInitScript(() => { Object.defineProperty(window, 'indexedDB', {get: () => undefined}); });
    const page = await openApp(context, server.url + 'index.html');
    await waitFor(page, async () => (await io(page, 'stored')).opened, 'the document store');
    const stored = await io(page, 'stored');
    assert.equal(stored.backend, 'localstorage');
    assert.match(stored.backend_problem, /IndexedDB is not available/);
    await pasteText(page, ownText);
    await waitFor(page, async () => (await io(page, 'stored')).saves > 0, 'the save');
    assert.ok(await page.evaluate(() => localStorage.getItem('annotator.current')));
    await page.reload();
    await page.waitForFunction(() => window.annotatorTest && window.annotatorTest.ready());
    await waitFor(page, async () => /^Restored/.test(await notice(page)), 'the restore');
    assert.equal(await heldText(page), ownText);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
  // Neither (storage disabled): a message at once, and every save says what to do.
  context = await launchChromium();
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {get: () => undefined});
      Object.defineProperty(window, 'localStorage', {
        get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); }});
    });
    const page = await openApp(context, server.url + 'index.html');
    await waitFor(page, async () => (await io(page, 'stored')).opened, 'the document store');
    assert.equal((await io(page, 'stored')).backend, 'none');
    assert.equal(await notice(page), 'Storage is off in this browser: use Export to keep your work.');
    assert.match((await io(page, 'stored')).backend_problem, /IndexedDB is not available/);
    await openMenu(page, 'Recent', 'toolbar/Recent');   // the menu says why, with no rows
    await nextFrames(page);
    await screenshot(page, 'io-no-storage.png');
    await page.keyboard.press('Escape');
    await pasteText(page, otherText);
    await waitFor(page, async () => /Not saved/.test(await notice(page)), 'the refused save');
    assert.equal(await notice(page), 'Not saved (storage is disabled in this browser): use Export to keep your work.');
    assert.equal(await heldText(page), otherText);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('a damaged stored document is skipped with a message, never a crash', async () => {
  const context = await launchChromium();
  try {
    const page = await openApp(context, server.url + 'index.html');
    // The store opens (and moves localStorage documents) asynchronously: wait for it, so the
    // damaged entries below are moved by the reloaded page, not by this one.
    await waitFor(page, async () => (await io(page, 'stored')).opened, 'the store to open');
    await page.evaluate(() => {
      localStorage.setItem('annotator.current', 'd1');
      localStorage.setItem('annotator.doc.d1', '{"schema": "article-annotator/1", "text": ');
      localStorage.setItem('annotator.meta.d1', 'not json');
    });
    await page.reload();
    await page.waitForFunction(() => window.annotatorTest && window.annotatorTest.ready());
    await waitFor(page, async () => /^The last document/.test(await notice(page)), 'the restore attempt');
    assert.match(await notice(page), /^The last document could not be restored: its stored copy is damaged/);
    assert.equal(await heldText(page), '');
    const stored = await io(page, 'stored');
    assert.equal(stored.migrated, 1);   // moved from localStorage to IndexedDB as it was
    assert.equal(stored.documents.length, 1);
    assert.equal(stored.documents[0].damaged, true);
    assert.match(stored.problem, /1 stored entry is damaged/);
    // It can be deleted from Recent.
    await openMenu(page, 'Recent', 'recent/');
    await clickItem(page, 'recent/0/Delete', async () => (await io(page, 'stored')).documents.length === 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('a 1 MB text shows "Annotating…" before the page is busy', async () => {
  await withApp(async (page) => {
    const paragraph = ownText.replace('<script>alert(1)</script>', 'a note') + '\n\n';
    const big = paragraph.repeat(Math.ceil(1e6 / Buffer.byteLength(paragraph)));
    // Pasted and asked in one go (a frame in between could already start the work): the
    // paste only queued it, the message is up, nothing is annotated yet.
    const progress = await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
      return {...window.annotatorTest.io('progress'), held: window.annotatorTest.text().length};
    }, big);
    assert.equal(progress.pending, true);
    assert.match(progress.message, /^Annotating 1\.\d MB…$/);
    assert.equal(progress.held, 0);
    const started = Date.now();
    await waitFor(page, async () => (await io(page, 'progress')).pending === false, 'the annotation', 60000);
    const held = await heldText(page);
    assert.equal(held.length, big.length);
    const speed = (await io(page, 'progress')).bytes_per_ms;
    console.log(`1 MB: annotate() ${Math.round(big.length / speed)} ms (${Math.round(speed)} bytes/ms); ` +
                `pasted to drawn ${Date.now() - started} ms`);
    await nextFrames(page);
    await screenshot(page, 'io-big-text.png');
  });
});
