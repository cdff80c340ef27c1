// ViewOptions: how the app shows the document, set by the user (toolbar, panels) or by an
// embedding page (annotator.mjs options). Plain data; views read it every frame.
//
//   state.options().label_visible[size_t(ann::Label::Date)] = false;   // hide dates
//   state.options().read_only = true;                                  // no edits from the UI
#pragma once
#include <array>

namespace ann::web {

enum class Theme { Light, Dark };

struct ViewOptions {
  bool read_only = false;                 // embedding option: the UI offers no edits
  std::array<bool, 6> label_visible = {true, true, true, true, true, true};   // by ann::Label
  bool show_claims = true;                // claim bands and marks in the article view
  Theme theme = Theme::Light;
};

}  // namespace ann::web
