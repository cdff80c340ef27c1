// The app's fonts: DejaVu Sans, subset at build time (web/CMakeLists.txt) and compiled into
// the wasm as byte arrays (web/cmake/embed_fonts.py). Each is rasterised at size × devicePixelRatio and drawn at 1/devicePixelRatio
// (io.FontGlobalScale), so one texture pixel is one screen pixel: crisp on high-DPI screens.
//
//   Fonts fonts;
//   if (!load_fonts(2.0f, &fonts)) ...   // before the renderer builds its font texture
//   ImGui::PushFont(fonts.bold);
#pragma once

struct ImFont;

namespace ann::web {

struct Fonts {
  ImFont* regular = nullptr;   // UI and article text, 16 CSS px
  ImFont* bold = nullptr;      // claim sources, headings, 16 CSS px
  ImFont* title = nullptr;     // the empty state's headline, 22 CSS px, Latin-1 only
  float pixel_ratio = 0;       // the devicePixelRatio they were rasterised for
};

// Rebuilds ImGui's font atlas for `pixel_ratio`. Returns false when the fonts are empty
// (ImGui then falls back to its built-in ASCII font, so the app still runs).
bool load_fonts(float pixel_ratio, Fonts* out);

}  // namespace ann::web
