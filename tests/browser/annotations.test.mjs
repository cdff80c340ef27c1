// The article view's annotations in headless Chromium at devicePixelRatio 2: entity spans
// drawn in their label's colour, the hover card under the mouse (which also checks that mouse
// positions are scaled from device to CSS pixels), wheel scrolling.
//   node --test tests/browser/          (WEB_DIST=build/web/dist by default)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';

import {distDir, launchChromium, nextFrames, openApp, pasteText, screenshot, serve, sharedDir}
  from './harness.mjs';
import {decodePng} from './png.mjs';

const articlePath = path.join(sharedDir, 'corpus/dev/serbia-arms.txt');

let server, context, page;
before(async () => {
  assert.ok(fs.existsSync(path.join(distDir, 'index.html')),
            `no web build in ${distDir}: build the web preset or set WEB_DIST`);
  server = await serve(distDir);
  context = await launchChromium({deviceScaleFactor: 2});
  page = await openApp(context, server.url + 'index.html');
});
after(async () => {
  await context?.close();
  await server?.close();
});

// The pixel at CSS position (x, y) of a dpr-2 screenshot, as [r, g, b].
function pixelAt(image, x, y) {
  const i = (Math.round(y * 2) * image.width + Math.round(x * 2)) * image.channels;
  return [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
}

test('entities are tinted and the hover card follows the mouse', async (t) => {
  if (!fs.existsSync(articlePath)) return t.skip(`${articlePath} not found`);
  await pasteText(page, fs.readFileSync(articlePath, 'utf8'));
  await nextFrames(page);
  const entities = await page.evaluate(() => annotatorTest.entityCount());
  if (entities === 0) return t.skip('the core found no entities');

  const view = await page.evaluate(() => annotatorTest.view());
  assert.ok(view.entity_boxes.length > 0, 'no entity drawn in view');
  const box = view.entity_boxes[0];
  assert.ok(box.width > 4 && box.height > 8, JSON.stringify(box));

  // Behind the glyphs, the entity's tint: not the page colour (250, 249, 246).
  const before = decodePng(fs.readFileSync(await screenshot(page, 'annotations.png')));
  const [r, g, b] = pixelAt(before, box.x + 1, box.y - 1);
  assert.ok(Math.abs(r - 250) + Math.abs(g - 249) + Math.abs(b - 246) > 12,
            `no tint at the entity's corner: ${[r, g, b]}`);

  // Hovering the middle of the box names that entity (CSS coordinates in, CSS coordinates
  // out: with devicePixelRatio 2, an unscaled mouse would land twice as far).
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await nextFrames(page);
  assert.equal((await page.evaluate(() => annotatorTest.view())).hovered, `entity ${box.entity}`);
  await screenshot(page, 'hover-card.png');

  // Off the text, nothing is hovered.
  await page.mouse.move(5, 300);
  await nextFrames(page);
  assert.equal((await page.evaluate(() => annotatorTest.view())).hovered, '');
  assert.deepEqual(page.errors, []);
});

test('the wheel scrolls the article down and back', async (t) => {
  if (!fs.existsSync(articlePath)) return t.skip(`${articlePath} not found`);
  await pasteText(page, fs.readFileSync(articlePath, 'utf8'));
  await page.mouse.move(640, 400);
  await nextFrames(page);
  const top = await page.evaluate(() => annotatorTest.view());
  assert.equal(top.scroll_y, 0);
  assert.ok(top.scroll_max > 0, 'the article fits the window: nothing to scroll');

  await page.mouse.wheel(0, 300);   // three notches down
  await nextFrames(page, 5);
  const down = await page.evaluate(() => annotatorTest.view());
  assert.ok(down.scroll_y > 0, `scroll_y ${down.scroll_y} after wheel down`);

  await page.mouse.wheel(0, -3000);
  await nextFrames(page, 5);
  assert.equal((await page.evaluate(() => annotatorTest.view())).scroll_y, 0);
  assert.deepEqual(page.errors, []);
});

test('a one-finger drag scrolls the article', async (t) => {
  if (!fs.existsSync(articlePath)) return t.skip(`${articlePath} not found`);
  const touchContext = await launchChromium({hasTouch: true, viewport: {width: 390, height: 700}});
  try {
    const phone = await openApp(touchContext, server.url + 'index.html');
    await pasteText(phone, fs.readFileSync(articlePath, 'utf8'));
    await nextFrames(phone);
    assert.equal((await phone.evaluate(() => annotatorTest.view())).scroll_y, 0);
    // A real touch sequence through the DevTools protocol: the finger moves up 300 px.
    const cdp = await touchContext.newCDPSession(phone);
    const touch = (type, y) => cdp.send('Input.dispatchTouchEvent',
                                        {type, touchPoints: type === 'touchEnd' ? [] : [{x: 200, y}]});
    await touch('touchStart', 500);
    for (let y = 470; y >= 200; y -= 30) {
      await touch('touchMove', y);
      await nextFrames(phone, 1);
    }
    await touch('touchEnd', 200);
    await nextFrames(phone, 3);
    const scrolled = (await phone.evaluate(() => annotatorTest.view())).scroll_y;
    assert.ok(scrolled > 150 && scrolled < 450, `scroll_y ${scrolled} after a 300 px drag`);
    assert.deepEqual(phone.errors, []);
  } finally {
    await touchContext.close();
  }
});

test('an idle page stops drawing, input wakes it', async () => {
  const idleContext = await launchChromium();
  try {
    // Count WebGL draw calls from the page's first script on.
    await idleContext.addInitScript(() => {
      window.drawCalls = 0;
      const draw = WebGL2RenderingContext.prototype.drawElements;
      WebGL2RenderingContext.prototype.drawElements = function (...args) {
        window.drawCalls++;
        return draw.apply(this, args);
      };
    });
    const idle = await openApp(idleContext, server.url + 'index.html');
    await nextFrames(idle, 20);   // let the start-up frames pass
    const settled = await idle.evaluate(() => window.drawCalls);
    assert.ok(settled > 0, 'nothing was ever drawn');
    await nextFrames(idle, 30);
    assert.equal(await idle.evaluate(() => window.drawCalls), settled, 'drew while idle');
    await idle.mouse.move(300, 300);
    await nextFrames(idle, 5);
    assert.ok(await idle.evaluate(() => window.drawCalls) > settled, 'the mouse did not wake it');
    assert.deepEqual(idle.errors, []);
  } finally {
    await idleContext.close();
  }
});
