// The search bar (Ctrl+F or Cmd+F): finds every occurrence of the typed text in the article,
// ignoring case and diacritics (text_search.h), and fills options().search_hits, which the
// article view marks.
//
//   Find [vucic            ]  3 of 12  [▲] [▼]  [×]
//
// Enter or ▼ goes to the next hit, Shift+Enter or ▲ to the previous one (wrapping round);
// options().search_current is the hit shown, and the article view scrolls to it. Escape or ×
// closes the bar and clears the hits. The text is folded once per document text
// (TextSearchIndex), so a keystroke costs one scan, not a fold of the whole article.
#pragma once
#include <cstdint>
#include <string>

#include "app/app_state.h"
#include "text/text_search.h"

namespace ann::web {

class SearchBar {
 public:
  void open();   // shows the bar with the cursor in it (again, if it is open)
  void close(AppState& state);
  bool is_open() const { return open_; }
  // Draws one row at the cursor when open; updates the hits when the query or the text changed.
  void draw(AppState& state);
  float height() const;
  // {"open":true,"query":"vucic","hits":12,"current":2,"shown":"3 of 12","previous":[x,y,w,h],
  //  "next":[x,y,w,h]}
  std::string report_json(const AppState& state) const;

 private:
  void search(AppState& state);
  void step(AppState& state, int delta);

  bool open_ = false;
  bool focus_ = false;
  char query_[256] = "";
  std::string searched_;                  // the query the hits are for
  uint64_t searched_text_ = UINT64_MAX;   // AppState::text_revision() they are for
  TextSearchIndex index_;
  uint64_t indexed_text_ = UINT64_MAX;
  bool capped_ = false;                   // more hits than kMaxHits
  std::string shown_;                     // "3 of 12"
  float previous_box_[4] = {}, next_box_[4] = {};   // the ▲ ▼ buttons (x, y, w, h), for tests
};

}  // namespace ann::web
