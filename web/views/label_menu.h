// The article's right-click menu: what can be done with the marked text or the selected
// annotation, each item with its key where it has one.
//
//   marked text      Person 1 … Quantity 6 · Claim C · Source / Cue / Content of the
//                    selected claim
//   entity           Relabel ▸ · Relabel whole group ▸ · Delete · Split from group ·
//                    Merge group into ▸ (a filtered list) · Rename group ▸
//   claim            Kind ▸ · Stance ▸ · Clear source · Clear cue · Delete claim
//   always           Undo “…” · Redo “…”
// Never shown in read-only mode.
#pragma once
#include <string>
#include <vector>

#include "app/app_state.h"
#include "views/edit_actions.h"
#include "views/item_boxes.h"

namespace ann::web {

class LabelMenu {
 public:
  // Call on a right-click, from the window that draws the menu. Any edit closes it.
  void open(const AppState& state);
  // Draws the menu while it is open; call every frame from the same window. Its items'
  // boxes go to `boxes` ("menu/Relabel/Place"), for the tests.
  void draw(AppState& state, EditTarget& target, std::vector<ItemBox>* boxes);
  bool is_open() const;

 private:
  void entity_items(AppState& state, EditTarget& target);
  void merge_items(AppState& state, const EditTarget& target);
  void claim_items(AppState& state, EditTarget& target);
  // ImGui::MenuItem / BeginMenu that also note their box under "menu/<path>/<label>".
  bool item(const char* label, const char* shortcut = nullptr, bool checked = false, bool enabled = true);
  bool begin_menu(const char* label);
  void end_menu();

  std::vector<ItemBox>* boxes_ = nullptr;
  std::string path_ = "menu";
  char rename_[256] = {};
  char merge_filter_[64] = {};
  bool fresh_ = false;   // just opened: fill the rename box
  uint64_t opened_revision_ = 0;
};

}  // namespace ann::web
