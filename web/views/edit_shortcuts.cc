#include "views/edit_shortcuts.h"

#include "imgui.h"

namespace ann::web {
namespace {

// GLFW key codes of printable keys are their ASCII codes ('1' = 49, 'C' = 67); the keypad's
// digits are GLFW_KEY_KP_0 (320) onwards. ImGui 1.86 names only a few keys (ImGuiKey_Z ...).
constexpr int kKeyDigit1 = '1';
constexpr int kKeyPadDigit1 = 321;
constexpr int kKeyC = 'C';

bool pressed(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, false); }
bool pressed_named(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }

// The label of a pressed key 1-6, or -1.
int pressed_label() {
  for (int i = 0; i < kLabelCount; ++i) {
    if (pressed(kKeyDigit1 + i) || pressed(kKeyPadDigit1 + i)) return i;
  }
  return -1;
}

}  // namespace

void handle_edit_shortcuts(AppState& state, EditTarget& target) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (pressed_named(ImGuiKey_Escape)) {
    if (target.marked) {
      target.marked.reset();
    } else {
      state.select({});
    }
    return;
  }
  if (!can_edit(state)) return;

  const bool command = io.KeyCtrl || io.KeySuper;
  if (command) {
    if (pressed_named(ImGuiKey_Z)) {
      if (io.KeyShift) state.redo(); else state.undo();
    } else if (pressed_named(ImGuiKey_Y)) {
      state.redo();
    }
    return;
  }
  if (io.KeyAlt) return;

  if (int label = pressed_label(); label >= 0) {
    if (target.marked) {
      label_marked(state, target, kLabelsInKeyOrder[label]);
    } else if (target.entity) {
      relabel(state, target, kLabelsInKeyOrder[label], io.KeyShift);
    }
  } else if (pressed(kKeyC) && target.marked) {
    claim_marked(state, target);
  } else if (pressed_named(ImGuiKey_Delete) || pressed_named(ImGuiKey_Backspace)) {
    delete_selected(state, target);
  }
}

}  // namespace ann::web
