// The article panel: the document's text, word-wrapped in a centred column of comfortable
// width and line height, with its annotations drawn onto it:
//   entity        a tint and an underline in its label's colour (theme.h)
//   claim         content on a pale yellow band, the source boxed and bold, the cue in bold amber
// Hovering an annotation shows a card (hover_card.h) and lights up the other mentions of the
// same entity group. Scrolls with the wheel, the scrollbar or the keyboard (arrows, Page
// Up/Down, Space, Home/End). Only the lines in view are drawn; the layout is redone when
// the document, the width or the font changes.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/app_state.h"
#include "imgui.h"
#include "views/fonts.h"
#include "views/line_marks.h"
#include "views/text_layout.h"

namespace ann::web {

// What the last frame showed, for the browser tests (window.annotatorTest.view()).
struct ArticleViewReport {
  struct Box { uint32_t entity; float x, y, width, height; };   // CSS px, page coordinates
  float scroll_y = 0;
  float scroll_max = 0;
  std::string hovered;             // "entity 3", "claim 0", or "" (indices into the Document)
  std::vector<Box> entity_boxes;   // the first visible piece of each entity in view
};

// {"scroll_y":0,"scroll_max":1893,"hovered":"entity 3","entity_boxes":[{"entity":0,"x":..}]}
std::string report_json(const ArticleViewReport& report);

class ArticleView {
 public:
  // Fills the rest of the current window.
  void draw(const AppState& state, const Fonts& fonts);
  const ArticleViewReport& report() const { return report_; }

 private:
  void update_layout(const AppState& state, const TextLayoutStyle& style);
  void handle_keyboard_scroll(float page_height);
  // The mark under the mouse (an index into marks_.marks), or -1.
  int hit_test(const std::string& text, ImVec2 mouse, float left, float top) const;
  void draw_line(const Document& doc, size_t line_index, float left, float top, int hovered);

  TextLayout layout_;
  TextLayoutStyle style_;
  LineMarks marks_;
  std::unordered_map<Id, int> group_mentions_;   // group id => number of entities in it
  uint64_t revision_ = UINT64_MAX;
  ArticleViewReport report_;
};

}  // namespace ann::web
