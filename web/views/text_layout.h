// Word wrap for the article: splits a text into paragraphs (one per non-blank line of the
// source) and each paragraph into lines that fit a width, keeping BYTE offsets into the text
// so annotation spans (also byte offsets) can be drawn onto the lines. Some spans may be set
// in bold (claim sources and cues); the wrap measures them with the bold font.
//
//   "Vučić said.\n\nKrušik denied it."  at a narrow width =>
//     line {0, 13, y=0}           "Vučić said."
//     line {15, 33, y=line+gap}   "Krušik denied it."  (blank line => one paragraph gap)
//   Lines break after blanks, hyphens and dashes ("state-run", "1990–1995"); a word wider
//   than the column is cut where it overflows.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "document/document.h"

struct ImFont;

namespace ann::web {

struct TextLine {
  uint32_t begin = 0;   // byte offset of the first character drawn
  uint32_t end = 0;     // byte offset past the last one (trailing blanks excluded)
  float y = 0;          // top of the line, from the top of the text
};

struct TextLayoutStyle {
  const ImFont* font = nullptr;
  const ImFont* bold_font = nullptr;   // for TextLayout::bold; `font` when null
  float font_size = 16;        // CSS pixels
  float wrap_width = 600;      // CSS pixels
  float line_height = 25.6f;   // CSS pixels, >= font_size; the glyphs are centred in it
  float paragraph_gap = 18;    // extra CSS pixels between paragraphs
};

struct TextLayout {
  std::vector<TextLine> lines;
  std::vector<Span> bold;      // sorted, not overlapping
  float height = 0;            // of all lines and gaps
};

// `bold` may be unsorted and overlapping; it is merged into TextLayout::bold.
TextLayout lay_out_text(std::string_view text, const TextLayoutStyle& style,
                        std::vector<Span> bold = {});

// Sorted, overlapping and touching spans joined, empty ones dropped: what TextLayout::bold
// holds for a given list. [5,9) [0,3) [8,12) => [0,3) [5,12)
std::vector<Span> merge_spans(std::vector<Span> spans);

// Whether byte `offset` is set in bold.
bool is_bold(const TextLayout& layout, uint32_t offset);

// The x offset (CSS pixels from the line's left edge) of byte `offset` within `line`.
float x_of_offset(std::string_view text, const TextLayout& layout, const TextLine& line,
                  uint32_t offset, const TextLayoutStyle& style);

// The byte offset of the character under x (CSS pixels from the line's left edge): the
// line's begin for x < 0, its end for x past the last character.
uint32_t offset_at_x(std::string_view text, const TextLayout& layout, const TextLine& line,
                     float x, const TextLayoutStyle& style);

// The caret position nearest to x: the boundary between two characters, so a drag that ends
// in the right half of "d" in "said" includes the "d".
uint32_t caret_at_x(std::string_view text, const TextLayout& layout, const TextLine& line,
                    float x, const TextLayoutStyle& style);

// The line that shows byte `offset` (the next line when it falls between two lines);
// -1 past the last line.
int line_of_offset(const TextLayout& layout, uint32_t offset);

// The line containing y (clamped to the first/last line); -1 when there are no lines.
int line_at_y(const TextLayout& layout, float y, float line_height);

}  // namespace ann::web
