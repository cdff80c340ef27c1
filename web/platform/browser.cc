#include "platform/browser.h"

#include <emscripten.h>

#include <cstring>
#include <utility>

namespace ann::web {
namespace {

PageHooks& hooks() {
  static PageHooks page_hooks;
  return page_hooks;
}

// A paste anywhere on the page (Ctrl/Cmd+V, the browser's Edit menu) becomes a call to
// annotator_paste() with the UTF-8 bytes of text/plain. The GLFW port has no clipboard.
EM_JS(void, js_install_listeners, (), {
  document.addEventListener("paste", (event) => {
    const text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    event.preventDefault();
    const size = lengthBytesUTF8(text) + 1;
    const bytes = _malloc(size);
    stringToUTF8(text, bytes, size);
    _annotator_paste(bytes, size - 1);
    _free(bytes);
  });
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

EM_JS(void, js_set_cursor, (const char* css_cursor), {
  const cursor = UTF8ToString(css_cursor);
  if (Module.canvas.style.cursor !== cursor) Module.canvas.style.cursor = cursor;
});

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

}  // namespace ann::web

// The exported C functions behind the paste listener and window.annotatorTest (shell.html).
extern "C" {

EMSCRIPTEN_KEEPALIVE void annotator_paste(const char* utf8, int size) {
  auto& on_paste = ann::web::hooks().on_paste;
  if (on_paste) on_paste(std::string(utf8, static_cast<size_t>(size)));
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
