#include "views/fonts.h"

#include <cstdio>

#include "imgui.h"

namespace ann::web {
namespace {

constexpr const char* kRegularPath = "/assets/DejaVuSans.ttf";
constexpr const char* kBoldPath = "/assets/DejaVuSans-Bold.ttf";
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
    0xFFFD, 0xFFFD,   // the replacement character the core puts for invalid bytes
    0,
};
const ImWchar kTitleRanges[] = {0x0020, 0x00FF, 0};

bool file_exists(const char* path) {
  std::FILE* f = std::fopen(path, "rb");
  if (f) std::fclose(f);
  return f != nullptr;
}

ImFont* add_font(const char* path, float css_size, float pixel_ratio, const ImWchar* ranges) {
  ImFontConfig config;
  config.SizePixels = css_size * pixel_ratio;
  // Subpixel positions need horizontal oversampling on 1x screens; at 2x the pixels are small
  // enough, and the atlas stays a quarter of the size.
  config.OversampleH = pixel_ratio < 1.5f ? 2 : 1;
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path, config.SizePixels, &config, ranges);
}

}  // namespace

bool load_fonts(float pixel_ratio, Fonts* out) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  *out = Fonts{};
  out->pixel_ratio = pixel_ratio;
  if (!file_exists(kRegularPath) || !file_exists(kBoldPath)) {
    ImFont* fallback = io.Fonts->AddFontDefault();
    out->regular = out->bold = out->title = fallback;
    io.FontGlobalScale = 1.0f;
    return false;
  }
  out->regular = add_font(kRegularPath, kTextSize, pixel_ratio, kTextRanges);
  out->bold = add_font(kBoldPath, kTextSize, pixel_ratio, kTextRanges);
  out->title = add_font(kBoldPath, kTitleSize, pixel_ratio, kTitleRanges);
  io.FontDefault = out->regular;
  io.FontGlobalScale = 1.0f / pixel_ratio;
  return io.Fonts->Build();
}

}  // namespace ann::web
