// The browser seam: the only code in the app that talks to JavaScript. EM_JS lives in
// browser.cc and nowhere else; the rest of web/ is plain C++ and ImGui.
//
//   connect_page({.on_paste = [&](std::string t) { state.set_text(std::move(t)); }, ...});
//   CanvasSize canvas = sync_canvas_size();   // once per frame, before ImGui::NewFrame()
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ann::web {

// What the page's JavaScript may ask of the app: the document `paste` listener delivers the
// clipboard's text/plain, and shell.html's window.annotatorTest reads the rest through
// exported C functions (annotator_text, annotator_entity_count, ...).
struct PageHooks {
  std::function<void(std::string utf8)> on_paste;
  std::function<std::string_view()> text;   // the text the app holds
  std::function<int()> entity_count;
  std::function<int()> claim_count;
  std::function<std::string()> view_report;   // JSON: what the article view shows (tests)
  std::function<std::string(std::string_view)> test_query;   // JSON answers for tests (views/test_queries.h)
};

// Installs the paste and wheel listeners and makes `hooks` reachable from JavaScript.
void connect_page(PageHooks hooks);

// Tells shell.html the app runs (it hides its loading message), or why it cannot.
void show_page_ready();
void show_page_error(std::string_view message);

struct CanvasSize {
  float css_width = 1, css_height = 1;   // the canvas box in CSS pixels: ImGui's coordinates
  int pixel_width = 1, pixel_height = 1; // its backing store: css × devicePixelRatio, rounded
  float pixel_ratio = 1;                 // window.devicePixelRatio (2 on most phones and Macs)
};
// Sizes the canvas backing store to its CSS box × devicePixelRatio, so text is drawn at the
// screen's real resolution; follows window resizes and browser zoom. Call once per frame.
CanvasSize sync_canvas_size();

// Wheel/trackpad scroll since the last call, in notches (+y = away from the user, as GLFW).
// GLFW's Emscripten port hands over raw pixel deltas with the browser's sign (+100 per notch
// downwards), so the app listens to `wheel` itself; one-finger touch drags count as well.
struct WheelSteps { float x = 0, y = 0; };
WheelSteps take_wheel_steps();

// Whether any input (mouse, keys, wheel, touch, paste, resize) arrived since the last call:
// without it, and once ImGui has settled, a frame would draw the same picture again.
bool take_input_activity();

// Where a single finger touches the canvas (CSS pixels), if one does.
bool touch_position(float* x, float* y);

// Whether the system asks pages for dark colours (prefers-color-scheme: dark): the theme
// on the first start.
bool prefers_dark_theme();

// Whether this app instance is embedded in another page (annotator.mjs sets
// Module.annotatorEmbedded): the host page owns storage then, so the app neither restores
// nor autosaves documents in the host's localStorage.
bool page_is_embedded();

// navigator.clipboard.writeText, with an execCommand('copy') fallback for older browsers.
// Browsers only allow it during a user gesture (a click or key press being handled).
void copy_to_clipboard(std::string_view utf8);

// --- Files, clipboard reading, downloads and storage (web/app/document_io.h uses them) -----

// What arrives from the page outside the paste of text/plain: clipboard HTML, files dropped
// on the page or chosen in the Open dialog, the result of the Paste button. When on_text is
// set, the document `paste` listener's text/plain goes there instead of PageHooks::on_paste.
struct IoHooks {
  std::function<void(std::string utf8)> on_text;   // pasted text/plain, or the Paste button's
  // Pasted text/html (preferred when present) and the text/plain that came with it, for when
  // the HTML holds no text (only an image, say).
  std::function<void(std::string html, std::string plain)> on_html;
  // A dropped or opened file: its name ("report.html"), its bytes, or why it could not be read.
  std::function<void(std::string name, std::string bytes, std::string error)> on_file;
  // The Paste button could not read the clipboard (permission denied, no Clipboard API).
  std::function<void(std::string reason)> on_clipboard_blocked;
  // Test hook (window.annotatorTest.io): JSON answers, e.g. "progress", "stored".
  std::function<std::string(std::string_view)> test_query;
};
// Installs the drop, Open (a hidden <input type=file id=open-file>) and Ctrl/Cmd+O listeners.
void connect_io(IoHooks hooks);

// The Paste button: reads the clipboard (text/html first, then text/plain) through the
// Clipboard API. The browser may ask the user for permission; the answer arrives later
// through IoHooks (on_html, on_text or on_clipboard_blocked). Call during a click.
void read_clipboard();

// Opens the browser's file dialog (the hidden input); the file arrives through on_file.
// Browsers only allow it during a user gesture.
void open_file_dialog();

// Whether files are being dragged over the page (to show where to drop them).
bool files_dragged_over_page();

// Saves `bytes` as a file named `file_name` (a Blob and an <a download>), as a browser
// download; `mime_type` like "text/csv; charset=utf-8".
void download_file(std::string_view file_name, std::string_view mime_type, std::string_view bytes);

// --- The document store: IndexedDB, else localStorage (web/app/storage.h uses it) ----------
// Asynchronous: each request returns at once and its answer arrives through StoreHooks in a
// later event (never inside the request). IndexedDB database "annotator", object stores
//   documents  id => the document JSON as UTF-8 bytes (a Uint8Array: no UTF-16 doubling)
//   meta       id => the small meta JSON string (title, saved, bytes)
//   app        "current" => the id to restore on reload
// On the first open, documents a former version kept in localStorage (annotator.doc.*,
// annotator.meta.*, annotator.current) move into IndexedDB. Without IndexedDB (disabled,
// some private modes) the same keys stay in localStorage (~5 MB); without either, every
// save answers with an error.
struct StoreHooks {
  // store_open()'s answer, JSON: {"backend": "indexeddb" | "localstorage" | "none",
  // "problem": why a better backend was not used ("" if none), "current": "d17...",
  // "metas": {"d17...": "<meta JSON as stored>"}, "migrated": documents moved from localStorage}
  std::function<void(std::string snapshot_json)> on_opened;
  // store_load()'s answer: the document JSON, or an error ("missing": no such document).
  std::function<void(std::string id, std::string json, std::string error)> on_loaded;
  // store_save()'s answer: "" once the browser committed it, else its reason
  // ("QuotaExceededError: ...").
  std::function<void(std::string id, std::string error)> on_saved;
  // The page is being hidden or left (pagehide, visibilitychange to hidden): save now what
  // waits for its frame; the browser still commits a transaction begun here.
  std::function<void()> on_page_hidden;
};
void connect_store(StoreHooks hooks);
void store_open();
void store_load(std::string_view id);
// Writes the document and its meta entry and makes `id` the current one, in one transaction.
void store_save(std::string_view id, std::string_view document_json, std::string_view meta_json);
void store_remove(std::string_view id);
void store_set_current(std::string_view id);   // "" forgets it

double now_ms();                               // milliseconds since 1970, as Date.now()
std::string local_date_text(double ms);        // "25/11/2026, 15:14" in the user's locale

// Makes the app draw the next frames (as input does): for work that must show its progress.
void wake_app();

// CSS cursor over the canvas ("default", "text", "pointer", ...); unchanged values are free.
void set_css_cursor(const char* css_cursor);

}  // namespace ann::web
