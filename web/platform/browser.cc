#include "platform/browser.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <utility>

namespace ann::web {
namespace {

PageHooks& hooks() {
  static PageHooks page_hooks;
  return page_hooks;
}

IoHooks& io_hooks() {
  static IoHooks hooks;
  return hooks;
}

StoreHooks& store_hooks() {
  static StoreHooks hooks;
  return hooks;
}

// Takes ownership of a malloc'd, NUL-terminated string from JavaScript.
std::string take_js_string(char* bytes) {
  if (!bytes) return {};
  std::string text(bytes);
  std::free(bytes);
  return text;
}

// A paste anywhere on the page (Ctrl/Cmd+V, the browser's Edit menu) becomes a call to
// annotator_paste() with the UTF-8 bytes of text/plain. The GLFW port has no clipboard.
EM_JS(void, js_install_listeners, (), {
  document.addEventListener("paste", (event) => {
    const text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    const html = event.clipboardData ? event.clipboardData.getData("text/html") : "";
    event.preventDefault();
    // TextEncoder, not stringToUTF8: it turns a lone surrogate into U+FFFD, where emscripten's
    // encoder pairs it with the next character ("said \uD800 on" => "said 𐀠on").
    const encoder = new TextEncoder();
    const toHeap = (s) => {
      const encoded = encoder.encode(s);
      const bytes = _malloc(encoded.length + 1);
      HEAPU8.set(encoded, bytes);
      return [bytes, encoded.length];
    };
    const [bytes, size] = toHeap(text);
    if (html) {   // a copy from a web page or a word processor: paragraphs are in the HTML
      const [htmlBytes, htmlSize] = toHeap(html);
      _annotator_paste_html(htmlBytes, htmlSize, bytes, size);
      _free(htmlBytes);
    } else {
      _annotator_paste(bytes, size);
    }
    _free(bytes);
  });
  // Keys the app handles itself (views/main_window.h): the browser's find bar (Ctrl/Cmd+F)
  // and help page (F1) must not open as well. Every other key keeps its browser meaning.
  window.addEventListener("keydown", (event) => {
    const find = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "f" || event.key === "F");
    if (find || event.key === "F1") event.preventDefault();
  }, {capture: true});
  // Any input means the next frames must be drawn (see take_input_activity).
  Module.annotatorActivity = 1;
  const wake = () => { Module.annotatorActivity++; };
  for (const type of ["mousemove", "mousedown", "mouseup", "wheel", "keydown", "keyup", "paste",
                      "touchstart", "touchmove", "touchend", "resize", "focus", "blur"]) {
    window.addEventListener(type, wake, {capture: true, passive: true});
  }
  document.addEventListener("visibilitychange", wake);
  // 100 CSS pixels or 3 lines make one notch, as Emscripten's own Browser.getMouseWheelDelta.
  Module.annotatorWheel = {x: 0, y: 0};
  Module.canvas.addEventListener("wheel", (event) => {
    if (event.ctrlKey) return;   // pinch / Ctrl+wheel: leave browser zoom alone
    event.preventDefault();
    const scale = event.deltaMode === 1 ? 1 / 3 : event.deltaMode === 2 ? 10 : 1 / 100;
    Module.annotatorWheel.x -= event.deltaX * scale;
    Module.annotatorWheel.y -= event.deltaY * scale;
  }, {passive: false});
  // One-finger drags scroll too: ImGui scrolls 5 lines (80 CSS px at 16 px) per notch. The
  // finger also stands in for the mouse (browsers send no mouse events during a drag), so
  // ImGui knows which panel to scroll.
  Module.annotatorTouch = {active: false, x: 0, y: 0};
  const touch = Module.annotatorTouch;
  const follow = (event) => {
    const rect = Module.canvas.getBoundingClientRect();
    touch.x = event.touches[0].clientX - rect.left;
    touch.y = event.touches[0].clientY - rect.top;
  };
  Module.canvas.addEventListener("touchstart", (event) => {
    touch.active = event.touches.length === 1;
    if (touch.active) follow(event);
  }, {passive: true});
  Module.canvas.addEventListener("touchmove", (event) => {
    if (!touch.active || event.touches.length !== 1) return;
    event.preventDefault();
    const lastY = touch.y;
    follow(event);
    Module.annotatorWheel.y += (touch.y - lastY) / 80;
  }, {passive: false});
  Module.canvas.addEventListener("touchend", () => { touch.active = false; }, {passive: true});
});

EM_JS(void, js_sync_canvas, (float* css_size, int* pixel_size, float* ratio), {
  const canvas = Module.canvas;
  const rect = canvas.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(rect.width * dpr));
  const height = Math.max(1, Math.round(rect.height * dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  HEAPF32[css_size >> 2] = Math.max(1, rect.width);
  HEAPF32[(css_size >> 2) + 1] = Math.max(1, rect.height);
  HEAP32[pixel_size >> 2] = width;
  HEAP32[(pixel_size >> 2) + 1] = height;
  HEAPF32[ratio >> 2] = dpr;
});

EM_JS(void, js_take_wheel, (float* steps), {
  const wheel = Module.annotatorWheel;
  HEAPF32[steps >> 2] = wheel ? wheel.x : 0;
  HEAPF32[(steps >> 2) + 1] = wheel ? wheel.y : 0;
  if (wheel) wheel.x = wheel.y = 0;
});

EM_JS(int, js_take_activity, (), {
  const active = Module.annotatorActivity > 0;
  Module.annotatorActivity = 0;
  return active;
});

EM_JS(int, js_touch, (float* position), {
  const touch = Module.annotatorTouch;
  if (!touch || !touch.active) return 0;
  HEAPF32[position >> 2] = touch.x;
  HEAPF32[(position >> 2) + 1] = touch.y;
  return 1;
});

EM_JS(void, js_copy, (const char* bytes, int size), {
  const text = UTF8ToString(bytes, size);
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = text;
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) {}
    area.remove();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).catch(fallback);
  } else {
    fallback();
  }
});

EM_JS(int, js_is_embedded, (), { return Module.annotatorEmbedded ? 1 : 0; });

EM_JS(int, js_prefers_dark, (), {
  return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0;
});

EM_JS(void, js_set_cursor, (const char* css_cursor), {
  const cursor = UTF8ToString(css_cursor);
  if (Module.canvas.style.cursor !== cursor) Module.canvas.style.cursor = cursor;
});

// --- Files, clipboard reading, downloads, storage ---------------------------------------------

// Module.annotatorIo.text(f, s...) calls the exported C function f with each string as
// (UTF-8 bytes, size) and wakes the app, so the next frames show what arrived.
EM_JS(void, js_install_io, (), {
  // UTF-8 bytes on the heap, NUL-terminated; a lone surrogate becomes U+FFFD (see the paste
  // listener).
  const encoder = new TextEncoder();
  const toHeap = (text) => {
    const encoded = encoder.encode(text);
    const bytes = _malloc(encoded.length + 1);
    HEAPU8.set(encoded, bytes);
    HEAPU8[bytes + encoded.length] = 0;
    return [bytes, encoded.length];
  };
  const call = (fn, ...texts) => {
    const args = texts.map(toHeap);
    try { fn(...args.flat()); } finally { for (const [bytes] of args) _free(bytes); }
    Module.annotatorActivity++;
  };
  const deliverFile = (name, buffer, error) => {
    const data = buffer ? new Uint8Array(buffer) : new Uint8Array(0);
    const bytes = _malloc(Math.max(1, data.length));
    HEAPU8.set(data, bytes);
    const [namePtr, nameSize] = toHeap(name);
    const [errorPtr, errorSize] = toHeap(error);
    try { _annotator_io_file(namePtr, nameSize, bytes, data.length, errorPtr, errorSize); }
    finally { _free(bytes); _free(namePtr); _free(errorPtr); }
    Module.annotatorActivity++;
  };
  // Files past this size are refused before they are read (the app explains).
  const maxFileBytes = 64 * 1024 * 1024;
  const readFile = (file) => {
    if (file.size > maxFileBytes) { deliverFile(file.name, null, "too-big " + file.size); return; }
    file.arrayBuffer().then((buffer) => deliverFile(file.name, buffer, ""),
                            (e) => deliverFile(file.name, null, String(e && e.message || e)));
  };
  Module.annotatorIo = {
    text: (text) => call(_annotator_io_text, text),
    html: (html, plain) => call(_annotator_io_html, html, plain),
    blocked: (reason) => call(_annotator_io_clipboard_blocked, reason),
    readFile,
    dragging: false,
  };

  // Open: a hidden file input (tests reach it as #open-file); Ctrl/Cmd+O opens it too,
  // instead of the browser's own "open file" dialog.
  const input = document.createElement("input");
  input.type = "file";
  input.id = "open-file";
  input.accept = ".txt,.md,.markdown,.html,.htm,.json,.jsonld,text/plain,text/html,application/json";
  input.style.display = "none";
  input.addEventListener("change", () => {
    if (input.files && input.files.length) readFile(input.files[0]);
    input.value = "";   // choosing the same file again is a change too
  });
  document.body.appendChild(input);
  Module.annotatorIo.input = input;
  window.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey &&
        (event.key === "o" || event.key === "O")) {
      event.preventDefault();
      input.click();
    }
  }, {capture: true});

  // Drop: a file, or text dragged from another page. Without preventDefault on dragover the
  // browser would navigate away to the dropped file.
  const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types).includes("Files");
  let depth = 0;
  window.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    Module.annotatorIo.dragging = true;
    Module.annotatorActivity++;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) Module.annotatorIo.dragging = false;
    Module.annotatorActivity++;
  });
  window.addEventListener("dragover", (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  });
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    depth = 0;
    Module.annotatorIo.dragging = false;
    const data = event.dataTransfer;
    if (data && data.files && data.files.length) {
      readFile(data.files[0]);
    } else if (data) {
      const html = data.getData("text/html"), text = data.getData("text/plain");
      if (html) Module.annotatorIo.html(html, text);
      else if (text) Module.annotatorIo.text(text);
    }
    Module.annotatorActivity++;
  });

  // Test hook: window.annotatorTest.io("progress") => JSON (see IoHooks::test_query).
  if (window.annotatorTest) {
    window.annotatorTest.io = (query) => {
      const [bytes] = toHeap(query);
      try { return JSON.parse(UTF8ToString(_annotator_io_query(bytes))); } finally { _free(bytes); }
    };
  }
});

// The Paste button. clipboard.read() gives text/html when there is some; browsers without it
// (or refusing it) may still allow readText().
EM_JS(void, js_read_clipboard, (), {
  const io = Module.annotatorIo;
  const blocked = (e) => io.blocked(e && e.name ? e.name : String(e));
  const readText = () => {
    if (!navigator.clipboard || !navigator.clipboard.readText) { io.blocked("NoClipboardApi"); return; }
    navigator.clipboard.readText().then((text) => io.text(text), blocked);
  };
  if (!navigator.clipboard || !navigator.clipboard.read) { readText(); return; }
  navigator.clipboard.read().then(async (items) => {
    let plain = "";
    for (const item of items) {
      if (item.types.includes("text/plain")) plain = await (await item.getType("text/plain")).text();
    }
    for (const item of items) {
      if (item.types.includes("text/html")) {
        io.html(await (await item.getType("text/html")).text(), plain);
        return;
      }
    }
    io.text(plain);
  }).catch((e) => (e && e.name === "NotAllowedError" ? blocked(e) : readText()));
});

EM_JS(void, js_open_file_dialog, (), {
  if (Module.annotatorIo) Module.annotatorIo.input.click();
});

EM_JS(int, js_files_dragged, (), {
  return Module.annotatorIo && Module.annotatorIo.dragging ? 1 : 0;
});

EM_JS(void, js_download, (const char* name, const char* mime, const char* bytes, int size), {
  const blob = new Blob([HEAPU8.slice(bytes, bytes + size)], {type: UTF8ToString(mime)});
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = UTF8ToString(name);
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
});

// --- The document store (StoreHooks): IndexedDB, else localStorage --------------------------

// Module.annotatorStore answers through the exported annotator_store_* functions, always in
// a later event (a Promise or an IndexedDB callback), so C++ never re-enters itself.
EM_JS(void, js_store_install, (), {
  const encoder = new TextEncoder(), decoder = new TextDecoder();
  const toHeap = (text) => {
    const encoded = typeof text === "string" ? encoder.encode(text) : text;
    const bytes = _malloc(encoded.length + 1);
    HEAPU8.set(encoded, bytes);
    HEAPU8[bytes + encoded.length] = 0;
    return [bytes, encoded.length];
  };
  const call = (fn, ...values) => {
    const args = values.map(toHeap);
    try { fn(...args.flat()); } finally { for (const [bytes] of args) _free(bytes); }
    Module.annotatorActivity++;   // draw what the answer changed
  };
  const reason = (e) => (e && e.name ? e.name + ": " : "") + (e && e.message ? e.message : String(e));
  const keyPrefix = {doc: "annotator.doc.", meta: "annotator.meta."};
  const currentKey = "annotator.current";
  const store = Module.annotatorStore = {backend: "none", problem: "", db: null};

  // localStorage: the fallback, and where documents of former versions wait to migrate.
  let localProblem = "";
  const local = () => {
    try { return window.localStorage; } catch (e) { localProblem = reason(e); return null; }
  };
  const localEntries = () => {
    const storage = local(), entries = {docs: {}, metas: {}, current: ""};
    if (!storage) return entries;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null) continue;
      if (key.startsWith(keyPrefix.doc)) entries.docs[key.slice(keyPrefix.doc.length)] = storage.getItem(key);
      if (key.startsWith(keyPrefix.meta)) entries.metas[key.slice(keyPrefix.meta.length)] = storage.getItem(key);
    }
    entries.current = storage.getItem(currentKey) || "";
    return entries;
  };
  const later = (f) => Promise.resolve().then(f);

  const opened = (backend, problem, metas, current, migrated) => {
    store.backend = backend;
    store.problem = problem;
    call(_annotator_store_opened, JSON.stringify({backend, problem, current, metas, migrated}));
  };
  const useLocal = (problem) => {
    // "IndexedDB is not available in this browser; localStorage: SecurityError: ..."
    const none = (why) => opened("none", (problem ? problem + "; " : "") + "localStorage: " + why, {}, "", 0);
    const storage = local();
    if (!storage) { none(localProblem || "not available"); return; }
    try {
      storage.getItem(currentKey);
    } catch (e) {
      none(reason(e));
      return;
    }
    const entries = localEntries();
    opened("localstorage", problem, entries.metas, entries.current, 0);
  };
  // A transaction as a Promise: resolves on commit, rejects with the reason of an abort.
  const done = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error || new DOMException("transaction aborted", "AbortError"));
  });
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

  // Moves former localStorage documents into IndexedDB; they leave localStorage only once
  // the transaction committed.
  const migrate = async (db) => {
    const entries = localEntries();
    const ids = Object.keys(entries.docs);
    if (!ids.length && !entries.current) return 0;
    const tx = db.transaction(["documents", "meta", "app"], "readwrite");
    for (const id of ids) {
      tx.objectStore("documents").put(encoder.encode(entries.docs[id]), id);
      if (entries.metas[id] !== undefined && entries.metas[id] !== null) tx.objectStore("meta").put(entries.metas[id], id);
    }
    if (entries.current) tx.objectStore("app").put(entries.current, "current");
    await done(tx);
    const storage = local();
    for (const id of ids) {
      storage.removeItem(keyPrefix.doc + id);
      storage.removeItem(keyPrefix.meta + id);
    }
    for (const id of Object.keys(entries.metas)) storage.removeItem(keyPrefix.meta + id);   // metas without documents
    storage.removeItem(currentKey);
    return ids.length;
  };

  store.open = () => {
    let idb = null;
    try { idb = window.indexedDB; } catch (e) {}
    if (!idb) { later(() => useLocal("IndexedDB is not available in this browser")); return; }
    let settled = false;
    const fail = (e) => { if (!settled) { settled = true; useLocal("IndexedDB failed (" + reason(e) + ")"); } };
    // Some private modes never answer: localStorage after 10 s rather than no storage at all.
    const timer = setTimeout(() => fail(new DOMException("no answer in 10 s", "TimeoutError")), 10000);
    let open;
    try { open = idb.open("annotator", 1); } catch (e) { clearTimeout(timer); later(() => fail(e)); return; }
    open.onupgradeneeded = () => {
      for (const name of ["documents", "meta", "app"]) {
        if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
      }
    };
    open.onerror = () => { clearTimeout(timer); fail(open.error); };
    open.onsuccess = async () => {
      clearTimeout(timer);
      if (settled) return;
      const db = store.db = open.result;
      let migrated = 0, problem = "";
      try {
        migrated = await migrate(db);
      } catch (e) {   // say so and keep them where they are: localStorage serves them
        settled = true;
        useLocal("the documents in localStorage could not move to IndexedDB (" + reason(e) + ")");
        return;
      }
      try {
        const tx = db.transaction(["meta", "app"], "readonly");
        const [keys, values, current] = await Promise.all([
          request(tx.objectStore("meta").getAllKeys()), request(tx.objectStore("meta").getAll()),
          request(tx.objectStore("app").get("current"))]);
        const metas = {};
        keys.forEach((key, i) => { metas[String(key)] = typeof values[i] === "string" ? values[i] : ""; });
        settled = true;
        opened("indexeddb", problem, metas, typeof current === "string" ? current : "", migrated);
      } catch (e) {
        fail(e);
      }
    };
  };

  store.load = (id) => {
    const answer = (text, error) => call(_annotator_store_loaded, id, text, error);
    if (store.backend === "indexeddb") {
      request(store.db.transaction("documents", "readonly").objectStore("documents").get(id)).then(
          (value) => value === undefined ? answer("", "missing")
                                         : answer(typeof value === "string" ? value : new Uint8Array(value), ""),
          (e) => answer("", reason(e)));
    } else {
      later(() => {
        let value = null;
        try { value = local().getItem(keyPrefix.doc + id); } catch (e) { answer("", reason(e)); return; }
        if (value === null) answer("", "missing"); else answer(value, "");
      });
    }
  };

  // `bytes` is a copy (slice) of the document JSON: IndexedDB clones what it is given at once.
  store.save = (id, bytes, meta) => {
    let answered = false;   // a put that throws and the abort that follows answer once
    const answer = (error) => { if (!answered) { answered = true; call(_annotator_store_saved, id, error); } };
    if (store.backend === "indexeddb") {
      try {
        const tx = store.db.transaction(["documents", "meta", "app"], "readwrite");
        tx.objectStore("documents").put(bytes, id);
        tx.objectStore("meta").put(meta, id);
        tx.objectStore("app").put(id, "current");
        done(tx).then(() => answer(""), (e) => answer(reason(e)));
      } catch (e) {   // a put may throw at once (DataCloneError, QuotaExceededError)
        later(() => answer(reason(e)));
      }
    } else if (store.backend === "localstorage") {
      later(() => {
        try {
          const storage = local();
          storage.setItem(keyPrefix.doc + id, decoder.decode(bytes));
          storage.setItem(keyPrefix.meta + id, meta);
          storage.setItem(currentKey, id);
          answer("");
        } catch (e) {
          answer(reason(e));
        }
      });
    } else {
      later(() => answer("StorageUnavailable: " + store.problem));
    }
  };

  store.remove = (id) => {
    if (store.backend === "indexeddb") {
      try {
        const tx = store.db.transaction(["documents", "meta"], "readwrite");
        tx.objectStore("documents").delete(id);
        tx.objectStore("meta").delete(id);
      } catch (e) {}
    } else if (store.backend === "localstorage") {
      try { local().removeItem(keyPrefix.doc + id); local().removeItem(keyPrefix.meta + id); } catch (e) {}
    }
  };

  store.setCurrent = (id) => {
    if (store.backend === "indexeddb") {
      try {
        const app = store.db.transaction("app", "readwrite").objectStore("app");
        if (id) app.put(id, "current"); else app.delete("current");
      } catch (e) {}
    } else if (store.backend === "localstorage") {
      try { if (id) local().setItem(currentKey, id); else local().removeItem(currentKey); } catch (e) {}
    }
  };
});

EM_JS(void, js_store_open, (), {
  Module.annotatorStore.open();
  const hidden = () => _annotator_store_page_hidden();
  window.addEventListener("pagehide", hidden);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") hidden(); });
});
EM_JS(void, js_store_load, (const char* id), { Module.annotatorStore.load(UTF8ToString(id)); });
EM_JS(void, js_store_save, (const char* id, const char* bytes, int size, const char* meta), {
  Module.annotatorStore.save(UTF8ToString(id), HEAPU8.slice(bytes, bytes + size), UTF8ToString(meta));
});
EM_JS(void, js_store_remove, (const char* id), { Module.annotatorStore.remove(UTF8ToString(id)); });
EM_JS(void, js_store_set_current, (const char* id), { Module.annotatorStore.setCurrent(UTF8ToString(id)); });

EM_JS(double, js_now_ms, (), { return Date.now(); });

EM_JS(char*, js_local_date, (double ms), {
  let text;
  try {
    text = new Date(ms).toLocaleString(undefined, {dateStyle: "medium", timeStyle: "short"});
  } catch (e) {
    text = new Date(ms).toISOString().slice(0, 16).replace("T", " ");
  }
  const length = lengthBytesUTF8(text) + 1;
  const bytes = _malloc(length);
  stringToUTF8(text, bytes, length);
  return bytes;
});

EM_JS(void, js_wake, (), { Module.annotatorActivity++; });

// shell.html defines Module.annotatorStatus: "" hides its loading message.
EM_JS(void, js_set_status, (const char* message, int is_error), {
  if (Module.annotatorStatus) Module.annotatorStatus(UTF8ToString(message), !!is_error);
});

}  // namespace

void connect_page(PageHooks page_hooks) {
  hooks() = std::move(page_hooks);
  js_install_listeners();
}

void show_page_ready() { js_set_status("", 0); }

void show_page_error(std::string_view message) {
  std::string text(message);
  js_set_status(text.c_str(), 1);
}

CanvasSize sync_canvas_size() {
  float css[2];
  int pixels[2];
  CanvasSize size;
  js_sync_canvas(css, pixels, &size.pixel_ratio);
  size.css_width = css[0];
  size.css_height = css[1];
  size.pixel_width = pixels[0];
  size.pixel_height = pixels[1];
  return size;
}

WheelSteps take_wheel_steps() {
  float steps[2];
  js_take_wheel(steps);
  return {steps[0], steps[1]};
}

bool take_input_activity() { return js_take_activity() != 0; }

bool touch_position(float* x, float* y) {
  float position[2];
  if (!js_touch(position)) return false;
  *x = position[0];
  *y = position[1];
  return true;
}

void copy_to_clipboard(std::string_view utf8) {
  js_copy(utf8.data(), static_cast<int>(utf8.size()));
}

void set_css_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }

bool prefers_dark_theme() { return js_prefers_dark() != 0; }
bool page_is_embedded() { return js_is_embedded() != 0; }

void connect_io(IoHooks hooks) {
  io_hooks() = std::move(hooks);
  js_install_io();
}

void read_clipboard() { js_read_clipboard(); }
void open_file_dialog() { js_open_file_dialog(); }
bool files_dragged_over_page() { return js_files_dragged() != 0; }

void download_file(std::string_view file_name, std::string_view mime_type, std::string_view bytes) {
  const std::string name(file_name), mime(mime_type);
  js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void connect_store(StoreHooks hooks) {
  store_hooks() = std::move(hooks);
  js_store_install();
}

void store_open() { js_store_open(); }

void store_load(std::string_view id) {
  const std::string i(id);
  js_store_load(i.c_str());
}

void store_save(std::string_view id, std::string_view document_json, std::string_view meta_json) {
  const std::string i(id), meta(meta_json);
  js_store_save(i.c_str(), document_json.data(), static_cast<int>(document_json.size()), meta.c_str());
}

void store_remove(std::string_view id) {
  const std::string i(id);
  js_store_remove(i.c_str());
}

void store_set_current(std::string_view id) {
  const std::string i(id);
  js_store_set_current(i.c_str());
}

double now_ms() { return js_now_ms(); }
std::string local_date_text(double ms) { return take_js_string(js_local_date(ms)); }
void wake_app() { js_wake(); }

}  // namespace ann::web

// The exported C functions behind the paste listener and window.annotatorTest (shell.html).
extern "C" {

EMSCRIPTEN_KEEPALIVE void annotator_paste(const char* utf8, int size) {
  std::string text(utf8, static_cast<size_t>(size));
  if (auto& on_text = ann::web::io_hooks().on_text) return on_text(std::move(text));
  auto& on_paste = ann::web::hooks().on_paste;
  if (on_paste) on_paste(std::move(text));
}

// A paste with text/html as well as text/plain.
EMSCRIPTEN_KEEPALIVE void annotator_paste_html(const char* html, int html_size, const char* plain,
                                               int plain_size) {
  auto& on_html = ann::web::io_hooks().on_html;
  if (!on_html) return annotator_paste(plain, plain_size);
  on_html(std::string(html, static_cast<size_t>(html_size)),
          std::string(plain, static_cast<size_t>(plain_size)));
}

// The Paste button's and drop's deliveries (js_install_io).
EMSCRIPTEN_KEEPALIVE void annotator_io_text(const char* utf8, int size) { annotator_paste(utf8, size); }

EMSCRIPTEN_KEEPALIVE void annotator_io_html(const char* html, int html_size, const char* plain,
                                            int plain_size) {
  annotator_paste_html(html, html_size, plain, plain_size);
}

EMSCRIPTEN_KEEPALIVE void annotator_io_clipboard_blocked(const char* reason, int size) {
  auto& blocked = ann::web::io_hooks().on_clipboard_blocked;
  if (blocked) blocked(std::string(reason, static_cast<size_t>(size)));
}

EMSCRIPTEN_KEEPALIVE void annotator_io_file(const char* name, int name_size, const char* bytes,
                                            int size, const char* error, int error_size) {
  auto& on_file = ann::web::io_hooks().on_file;
  if (!on_file) return;
  on_file(std::string(name, static_cast<size_t>(name_size)),
          std::string(bytes, static_cast<size_t>(size)),
          std::string(error, static_cast<size_t>(error_size)));
}

// JSON from IoHooks::test_query for the NUL-terminated `query`, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* annotator_io_query(const char* query) {
  static std::string answer;
  auto& test_query = ann::web::io_hooks().test_query;
  answer = test_query ? test_query(query) : "null";
  return answer.c_str();
}

// The document store's answers (js_store_install): each string as (UTF-8 bytes, size).
EMSCRIPTEN_KEEPALIVE void annotator_store_opened(const char* json, int size) {
  auto& on_opened = ann::web::store_hooks().on_opened;
  if (on_opened) on_opened(std::string(json, static_cast<size_t>(size)));
}

EMSCRIPTEN_KEEPALIVE void annotator_store_loaded(const char* id, int id_size, const char* json, int size,
                                                 const char* error, int error_size) {
  auto& on_loaded = ann::web::store_hooks().on_loaded;
  if (!on_loaded) return;
  on_loaded(std::string(id, static_cast<size_t>(id_size)), std::string(json, static_cast<size_t>(size)),
            std::string(error, static_cast<size_t>(error_size)));
}

EMSCRIPTEN_KEEPALIVE void annotator_store_page_hidden() {
  auto& on_page_hidden = ann::web::store_hooks().on_page_hidden;
  if (on_page_hidden) on_page_hidden();
}

EMSCRIPTEN_KEEPALIVE void annotator_store_saved(const char* id, int id_size, const char* error, int error_size) {
  auto& on_saved = ann::web::store_hooks().on_saved;
  if (on_saved) on_saved(std::string(id, static_cast<size_t>(id_size)), std::string(error, static_cast<size_t>(error_size)));
}

// The text's bytes are not NUL-terminated in general: read annotator_text_size() of them.
EMSCRIPTEN_KEEPALIVE const char* annotator_text() {
  auto& text = ann::web::hooks().text;
  return text ? text().data() : "";
}

EMSCRIPTEN_KEEPALIVE int annotator_text_size() {
  auto& text = ann::web::hooks().text;
  return text ? static_cast<int>(text().size()) : 0;
}

EMSCRIPTEN_KEEPALIVE int annotator_entity_count() {
  auto& count = ann::web::hooks().entity_count;
  return count ? count() : 0;
}

EMSCRIPTEN_KEEPALIVE int annotator_claim_count() {
  auto& count = ann::web::hooks().claim_count;
  return count ? count() : 0;
}

// JSON from PageHooks::view_report, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* annotator_view_report() {
  static std::string report;
  auto& view_report = ann::web::hooks().view_report;
  report = view_report ? view_report() : "{}";
  return report.c_str();
}

// JSON from PageHooks::test_query for the NUL-terminated `query`, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* annotator_test_query(const char* query) {
  static std::string answer;
  auto& test_query = ann::web::hooks().test_query;
  answer = test_query ? test_query(query) : "null";
  return answer.c_str();
}

}  // extern "C"
