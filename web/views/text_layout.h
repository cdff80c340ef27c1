// Word wrap for the article: splits a text into paragraphs (one per non-blank line of the
// source) and each paragraph into lines that fit a width, keeping BYTE offsets into the text
// so annotation spans (also byte offsets) can be drawn onto the lines.
//
//   "Vučić said.\n\nKrušik denied it."  at a narrow width =>
//     line {0, 13, y=0}   "Vučić said."
//     line {15, 33, y=line+gap}   "Krušik denied it."  (blank line => one paragraph gap)
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

struct ImFont;

namespace ann::web {

struct TextLine {
  uint32_t begin = 0;   // byte offset of the first character drawn
  uint32_t end = 0;     // byte offset past the last one (trailing blanks excluded)
  float y = 0;          // top of the line, from the top of the text
};

struct TextLayoutStyle {
  const ImFont* font = nullptr;
  float font_size = 16;        // CSS pixels
  float wrap_width = 600;      // CSS pixels
  float line_height = 25.6f;   // CSS pixels, >= font_size; the glyphs are centred in it
  float paragraph_gap = 18;    // extra CSS pixels between paragraphs
};

struct TextLayout {
  std::vector<TextLine> lines;
  float height = 0;            // of all lines and gaps
};

TextLayout lay_out_text(std::string_view text, const TextLayoutStyle& style);

// The x offset (CSS pixels from the line's left edge) of byte `offset` within `line`.
float x_of_offset(std::string_view text, const TextLine& line, uint32_t offset,
                  const TextLayoutStyle& style);

// The line containing y (clamped to the first/last line); -1 when there are no lines.
int line_at_y(const TextLayout& layout, float y, float line_height);

}  // namespace ann::web
