#include "views/item_boxes.h"

#include <utility>

#include "imgui.h"

namespace ann::web {

void note_item(std::vector<ItemBox>* boxes, std::string name) {
  if (!boxes) return;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  boxes->push_back({std::move(name), min.x, min.y, max.x - min.x, max.y - min.y});
}

}  // namespace ann::web
