// Where named widgets were drawn in the last frame, so the browser tests can click a menu
// item or a button where a user would (window.annotatorTest.view().items).
//
//   if (ImGui::MenuItem("Delete")) ...;
//   note_item(boxes, "menu/Delete");   // {"name":"menu/Delete","x":..,"y":..,"width":..,..}
#pragma once
#include <string>
#include <vector>

namespace ann::web {

struct ItemBox {
  std::string name;
  float x = 0, y = 0, width = 0, height = 0;   // CSS px, page coordinates
};

// Records the last ImGui item's rectangle under `name` (nothing when `boxes` is null).
void note_item(std::vector<ItemBox>* boxes, std::string name);

}  // namespace ann::web
