// The Export menu: each format as a download or copied to the clipboard (docs/exports.md).
//
//   Document JSON (.json)              [Download] [Copy]   everything; reopens with Open
//   W3C Web Annotation (.jsonld)       [Download] [Copy]
//   brat standoff (.txt + .ann)        [Download 2 files] [Copy .ann]
//   brat annotation.conf               [Download] [Copy]
//   Claims table (.claims.csv)         [Download] [Copy]
//   HTML page (.html)                  [Download] [Copy]
#pragma once
#include "app/app_state.h"

namespace ann::web {

// Call inside the toolbar right after the Export button (ImGui item): it opens the popup.
void draw_export_menu(AppState& state, bool open_now);

}  // namespace ann::web
