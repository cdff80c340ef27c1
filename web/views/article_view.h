// The article panel: the document's text, word-wrapped in a centred column of comfortable
// width and line height, with its annotations drawn onto it:
//   entity        a tint and an underline in its label's colour (theme.h); one made or
//                 changed by hand has a small folded corner
//   claim         content on a pale yellow band, the source boxed and bold, the cue in bold amber
//   search hits   an orange band, the current hit stronger and outlined
//   selection     the selected entity (or every mention of a selected group) or claim
//                 outlined; text marked by a drag on a blue band
// Hovering an annotation shows a card (hover_card.h) and lights up the other mentions of the
// same entity group. Scrolls with the wheel, the scrollbar or the keyboard (arrows, Page
// Up/Down, Space, Home/End), and to the selection or the current search hit when another
// panel changes them. Only the lines in view are drawn; the layout is redone when the
// document, the width, the font or the claims toggle changes.
//
// Correcting (unless options().read_only): click an annotation to select it; drag to mark
// words (snapped to word edges, exact characters with Alt held; a double click marks one
// word); then keys (edit_shortcuts.h), the bar under the selection (selection_bar.h) or the
// right-click menu (label_menu.h) label, relabel, delete, merge, split and make claims.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/app_state.h"
#include "imgui.h"
#include "views/edit_actions.h"
#include "views/fonts.h"
#include "views/item_boxes.h"
#include "views/label_menu.h"
#include "views/line_marks.h"
#include "views/selection_bar.h"
#include "views/text_layout.h"

namespace ann::web {

// What the last frame showed, for the browser tests (window.annotatorTest.view()).
struct ArticleViewReport {
  struct Box { uint32_t entity; float x, y, width, height; };   // CSS px, page coordinates
  float scroll_y = 0;
  float scroll_max = 0;
  std::string hovered;             // "entity 3", "claim 0", or "" (indices into the Document)
  std::vector<Box> entity_boxes;   // the first visible piece of each entity in view
  std::string selected;            // "entity 3", "group 7", "claim 0" (indices; a group's id)
  std::optional<Span> marked;      // byte span of the text marked by a drag
  bool menu_open = false;          // the right-click menu
  bool bar_open = false;           // the bar under the selection
  std::vector<ItemBox> items;      // the menu's and the bar's items ("menu/Delete", "bar/deny")
};

// {"scroll_y":0,"scroll_max":1893,"hovered":"entity 3","entity_boxes":[{"entity":0,"x":..}],
//  "selected":"entity 3","marked":[10,17],"menu_open":false,"bar_open":true,
//  "items":[{"name":"bar/1 Person","x":..,"y":..,"width":..,"height":..}]}
std::string report_json(const ArticleViewReport& report);

class ArticleView {
 public:
  // Fills the rest of the current window.
  void draw(AppState& state, const Fonts& fonts);
  const ArticleViewReport& report() const { return report_; }
  // Where byte span `span` starts on screen as of the last frame (CSS px: x, y, width and
  // height of its first line piece), for tests that drag over words; nullopt if not laid out.
  std::optional<ImVec4> span_box(Span span) const;

 private:
  void update_layout(const AppState& state, const TextLayoutStyle& style);
  void resolve_selection(const AppState& state);
  void follow_other_panels(const AppState& state, float view_height);
  void scroll_to(Span span, float view_height);
  void handle_keyboard_scroll(float page_height);
  void handle_mouse(AppState& state, int hovered);
  void open_menu_at(AppState& state, uint32_t caret, int hovered);
  void select_mark(AppState& state, int mark);
  bool shown(const Document& doc, const Mark& mark) const;
  bool is_selected(const Document& doc, const Mark& mark) const;
  // The mark under the mouse (an index into marks_.marks), or -1.
  int hit_test(const std::string& text, ImVec2 mouse) const;
  uint32_t caret_under(const std::string& text, ImVec2 mouse) const;
  Span drag_span(const std::string& text, uint32_t caret, bool exact) const;
  void draw_line(const Document& doc, size_t line_index, int hovered);
  void draw_line_bands(const Document& doc, const TextLine& line, float glyph_top, float glyph_bottom);
  void draw_selection_bar(AppState& state, const Fonts& fonts, ImVec2 view_min, ImVec2 view_max);

  TextLayout layout_;
  TextLayoutStyle style_;
  bool layout_claims_ = true;   // whether the layout set sources and cues in bold
  LineMarks marks_;
  std::unordered_map<Id, int> group_mentions_;   // group id => number of entities in it
  uint64_t revision_ = UINT64_MAX;
  uint64_t layout_text_revision_ = UINT64_MAX;   // the text the lines were laid out for
  float left_ = 0, top_ = 0;    // screen position of the text column's top-left, last frame
  const Document* document_ = nullptr;      // as of the last draw
  const ViewOptions* options_ = nullptr;

  // Selection and marking.
  EditTarget target_;
  Id selected_group_ = kNoId;                      // a selected group's id
  std::string selected_name_;                      // for the report: "entity 3"
  uint64_t resolved_revision_ = UINT64_MAX;        // target_ copies as of these revisions
  uint64_t resolved_selection_ = UINT64_MAX;
  uint64_t text_revision_ = UINT64_MAX;
  uint64_t followed_selection_ = 0;                // the selection change last scrolled to
  bool pressing_ = false;                          // the left button went down on the text
  bool dragging_ = false;
  uint32_t drag_anchor_ = 0;
  Span drag_preview_;

  // The current search hit last scrolled to: (hit count, index, span).
  size_t followed_hits_ = 0;
  int followed_current_ = -1;
  Span followed_hit_;

  LabelMenu menu_;
  SelectionBar bar_;
  ArticleViewReport report_;
};

}  // namespace ann::web
