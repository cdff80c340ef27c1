// What a new user sees before pasting: how to start (paste, drop a file, Open), in the
// middle of the page.
#pragma once
#include "views/fonts.h"

namespace ann::web {

// Fills the rest of the current window.
void draw_empty_state(const Fonts& fonts);

}  // namespace ann::web
