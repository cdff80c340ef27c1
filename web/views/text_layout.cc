#include "views/text_layout.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"   // ImTextCharFromUtf8

namespace ann::web {
namespace {

bool is_blank(unsigned int c) { return c == ' ' || c == '\t' || c == '\r' || c == 0x3000; }

// A line may end after these: "state-|run", "1990–|1995", "war—|and".
bool breaks_after(unsigned int c) { return c == '-' || c == 0x2013 || c == 0x2014; }

// Decodes the character at `pos` (valid UTF-8) and returns its byte length (>= 1).
int next_char(std::string_view text, uint32_t pos, unsigned int* c) {
  int length = ImTextCharFromUtf8(c, text.data() + pos, text.data() + text.size());
  return length > 0 ? length : 1;
}

// Advance widths in CSS pixels, each character in the font its position calls for.
class Measure {
 public:
  Measure(const TextLayout& layout, const TextLayoutStyle& style)
      : layout_(layout),
        regular_(style.font),
        bold_(style.bold_font ? style.bold_font : style.font),
        regular_scale_(style.font_size / regular_->FontSize),
        bold_scale_(style.font_size / bold_->FontSize) {}

  float advance(unsigned int c, uint32_t offset) const {
    if (c == '\r') return 0;
    auto glyph = static_cast<ImWchar>(c <= 0xFFFF ? c : 0xFFFD);
    return is_bold(layout_, offset) ? bold_->GetCharAdvance(glyph) * bold_scale_
                                    : regular_->GetCharAdvance(glyph) * regular_scale_;
  }

 private:
  const TextLayout& layout_;
  const ImFont* regular_;
  const ImFont* bold_;
  float regular_scale_, bold_scale_;
};

// Lays out one paragraph [begin, end) of `text` (no '\n' inside) from y; returns the new y.
float lay_out_paragraph(std::string_view text, uint32_t begin, uint32_t end,
                        const TextLayoutStyle& style, const Measure& measure, float y,
                        std::vector<TextLine>& lines) {
  uint32_t pos = begin;
  while (pos < end) {
    // Greedy: take characters until one does not fit, then go back to the last break.
    float x = 0;
    uint32_t break_end = 0, break_next = 0;   // the last break: line end, next line start
    uint32_t line_end = end, next = end;
    bool after_blank = false;
    for (uint32_t i = pos; i < end;) {
      unsigned int c = 0;
      int length = next_char(text, i, &c);
      float width = measure.advance(c, i);
      const bool blank = is_blank(c);
      if (blank) {
        if (!after_blank) break_end = i;   // the first blank of a run ends the line
        break_next = i + length;
      } else if (x + width > style.wrap_width && i > pos) {
        if (break_next > pos) {
          line_end = break_end;
          next = break_next;
        } else {
          line_end = next = i;   // a word wider than the column
        }
        break;
      } else if (breaks_after(c)) {
        break_end = break_next = i + length;
      }
      after_blank = blank;
      x += width;
      i += length;
    }
    while (line_end > pos && is_blank(static_cast<unsigned char>(text[line_end - 1]))) --line_end;
    lines.push_back({pos, line_end, y});
    y += style.line_height;
    pos = next;
    while (pos < end && is_blank(static_cast<unsigned char>(text[pos]))) ++pos;   // next word
  }
  return y;
}

}  // namespace

std::vector<Span> merge_spans(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (Span s : spans) {
    if (s.empty()) continue;
    if (!merged.empty() && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

TextLayout lay_out_text(std::string_view text, const TextLayoutStyle& style, std::vector<Span> bold) {
  TextLayout layout;
  layout.bold = merge_spans(std::move(bold));
  if (!style.font) return layout;
  Measure measure(layout, style);
  float y = 0;
  bool first = true;
  size_t start = 0;
  while (start <= text.size()) {
    size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    uint32_t begin = static_cast<uint32_t>(start);
    uint32_t end = static_cast<uint32_t>(newline);
    while (begin < end && is_blank(static_cast<unsigned char>(text[begin]))) ++begin;
    if (begin < end) {
      if (!first) y += style.paragraph_gap;
      first = false;
      y = lay_out_paragraph(text, begin, end, style, measure, y, layout.lines);
    }
    start = newline + 1;
  }
  layout.height = y;
  return layout;
}

bool is_bold(const TextLayout& layout, uint32_t offset) {
  auto it = std::upper_bound(layout.bold.begin(), layout.bold.end(), offset,
                             [](uint32_t value, const Span& s) { return value < s.begin; });
  return it != layout.bold.begin() && offset < std::prev(it)->end;
}

float x_of_offset(std::string_view text, const TextLayout& layout, const TextLine& line,
                  uint32_t offset, const TextLayoutStyle& style) {
  offset = std::clamp(offset, line.begin, line.end);
  Measure measure(layout, style);
  float x = 0;
  for (uint32_t pos = line.begin; pos < offset;) {
    unsigned int c = 0;
    int length = next_char(text, pos, &c);
    x += measure.advance(c, pos);
    pos += length;
  }
  return x;
}

uint32_t offset_at_x(std::string_view text, const TextLayout& layout, const TextLine& line,
                     float x, const TextLayoutStyle& style) {
  if (x < 0) return line.begin;
  Measure measure(layout, style);
  float left = 0;
  for (uint32_t pos = line.begin; pos < line.end;) {
    unsigned int c = 0;
    int length = next_char(text, pos, &c);
    left += measure.advance(c, pos);
    if (x < left) return pos;
    pos += length;
  }
  return line.end;
}

uint32_t caret_at_x(std::string_view text, const TextLayout& layout, const TextLine& line,
                    float x, const TextLayoutStyle& style) {
  if (x <= 0) return line.begin;
  Measure measure(layout, style);
  float left = 0;
  for (uint32_t pos = line.begin; pos < line.end;) {
    unsigned int c = 0;
    int length = next_char(text, pos, &c);
    float width = measure.advance(c, pos);
    if (x < left + width / 2) return pos;
    left += width;
    pos += length;
  }
  return line.end;
}

int line_of_offset(const TextLayout& layout, uint32_t offset) {
  auto it = std::upper_bound(layout.lines.begin(), layout.lines.end(), offset,
                             [](uint32_t value, const TextLine& line) { return value < line.end; });
  if (it == layout.lines.end()) return -1;
  return static_cast<int>(it - layout.lines.begin());
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
