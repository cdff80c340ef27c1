// ViewOptions: how the app shows the document, set by the user (toolbar, panels) or by an
// embedding page (annotator.mjs options). Plain data; views read it every frame.
//
//   state.options().label_visible[size_t(ann::Label::Date)] = false;   // hide dates
//   state.options().read_only = true;                                  // no edits from the UI
#pragma once
#include <array>
#include <vector>

#include "document/document.h"

namespace ann::web {

enum class Theme { Light, Dark };

struct ViewOptions {
  bool read_only = false;                 // embedding option: the UI offers no edits
  std::array<bool, 6> label_visible = {true, true, true, true, true, true};   // by ann::Label
  bool show_claims = true;                // claim bands and marks in the article view
  Theme theme = Theme::Light;

  // Search (Ctrl+F): the search bar fills these, the article view marks every hit and scrolls
  // to hit number search_current whenever that number or the hits change.
  std::vector<Span> search_hits;          // byte spans in document().text, sorted
  int search_current = -1;                // index into search_hits, -1 for none
};

}  // namespace ann::web
