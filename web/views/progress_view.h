// Messages drawn over the whole window: "Annotating 1.2 MB…" while a big text waits for its
// turn (DocumentIo), and "Drop the file to open it" while files are dragged over the page.
#pragma once
#include "views/fonts.h"

namespace ann::web {

void draw_progress_overlay(const Fonts& fonts);

}  // namespace ann::web
