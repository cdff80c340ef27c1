// The article panel: the document's text, word-wrapped in a centred column of comfortable
// width and line height, scrolled with the wheel, the scrollbar or the keyboard (arrows,
// Page Up/Down, Space, Home/End). Only the lines in view are drawn, so long articles cost
// nothing extra per frame; the layout is redone when the text, width or font changes.
#pragma once
#include <cstdint>

#include "app/app_state.h"
#include "views/fonts.h"
#include "views/text_layout.h"

namespace ann::web {

class ArticleView {
 public:
  // Fills the rest of the current window.
  void draw(const AppState& state, const Fonts& fonts);

 private:
  void update_layout(const AppState& state, const TextLayoutStyle& style);
  void handle_keyboard_scroll(float page_height);

  TextLayout layout_;
  TextLayoutStyle style_;
  uint64_t revision_ = UINT64_MAX;
};

}  // namespace ann::web
