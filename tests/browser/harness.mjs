// Shared pieces of the browser tests: where things are, a static file server, and Debian's
// Chromium driven by playwright-core (never a downloaded browser).
//
//   const server = await serve(distDir);          // http://127.0.0.1:<random port>/
//   const context = await launchChromium({deviceScaleFactor: 2});
//   const page = await openApp(context, server.url + 'index.html');
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.resolve(repoDir, process.env.WEB_DIST ?? 'build/web/dist');
export const sharedDir = path.resolve(repoDir, '../shared');
export const artifactsDir = path.join(repoDir, 'test-artifacts');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream', '.json': 'application/json', '.mjs': 'text/javascript',
  '.css': 'text/css',
};

// Serves `root` read-only on 127.0.0.1; `requests` lists every path asked for.
export function serve(root) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(urlPath);
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream'});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        requests,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

// Serves the web build for a test file, after checking that it holds `required`:
//   let server;
//   before(async () => { server = await serveDist(); });
//   after(async () => { await server?.close(); });
export async function serveDist(required = 'index.html') {
  if (!fs.existsSync(path.join(distDir, required))) {
    throw new Error(`no ${required} in ${distDir}: build the web preset or set WEB_DIST`);
  }
  return serve(distDir);
}

// Headless Chromium with WebGL2 on SwiftShader, in a fresh profile that is deleted on close.
export async function launchChromium({deviceScaleFactor = 1, viewport = {width: 1280, height: 800},
                                     hasTouch = false} = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    deviceScaleFactor,
    hasTouch,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--no-first-run', '--disable-quic'],
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(profile, {recursive: true, force: true});
  };
  return context;
}

// Opens the app and waits until it runs (shell.html's test hook says ready). Page errors
// are collected in page.errors so a test can assert there were none.
export async function openApp(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.annotatorTest && window.annotatorTest.ready(), null,
                             {timeout: 30000});
  return page;
}

// Pastes `text` the way a browser does on Ctrl/Cmd+V: a ClipboardEvent('paste') whose
// DataTransfer carries text/plain, sent to the focused element (it bubbles to document).
export async function pasteText(page, text) {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const event = new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true});
    (document.activeElement ?? document.body).dispatchEvent(event);
  }, text);
}

// Lets the app draw a few frames, so a screenshot shows the current state.
export async function nextFrames(page, count = 3) {
  await page.evaluate((n) => new Promise((resolve) => {
    const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  }), count);
}

// Polls `predicate` every two frames until it gives a truthy value (returned), or fails the
// test after `timeout` ms naming `what`: waitFor(page, () => isSaved(page), 'the save').
export async function waitFor(page, predicate, what, timeout = 20000) {
  const start = Date.now();
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await nextFrames(page, 2);
  }
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, {recursive: true});
  const file = path.join(artifactsDir, name);
  await page.screenshot({path: file});
  return file;
}
