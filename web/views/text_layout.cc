#include "views/text_layout.h"

#include <algorithm>
#include <cfloat>

#include "imgui.h"

namespace ann::web {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Byte length of the UTF-8 sequence led by `lead` (the text is valid UTF-8).
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

// Lays out one paragraph [begin, end) of `text` (no '\n' inside) from y; returns the new y.
float lay_out_paragraph(std::string_view text, uint32_t begin, uint32_t end,
                        const TextLayoutStyle& style, float y, std::vector<TextLine>& lines) {
  const float scale = style.font_size / style.font->FontSize;
  const char* base = text.data();
  uint32_t pos = begin;
  while (pos < end) {
    const char* brk = style.font->CalcWordWrapPositionA(scale, base + pos, base + end, style.wrap_width);
    uint32_t line_end = static_cast<uint32_t>(brk - base);
    // A width narrower than one character still advances by a whole character.
    if (line_end <= pos) line_end = std::min<uint32_t>(end, pos + sequence_length(base[pos]));
    uint32_t visible_end = line_end;
    while (visible_end > pos && is_blank(base[visible_end - 1])) --visible_end;
    lines.push_back({pos, visible_end, y});
    y += style.line_height;
    pos = line_end;
    while (pos < end && is_blank(base[pos])) ++pos;   // the next line starts at a word
  }
  return y;
}

}  // namespace

TextLayout lay_out_text(std::string_view text, const TextLayoutStyle& style) {
  TextLayout layout;
  if (!style.font) return layout;
  float y = 0;
  bool first = true;
  size_t start = 0;
  while (start <= text.size()) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    uint32_t begin = static_cast<uint32_t>(start);
    uint32_t end = static_cast<uint32_t>(newline);
    while (begin < end && is_blank(text[begin])) ++begin;
    if (begin < end) {
      if (!first) y += style.paragraph_gap;
      first = false;
      y = lay_out_paragraph(text, begin, end, style, y, layout.lines);
    }
    start = newline + 1;
  }
  layout.height = y;
  return layout;
}

float x_of_offset(std::string_view text, const TextLine& line, uint32_t offset,
                  const TextLayoutStyle& style) {
  offset = std::clamp(offset, line.begin, line.end);
  const char* base = text.data();
  return style.font->CalcTextSizeA(style.font_size, FLT_MAX, 0, base + line.begin, base + offset).x;
}

int line_at_y(const TextLayout& layout, float y, float line_height) {
  if (layout.lines.empty()) return -1;
  // The first line whose bottom is below y.
  auto it = std::lower_bound(layout.lines.begin(), layout.lines.end(), y,
                             [&](const TextLine& line, float value) { return line.y + line_height <= value; });
  if (it == layout.lines.end()) return static_cast<int>(layout.lines.size()) - 1;
  return static_cast<int>(it - layout.lines.begin());
}

}  // namespace ann::web
