// A small bar that floats under the selection, for mouse and touch alike:
//
//   marked text      Mark “Krušik” as  [1 Person] [2 Organisation] … [6 Quantity] [C Claim]
//                    (+ [Source] [Cue] [Content] of the selected claim)
//   entity           ■ Person “Vučić” · Aleksandar Vučić        relabel [1] … [6] [Delete] [Split]
//   claim            the claim editor: source, cue and content (Set from the marked text,
//                    Clear), kind, stance, Delete
// It sits below the selection's last line, or above its first when there is no room, and
// stays inside the article's rectangle. Not drawn in read-only mode.
#pragma once
#include "app/app_state.h"
#include "imgui.h"
#include "views/edit_actions.h"
#include "views/fonts.h"
#include "views/item_boxes.h"

namespace ann::web {

struct BarAnchor {
  float x = 0;          // left edge of the selection's last line piece (screen px)
  float top = 0;        // top of its first line
  float bottom = 0;     // bottom of its last line
  ImVec2 bounds_min, bounds_max;   // the article's visible rectangle
};

class SelectionBar {
 public:
  // Its buttons' boxes go to `boxes` ("bar/2 Organisation", "bar/deny"), for the tests.
  void draw(AppState& state, EditTarget& target, const BarAnchor& anchor, const Fonts& fonts,
            std::vector<ItemBox>* boxes);
  bool hovered() const { return hovered_; }   // the mouse is over the bar (not the text)

 private:
  void marked_items(AppState& state, EditTarget& target);
  void entity_items(AppState& state, EditTarget& target, const Fonts& fonts);
  void claim_items(AppState& state, EditTarget& target, const Fonts& fonts);

  ImVec2 size_ = ImVec2(0, 0);   // the bar's size last frame, to place it
  bool hovered_ = false;
};

}  // namespace ann::web
