// The Recent menu: documents saved in this browser, newest first, with their date and size;
// open one, or delete it (the open document stays open).
//
//   BELGRADE — Serbian President Aleksandar…   25 Nov 2026, 15:14   5.1 KB   [Open] [Delete]
#pragma once
#include "app/app_state.h"

namespace ann::web {

// Call inside the toolbar right after the Recent button: `open_now` opens the popup.
void draw_recent_documents(AppState& state, bool open_now);

}  // namespace ann::web
