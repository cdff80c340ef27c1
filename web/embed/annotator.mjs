// The embedding API: the annotator inside any page (a CMS editor, a newsroom tool), as an ES
// module next to annotator-app.mjs and annotator-app.wasm. docs/embedding.md has examples.
//
//   import { createAnnotator } from './annotator.mjs';
//   const annotator = await createAnnotator(document.querySelector('#box'), {readOnly: true});
//   annotator.setText('Aleksandar Vučić said on Monday that ...');
//   annotator.on('change', (event) => save(event.document));
//   annotator.getDocument().entities[0]   // {id: 'e1', start: 0, end: 16, label: 'PERSON', ...}
//
// Offsets. The document (getDocument, setDocument, on('change'), export('json')) counts
// Unicode CODE POINTS, like every JSON format of the app (docs/format.md). A selection
// (on('select')) counts UTF-16 units, the indexes of JavaScript strings:
// text.slice(selection.start, selection.end) is the selected text. They differ after a
// character outside the Basic Multilingual Plane: in '😀 Vučić' the name starts at code point
// 2 and at string index 3. utf16Offsets(text) converts.
//
// Each instance is its own wasm module (own heap, canvas and WebGL context). Emscripten's
// GLFW listens for keys on `window`, so the listeners an instance registers while it starts are
// wrapped: keys and paste reach only the instance whose canvas has the focus.
import createAnnotatorApp from './annotator-app.mjs';
import {utf16Offsets} from './utf16.mjs';

export {utf16Offsets};

export const LABELS = ['PERSON', 'ORG', 'PLACE', 'NORP', 'DATE', 'QUANTITY'];   // ann::Label order
// Listeners the app puts on window/document: keys and clipboard go to the focused instance,
// drag and drop to the instance under the pointer.
const FOCUS_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'paste', 'copy', 'cut']);
const TARGET_EVENTS = new Set(['dragenter', 'dragover', 'dragleave', 'drop']);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let instancesCreated = 0;   // numbers the instances' element ids: annotator-open-file-1, -2, ...

// Runs `start` while window/document.addEventListener record every listener (to remove them
// on destroy) and wrap the keyboard and clipboard ones so they run only when `focused()`,
// drag and drop ones only when the event's target is `canvas`.
function startRouted(start, focused, canvas, listeners) {
  const targets = [window, document];
  for (const target of targets) {
    target.addEventListener = function (type, handler, options) {
      let listener = handler;
      if (FOCUS_EVENTS.has(type) && typeof handler === 'function') {
        listener = function (event) { if (focused()) return handler.call(this, event); };
      } else if (TARGET_EVENTS.has(type) && typeof handler === 'function') {
        listener = function (event) {
          if (event.composedPath().includes(canvas)) return handler.call(this, event);
        };
      }
      listeners.push({target, type, listener, options});
      return EventTarget.prototype.addEventListener.call(target, type, listener, options);
    };
  }
  try {
    start();
  } finally {
    for (const target of targets) delete target.addEventListener;   // the prototype's again
  }
}

// Creates an annotator filling `element` (give it a height). Resolves once it runs.
// options: {text, readOnly, labels: ['PERSON', ...] (the visible ones), theme: 'light' | 'dark',
//           dictionary: [{name, label, aliases}]}
export async function createAnnotator(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError('createAnnotator: expected an element');
  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-label', 'Article annotator');
  const fill = () => {   // emcc's canvas sizing resets these, so they are set again after start
    canvas.style.display = 'block';
    canvas.style.width = '100%';
    canvas.style.height = element.clientHeight > 0 ? '100%' : '480px';
    canvas.style.outline = 'none';
  };
  fill();
  element.appendChild(canvas);

  let focused = false;
  const onFocus = () => { focused = true; };
  const onBlur = () => { focused = false; };
  const onPointerDown = () => canvas.focus({preventScroll: true});
  canvas.addEventListener('focus', onFocus);
  canvas.addEventListener('blur', onBlur);
  canvas.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('contextmenu', (event) => event.preventDefault());

  const handlers = {change: new Set(), select: new Set()};
  const listeners = [];
  let app = null;
  let destroyed = false;
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });

  const module = {
    canvas,
    // Tells the app it is embedded: the host page owns the document (no autosave, no restore).
    annotatorEmbedded: true,
    // platform/browser.cc: '' = running; otherwise a message, an error when isError.
    annotatorStatus(text, isError) {
      if (!text) resolveReady();
      else if (isError) rejectReady(new Error('annotator: ' + text));
    },
    // platform/embed_api.cc, from inside a frame: handlers run after it, outside the wasm.
    annotatorEvent(type) {
      if (destroyed || !handlers[type] || handlers[type].size === 0) return;
      queueMicrotask(() => emit(type));
    },
    onAbort(what) { rejectReady(new Error('annotator stopped: ' + what)); },
  };

  function emit(type) {
    if (destroyed) return;
    const event = type === 'change' ? {type, document: instance.getDocument()}
                                    : {type, selection: selection()};
    for (const handler of handlers[type]) {
      try { handler(event); } catch (error) { queueMicrotask(() => { throw error; }); }
    }
  }

  function wake() { module.annotatorActivity = (module.annotatorActivity || 0) + 1; }

  // Calls fn(pointer, byteLength) with `text` as NUL-terminated UTF-8 in wasm memory.
  function withUtf8(text, fn) {
    const bytes = encoder.encode(String(text));
    const pointer = app._malloc(bytes.length + 1);
    try {
      app.HEAPU8.set(bytes, pointer);
      app.HEAPU8[pointer + bytes.length] = 0;
      return fn(pointer, bytes.length);
    } finally {
      app._free(pointer);
    }
  }

  // Takes a malloc'd NUL-terminated string from the C side (null stays null).
  function take(pointer) {
    if (!pointer) return null;
    try {
      const end = app.HEAPU8.indexOf(0, pointer);
      return decoder.decode(app.HEAPU8.subarray(pointer, end));
    } finally {
      app._ann_embed_free(pointer);
    }
  }

  function selection() { return JSON.parse(take(app._ann_embed_selection_json(0))); }

  function alive() {
    if (destroyed) throw new Error('annotator: used after destroy()');
    if (!app) throw new Error('annotator: not started yet');
  }

  const instance = {
    element,
    canvas,
    setText(text) {
      alive();
      withUtf8(text, (pointer, length) => app._ann_embed_set_text(pointer, length));
      wake();
    },
    // The document object (docs/format.md): offsets in code points.
    getDocument() {
      alive();
      return JSON.parse(take(app._ann_embed_document_json(0)));
    },
    // A document object or its JSON text; throws an Error naming the problem.
    setDocument(doc) {
      alive();
      const json = typeof doc === 'string' ? doc : JSON.stringify(doc);
      const error = take(withUtf8(json, (p, n) => app._ann_embed_set_document_json(p, n)));
      if (error !== null) throw new Error('annotator: bad document: ' + error);
      wake();
    },
    // 'json', 'w3c', 'brat-txt', 'brat-ann', 'brat-conf', 'csv' or 'html': the file's text.
    export(format) {
      alive();
      const result = take(withUtf8(format, (p) => app._ann_embed_export(p, 0)));
      if (result === null) throw new Error('annotator: unknown export format ' + JSON.stringify(format));
      return result;
    },
    // [{name, label, aliases}] or its JSON; null clears it. Re-annotates, keeping manual work.
    setDictionary(entries) {
      alive();
      const json = entries == null ? '' : typeof entries === 'string' ? entries : JSON.stringify(entries);
      const error = take(withUtf8(json, (p, n) => app._ann_embed_set_dictionary(p, n)));
      if (error !== null) throw new Error('annotator: bad dictionary: ' + error);
      wake();
    },
    // Any of {readOnly, labels, theme}; the others keep their value.
    setOptions(changes) {
      alive();
      if ('readOnly' in changes) app._ann_embed_set_read_only(changes.readOnly ? 1 : 0);
      if ('labels' in changes) {
        const visible = changes.labels == null ? LABELS : Array.from(changes.labels, (l) => String(l).toUpperCase());
        LABELS.forEach((label, index) => app._ann_embed_set_label_visible(index, visible.includes(label) ? 1 : 0));
      }
      if ('theme' in changes) app._ann_embed_set_theme(changes.theme === 'dark' ? 1 : 0);
      wake();
    },
    // on('change', ({document}) => ...), on('select', ({selection}) => ...). Returns `off`.
    on(type, handler) {
      if (!handlers[type]) throw new Error('annotator: no event ' + JSON.stringify(type));
      handlers[type].add(handler);
      return () => handlers[type].delete(handler);
    },
    off(type, handler) { handlers[type]?.delete(handler); },
    focus() { canvas.focus({preventScroll: true}); },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (app) app.pauseMainLoop();
      for (const {target, type, listener, options: o} of listeners) target.removeEventListener(type, listener, o);
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
      canvas.removeEventListener('pointerdown', onPointerDown);
      canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
      canvas.remove();
      module.annotatorIo?.input?.remove();
      app = null;
    },
  };

  // For the browser tests only (not part of the API): web/views/test_queries.h, e.g.
  // instance._testQuery('box 10 17') is where the span is drawn, in canvas CSS pixels.
  Object.defineProperty(instance, '_testQuery', {
    value(query) {
      alive();
      const answer = withUtf8(query, (pointer) => app._annotator_test_query(pointer));
      const end = app.HEAPU8.indexOf(0, answer);
      wake();
      return JSON.parse(decoder.decode(app.HEAPU8.subarray(answer, end)));
    },
  });

  try {
    const started = await createAnnotatorApp(module);
    if (destroyed) return instance;
    startRouted(() => started.callMain([]), () => focused, canvas, listeners);
    // main() made the Open dialog's hidden file input in <body> with the full page's id
    // ("open-file"): each instance's gets its own id and lives in its element, so destroy()
    // takes it away with the canvas.
    const fileInput = module.annotatorIo?.input;
    if (fileInput) {
      fileInput.id = `annotator-open-file-${++instancesCreated}`;
      element.appendChild(fileInput);
    }
    await ready;
    app = started;
    fill();
    // The host page owns the document: drop whatever the app restored from this origin's
    // localStorage (the full-page app's autosave) so every instance starts blank.
    app._ann_embed_clear();
    if (options.dictionary != null) instance.setDictionary(options.dictionary);
    instance.setOptions({
      readOnly: !!options.readOnly, labels: options.labels ?? null, theme: options.theme ?? 'light'});
    if (options.text) instance.setText(options.text);
  } catch (error) {
    instance.destroy();
    throw error;
  }
  return instance;
}

// <article-annotator read-only labels="PERSON ORG" theme="dark">Article text…</article-annotator>
// The same API as createAnnotator's instance, plus: the `text` property, the `ready` promise,
// and DOM events 'change' / 'select' (CustomEvent, detail = the instance's event).
export class ArticleAnnotatorElement extends HTMLElement {
  static get observedAttributes() { return ['read-only', 'labels', 'theme']; }

  constructor() {
    super();
    this.annotator = null;
    this.ready = new Promise((resolve, reject) => { this._resolve = resolve; this._reject = reject; });
  }

  connectedCallback() {
    if (this._started) return;
    this._started = true;
    // The article is the element's text, never parsed as HTML; a shadow root without a slot
    // keeps it out of view.
    const initial = this._pendingText ?? this.textContent.trim();
    const root = this.attachShadow({mode: 'open'});
    const box = document.createElement('div');
    box.style.width = '100%';
    box.style.height = '100%';
    root.appendChild(box);
    if (getComputedStyle(this).display === 'inline') this.style.display = 'block';
    if (this.clientHeight === 0) this.style.height = '480px';
    createAnnotator(box, {...this._options(), text: initial}).then((annotator) => {
      this.annotator = annotator;
      if (this._pendingText !== undefined && this._pendingText !== initial) annotator.setText(this._pendingText);
      for (const type of ['change', 'select']) {
        annotator.on(type, (detail) => this.dispatchEvent(new CustomEvent(type, {detail})));
      }
      this._resolve(this);
    }, this._reject);
  }

  disconnectedCallback() {
    this.annotator?.destroy();
    this.annotator = null;
  }

  attributeChangedCallback() { this.annotator?.setOptions(this._options()); }

  _options() {
    const labels = this.getAttribute('labels');
    return {
      readOnly: this.hasAttribute('read-only') && this.getAttribute('read-only') !== 'false',
      labels: labels === null ? null : labels.split(/[\s,]+/).filter(Boolean),
      theme: this.getAttribute('theme') === 'dark' ? 'dark' : 'light',
    };
  }

  get text() { return this.annotator ? this.annotator.getDocument().text : (this._pendingText ?? ''); }
  set text(value) {
    if (this.annotator) this.annotator.setText(value);
    else this._pendingText = String(value);
  }
  getDocument() { return this._need().getDocument(); }
  setDocument(doc) { this._need().setDocument(doc); }
  export(format) { return this._need().export(format); }
  setDictionary(entries) { this._need().setDictionary(entries); }
  _need() {
    if (!this.annotator) throw new Error('article-annotator: not ready (await element.ready)');
    return this.annotator;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('article-annotator')) {
  customElements.define('article-annotator', ArticleAnnotatorElement);
}
