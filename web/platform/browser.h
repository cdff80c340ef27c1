// The browser seam: the only code in the app that talks to JavaScript. EM_JS lives in
// browser.cc and nowhere else; the rest of web/ is plain C++ and ImGui.
//
//   connect_page({.on_paste = [&](std::string t) { state.set_text(std::move(t)); }, ...});
//   CanvasSize canvas = sync_canvas_size();   // once per frame, before ImGui::NewFrame()
#pragma once
#include <functional>
#include <string>
#include <string_view>

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

// navigator.clipboard.writeText, with an execCommand('copy') fallback for older browsers.
// Browsers only allow it during a user gesture (a click or key press being handled).
void copy_to_clipboard(std::string_view utf8);

// CSS cursor over the canvas ("default", "text", "pointer", ...); unchanged values are free.
void set_css_cursor(const char* css_cursor);

}  // namespace ann::web
