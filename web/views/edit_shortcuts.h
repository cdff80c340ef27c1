// The article's editing keys, read once per frame (ImGui 1.86: io.KeysDown by GLFW key code).
//
//   1-6                 label the marked text (PERSON ORG PLACE NORP DATE QUANTITY), or
//                       relabel the selected entity; Shift+1-6 relabels its whole group
//   C                   the marked text becomes a claim's content
//   Delete, Backspace   delete the selected entity or claim
//   Escape              unmark the marked text, else clear the selection
//   Ctrl+Z              undo; Ctrl+Shift+Z or Ctrl+Y redo (Cmd on macOS)
// Nothing happens while a text field has the keyboard (the search bar, a rename box), and
// in read-only mode only Escape works.
#pragma once
#include "app/app_state.h"
#include "views/edit_actions.h"

namespace ann::web {

void handle_edit_shortcuts(AppState& state, EditTarget& target);

}  // namespace ann::web
