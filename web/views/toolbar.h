// The bar at the top: the app's name, bringing a document in (Open, Paste, Recent) and taking
// it out (Export, Copy text), and Clear. It also draws the io overlays (progress, drop).
#pragma once
#include "app/app_state.h"
#include "views/fonts.h"

namespace ann::web {

void draw_toolbar(AppState& state, const Fonts& fonts);

}  // namespace ann::web
