#include "views/fonts.h"

#include "imgui.h"

namespace ann::web {

// The subset TTF files, compiled into the wasm (web/cmake/embed_fonts.py writes them).
extern const unsigned char kDejaVuSans[];
extern const unsigned int kDejaVuSansSize;
extern const unsigned char kDejaVuSansBold[];
extern const unsigned int kDejaVuSansBoldSize;

namespace {

constexpr float kTextSize = 16.0f;
constexpr float kTitleSize = 22.0f;

// Must match FONT_UNICODES in web/CMakeLists.txt (the subset kept in the font files).
const ImWchar kTextRanges[] = {
    0x0020, 0x007E,   // Basic Latin
    0x00A0, 0x024F,   // Latin-1 Supplement, Latin Extended-A and -B: "Vučić", "Krušik"
    0x0370, 0x03FF,   // Greek
    0x0400, 0x04FF,   // Cyrillic
    0x2000, 0x206F,   // General Punctuation: ’ “ ” – — … and the thin spaces
    0x20A0, 0x20CF,   // Currency Symbols: € ₽ ₴
    0x2B1A, 0x2B1A,   // ⬚ the placeholder for any character the font lacks (kPlaceholder)
    0xFE00, 0xFE0F,   // variation selectors: zero width, so "❤️" is one placeholder, not two
    0,
};

// What a character outside the subset draws as: emoji, CJK, Arabic, U+FFFD (the core's stand-in
// for invalid bytes). ImGui 1.86 keeps 16-bit characters and turns every one above U+FFFF
// into U+FFFD before looking it up, so an emoji is one ⬚ per code point ("👍🏽" is two), and
// the article layout (text_layout.cc) measures the same advance it is drawn with: offsets
// and hit boxes stay right.
constexpr ImWchar kPlaceholder = 0x2B1A;   // DOTTED SQUARE: neutral, unlike "�", which reads as an error
const ImWchar kTitleRanges[] = {0x0020, 0x00FF, 0};

struct FontBytes {
  const unsigned char* data;
  unsigned int size;
};

ImFont* add_font(FontBytes font, float css_size, float pixel_ratio, const ImWchar* ranges) {
  ImFontConfig config;
  config.SizePixels = css_size * pixel_ratio;
  // Subpixel positions need horizontal oversampling on 1x screens; at 2x the pixels are small
  // enough, and the atlas stays a quarter of the size.
  config.OversampleH = pixel_ratio < 1.5f ? 2 : 1;
  config.OversampleV = 1;
  config.FontDataOwnedByAtlas = false;   // static bytes: the atlas must not free them
  ImFont* added = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font.data),
                                                             static_cast<int>(font.size),
                                                             config.SizePixels, &config, ranges);
  // Read when the atlas is built; a font without the placeholder falls back to "?".
  if (added) added->FallbackChar = kPlaceholder;
  return added;
}

}  // namespace

bool load_fonts(float pixel_ratio, Fonts* out) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  *out = Fonts{};
  out->pixel_ratio = pixel_ratio;
  const FontBytes regular{kDejaVuSans, kDejaVuSansSize};
  const FontBytes bold{kDejaVuSansBold, kDejaVuSansBoldSize};
  if (regular.size == 0 || bold.size == 0) {
    ImFont* fallback = io.Fonts->AddFontDefault();
    out->regular = out->bold = out->title = fallback;
    io.FontGlobalScale = 1.0f;
    return false;
  }
  out->regular = add_font(regular, kTextSize, pixel_ratio, kTextRanges);
  out->bold = add_font(bold, kTextSize, pixel_ratio, kTextRanges);
  out->title = add_font(bold, kTitleSize, pixel_ratio, kTitleRanges);
  io.FontDefault = out->regular;
  io.FontGlobalScale = 1.0f / pixel_ratio;
  return io.Fonts->Build();
}

}  // namespace ann::web
