// The bar at the bottom: what the document holds (words, entities, claims), how long the
// annotation took, and the last notice ("The pasted text is blank.").
#pragma once
#include "app/app_state.h"

namespace ann::web {

void draw_status_bar(const AppState& state);
float status_bar_height();   // to leave room for it above

}  // namespace ann::web
