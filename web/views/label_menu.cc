#include "views/label_menu.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "views/hover_card.h"

namespace ann::web {
namespace {

constexpr const char* kPopupId = "##label-menu";
constexpr size_t kMaxMergeChoices = 200;

// "1" … "6": the key of a label, shown beside its menu item.
const char* label_key(int index) {
  static const char* keys[kLabelCount] = {"1", "2", "3", "4", "5", "6"};
  return keys[index];
}

// Case-insensitive (ASCII) substring test for the merge filter: "vuč" finds "Vučić".
bool contains_folded(std::string_view haystack, std::string_view needle) {
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [&](char a, char b) { return fold(a) == fold(b); });
  return it != haystack.end();
}

}  // namespace

bool LabelMenu::item(const char* label, const char* shortcut, bool checked, bool enabled) {
  bool clicked = ImGui::MenuItem(label, shortcut, checked, enabled);
  std::string_view name(label);
  name = name.substr(0, name.find("##"));
  note_item(boxes_, path_ + "/" + std::string(name));
  return clicked;
}

bool LabelMenu::begin_menu(const char* label) {
  bool open = ImGui::BeginMenu(label);
  note_item(boxes_, path_ + "/" + label);
  if (open) path_ += std::string("/") + label;
  return open;
}

void LabelMenu::end_menu() {
  ImGui::EndMenu();
  path_.erase(path_.rfind('/'));
}

void LabelMenu::open(const AppState& state) {
  ImGui::OpenPopup(kPopupId);
  opened_revision_ = state.revision();
  fresh_ = true;
  merge_filter_[0] = '\0';
}

bool LabelMenu::is_open() const { return ImGui::IsPopupOpen(kPopupId); }

void LabelMenu::draw(AppState& state, EditTarget& target, std::vector<ItemBox>* boxes) {
  boxes_ = boxes;
  path_ = "menu";
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 8));
  const bool open = ImGui::BeginPopup(kPopupId);
  ImGui::PopStyleVar();
  if (!open) return;
  // Any edit (from a key, the bar or the menu itself), Escape or read-only mode closes it.
  if (!can_edit(state) || state.revision() != opened_revision_ ||
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  if (target.marked) {
    ImGui::TextDisabled("Mark as");
    for (int i = 0; i < kLabelCount; ++i) {
      if (item(label_display_name(kLabelsInKeyOrder[i]), label_key(i))) {
        label_marked(state, target, kLabelsInKeyOrder[i]);
      }
    }
    if (item("Claim (what was said)", "C")) claim_marked(state, target);
    if (target.claim) {
      ImGui::Separator();
      if (item("Source of the selected claim")) set_claim_part(state, target, ClaimPart::Source);
      if (item("Cue of the selected claim")) set_claim_part(state, target, ClaimPart::Cue);
      if (item("Content of the selected claim")) set_claim_part(state, target, ClaimPart::Content);
    }
  } else if (target.entity) {
    entity_items(state, target);
  } else if (target.claim) {
    claim_items(state, target);
  }
  ImGui::Separator();
  // Undo and redo, named: "Undo add PERSON “Vučić”".
  const History& history = state.history();
  std::string undo = history.can_undo() ? "Undo " + std::string(history.undo_description()) : "Undo";
  std::string redo = history.can_redo() ? "Redo " + std::string(history.redo_description()) : "Redo";
  if (item((undo + "##undo").c_str(), "Ctrl+Z", false, history.can_undo())) state.undo();
  if (item((redo + "##redo").c_str(), "Ctrl+Y", false, history.can_redo())) state.redo();
  fresh_ = false;
  ImGui::EndPopup();
}

void LabelMenu::entity_items(AppState& state, EditTarget& target) {
  const Document& doc = state.document();
  const Entity& entity = *target.entity;
  const EntityGroup* group = doc.find_group(entity.group);
  if (fresh_) {
    std::snprintf(rename_, sizeof rename_, "%s", group ? group->canonical.c_str() : "");
  }
  for (bool whole_group : {false, true}) {
    if (!begin_menu(whole_group ? "Relabel whole group" : "Relabel")) continue;
    for (int i = 0; i < kLabelCount; ++i) {
      const Label label = kLabelsInKeyOrder[i];
      if (item(label_display_name(label), whole_group ? nullptr : label_key(i), entity.label == label)) {
        relabel(state, target, label, whole_group);
      }
    }
    end_menu();
  }
  if (item("Delete", "Del")) delete_selected(state, target);
  if (item("Split from group", nullptr, false, target.group_mentions > 1)) split_selected(state, target);
  if (begin_menu("Merge group into")) {
    merge_items(state, target);
    end_menu();
  }
  if (begin_menu("Rename group")) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    bool enter = ImGui::InputText("##rename", rename_, sizeof rename_, ImGuiInputTextFlags_EnterReturnsTrue);
    note_item(boxes_, path_ + "/name");
    ImGui::SameLine();
    const bool clicked = ImGui::Button("Rename");
    note_item(boxes_, path_ + "/Rename");
    if (clicked || enter) {
      rename_selected_group(state, target, rename_);
      ImGui::CloseCurrentPopup();
    }
    end_menu();
  }
}

void LabelMenu::merge_items(AppState& state, const EditTarget& target) {
  const Document& doc = state.document();
  const Entity& entity = *target.entity;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
  ImGui::InputTextWithHint("##merge-filter", "Filter groups", merge_filter_, sizeof merge_filter_);
  note_item(boxes_, path_ + "/filter");
  // Groups of the same label first (the usual case: "Vučić" into "Aleksandar Vučić").
  std::vector<const EntityGroup*> choices;
  for (const EntityGroup& g : doc.groups) {
    if (g.id != entity.group && contains_folded(g.canonical, merge_filter_)) choices.push_back(&g);
  }
  std::stable_sort(choices.begin(), choices.end(), [&](const EntityGroup* a, const EntityGroup* b) {
    bool a_same = a->label == entity.label, b_same = b->label == entity.label;
    if (a_same != b_same) return a_same;
    return a->canonical < b->canonical;
  });
  if (choices.empty()) ImGui::TextDisabled("No other group");
  for (size_t i = 0; i < choices.size() && i < kMaxMergeChoices; ++i) {
    const EntityGroup& g = *choices[i];
    std::string caption = g.canonical + "  (" + label_display_name(g.label) + ")##" + std::to_string(g.id);
    if (item(caption.c_str())) {
      merge_selected_into(state, target, g.id);
      break;
    }
  }
  if (choices.size() > kMaxMergeChoices) ImGui::TextDisabled("… type to narrow the list");
}

void LabelMenu::claim_items(AppState& state, EditTarget& target) {
  const Claim& claim = *target.claim;
  if (begin_menu("Kind")) {
    for (ClaimKind kind : {ClaimKind::Direct, ClaimKind::Indirect, ClaimKind::Mixed}) {
      std::string name(claim_kind_name(kind));
      if (item(name.c_str(), nullptr, claim.kind == kind)) set_claim_kind(state, target, kind);
    }
    end_menu();
  }
  if (begin_menu("Stance")) {
    if (item("assert", nullptr, claim.stance == ClaimStance::Assert)) set_claim_stance(state, target, ClaimStance::Assert);
    if (item("deny", nullptr, claim.stance == ClaimStance::Deny)) set_claim_stance(state, target, ClaimStance::Deny);
    end_menu();
  }
  if (item("Clear source", nullptr, false, claim.source.has_value())) clear_claim_part(state, target, ClaimPart::Source);
  if (item("Clear cue", nullptr, false, claim.cue.has_value())) clear_claim_part(state, target, ClaimPart::Cue);
  if (item("Delete claim", "Del")) delete_selected(state, target);
  ImGui::TextDisabled("To set the source or cue: mark it in the text");
}

}  // namespace ann::web
