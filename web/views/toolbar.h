// The bar at the top: the app's name, bringing a document in (Open, Paste, Recent) and taking
// it out (Export, Copy text), and Clear. It also draws the io overlays (progress, drop).
// A read-only embedding has no toolbar (the host page brings documents in and exports).
//
// When the window is narrow the bar gives up room step by step, never overlapping itself:
//   Article annotator  [Open…] [Paste] [Recent]        [Export] [Copy text] [Clear]
//   [Open…] [Paste] [Recent]      [Export] [Copy text] [Clear]      (no room for the name)
//   [Open…] [Paste] [Recent]                                         (a phone: two rows)
//                                 [Export] [Copy text] [Clear]
#pragma once
#include "app/app_state.h"
#include "views/fonts.h"

namespace ann::web {

// How the bar fits `width`: the widths of the name and of the left and right button groups
// (0 for an empty group), and the gap kept between two of them.
struct ToolbarLayout {
  bool show_title = true;
  int rows = 1;   // 2: the right group goes on a row of its own
};
ToolbarLayout fit_toolbar(float width, float title, float left, float right, float gap);

void draw_toolbar(AppState& state, const Fonts& fonts);

}  // namespace ann::web
