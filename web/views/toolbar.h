// The bar at the top: the app's name and the document actions (copy the text, clear).
#pragma once
#include "app/app_state.h"
#include "views/fonts.h"

namespace ann::web {

void draw_toolbar(AppState& state, const Fonts& fonts);

}  // namespace ann::web
