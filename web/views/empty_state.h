// What a new user sees before pasting: how to start (paste, drop a file, Open), in the
// middle of the page.
#pragma once
#include "views/fonts.h"

namespace ann::web {

// Fills the rest of the current window. A read-only annotator takes no paste, drop or Open:
// it says that the page around it brings the article.
void draw_empty_state(const Fonts& fonts, bool read_only = false);

}  // namespace ann::web
