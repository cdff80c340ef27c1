// The offline single file and the pages' Content-Security-Policy (issue 6):
//   - annotator-offline.html weighs at most 1.0 MB gzipped (gzip -9);
//   - both pages carry a CSP without 'unsafe-eval' or 'unsafe-inline', and the offline one
//     allows no connection at all;
//   - from file://, with the network off, it starts, holds a Greek/Cyrillic article, makes
//     no request and trips no CSP violation.
//   WEB_DIST=build/web/dist node --test tests/browser/offline.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {pathToFileURL} from 'node:url';
import zlib from 'node:zlib';

import {distDir, launchChromium, nextFrames, openApp, pasteText, screenshot} from './harness.mjs';
import {decodePng, imageStats} from './png.mjs';

const offlinePath = path.join(distDir, 'annotator-offline.html');
const text = 'Ђорђе Петровић told reporters in Αθήνα on Monday that Łódź and Brașov “will wait”.';

function policyOf(file) {
  const html = fs.readFileSync(file, 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, `${path.basename(file)} has no CSP meta tag`);
  return Object.fromEntries(meta[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

test('the offline file is at most 1.0 MB gzipped', () => {
  const size = zlib.gzipSync(fs.readFileSync(offlinePath), {level: 9}).length;
  assert.ok(size <= 1_000_000, `annotator-offline.html is ${size} bytes gzipped`);
});

test('CSP: no unsafe-eval or unsafe-inline; the offline file may connect nowhere', () => {
  for (const name of ['index.html', 'annotator-offline.html']) {
    const policy = policyOf(path.join(distDir, name));
    assert.deepEqual(policy['default-src'], ["'none'"], name);
    for (const [directive, sources] of Object.entries(policy)) {
      assert.ok(!sources.includes("'unsafe-eval'") && !sources.includes("'unsafe-inline'"),
                `${name}: ${directive} ${sources.join(' ')}`);
    }
    assert.ok(policy['script-src'].some((s) => s.startsWith("'sha256-")), name);
  }
  assert.deepEqual(policyOf(offlinePath)['connect-src'], ["'none'"]);
});

test('from file:// with the network off: runs, draws, no request, no CSP violation', async () => {
  const context = await launchChromium();
  try {
    await context.setOffline(true);
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation',
                                (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await openApp(context, pathToFileURL(offlinePath).href);
    await pasteText(page, text);
    assert.equal(await page.evaluate(() => annotatorTest.text()), text);
    assert.ok(await page.evaluate(() => annotatorTest.entityCount()) > 0);
    await nextFrames(page, 4);
    const shot = decodePng(fs.readFileSync(await screenshot(page, 'offline-greek-cyrillic.png')));
    assert.ok(imageStats(shot, {x: 0, y: 100, width: shot.width, height: 300}).distinctColors > 20);
    assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:')), []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
