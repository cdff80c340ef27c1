#include "views/entities_panel.h"

#include <algorithm>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"   // RenderArrow
#include "text/text_search.h"
#include "views/hover_card.h"
#include "views/panel_rows.h"
#include "views/theme.h"

namespace ann::web {
namespace {

constexpr size_t kMergeChoices = 40;   // the "Merge into" menu lists this many groups at most

// "1 group, 1 mention", "4 groups, 10 mentions": a count always says what it counts (the
// legend's and the group rows' bare numbers are mentions).
std::string groups_and_mentions(size_t groups, size_t mentions) {
  return std::to_string(groups) + (groups == 1 ? " group, " : " groups, ") + std::to_string(mentions) +
         (mentions == 1 ? " mention" : " mentions");
}

}  // namespace

Id next_mention(const std::vector<Id>& mentions, const Selection& selection) {
  if (mentions.empty()) return kNoId;
  if (selection.kind == Selection::Kind::Entity) {
    auto it = std::find(mentions.begin(), mentions.end(), selection.id);
    if (it != mentions.end() && ++it != mentions.end()) return *it;
  }
  return mentions.front();
}

void EntitiesPanel::rebuild_groups(const Document& doc) {
  groups_.clear();
  label_counts_ = {};
  std::unordered_map<Id, size_t> index_of;   // group id => index in groups_
  for (const EntityGroup& g : doc.groups) {
    index_of[g.id] = groups_.size();
    groups_.push_back({g.id, g.label, g.canonical, fold_for_search(g.canonical), {}});
  }
  for (const Entity& e : doc.entities) {   // in text order
    auto it = index_of.find(e.group);
    if (it != index_of.end()) groups_[it->second].mentions.push_back(e.id);
  }
  // A group without mentions would be a dead row; the finders never leave one, but an
  // imported file might.
  std::erase_if(groups_, [](const Group& g) { return g.mentions.empty(); });
  std::stable_sort(groups_.begin(), groups_.end(), [](const Group& a, const Group& b) {
    if (a.label != b.label) return a.label < b.label;
    if (a.mentions.size() != b.mentions.size()) return a.mentions.size() > b.mentions.size();
    return a.mentions.front() < b.mentions.front();
  });
  for (const Group& g : groups_) {
    ++label_counts_[static_cast<int>(g.label)].groups;
    label_counts_[static_cast<int>(g.label)].mentions += g.mentions.size();
  }
  boxes_.assign(groups_.size(), Box{0, 0, 0, 0});
  rows_dirty_ = true;
}

void EntitiesPanel::rebuild_rows() {
  rows_.clear();
  const std::string filter = fold_for_search(applied_filter_);
  int last_label = -1;
  size_t groups = 0, mentions = 0;   // the ones the filter keeps
  for (size_t i = 0; i < groups_.size(); ++i) {
    const Group& g = groups_[i];
    if (!filter.empty() && g.folded.find(filter) == std::string::npos) continue;
    ++groups;
    mentions += g.mentions.size();
    const int label = static_cast<int>(g.label);
    if (label != last_label) {
      rows_.push_back({label, -1});
      last_label = label;
    }
    if (!collapsed_[label]) rows_.push_back({label, static_cast<int>(i)});
  }
  summary_ = groups_and_mentions(groups, mentions) + (filter.empty() ? "" : " match the filter");
  rows_dirty_ = false;
}

void EntitiesPanel::update(const AppState& state) {
  if (state.revision() == revision_) return;
  revision_ = state.revision();
  rebuild_groups(state.document());
}

void EntitiesPanel::draw(AppState& state, const Fonts& fonts) {
  (void)fonts;
  update(state);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##entity_filter", "Filter names", filter_, sizeof filter_);
  if (applied_filter_ != filter_) {
    applied_filter_ = filter_;
    rows_dirty_ = true;
  }
  if (rows_dirty_) rebuild_rows();
  for (Box& box : boxes_) box.w = 0;

  if (!groups_.empty()) {   // "20 groups, 47 mentions" (or "2 groups, 3 mentions match the filter")
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::TextUnformatted(summary_.c_str());
    ImGui::PopStyleColor();
  }

  ImGui::BeginChild("entity_rows", ImVec2(0, 0), false);
  if (rows_.empty()) empty_list_hint(groups_.empty() ? "No entities in this article." : "No name matches the filter.");
  const float width = ImGui::GetContentRegionAvail().x;
  draw_visible_rows(static_cast<int>(rows_.size()), [&](int i) {
    if (rows_[i].group < 0) {
      draw_header(rows_[i], state, width);
    } else {
      draw_group(rows_[i], state, width);
    }
  });
  draw_rename_popup(state);
  ImGui::EndChild();
}

void EntitiesPanel::draw_header(const Row& row, AppState& state, float width) {
  const Label label = static_cast<Label>(row.label);
  if (ImGui::Selectable("##header", false, 0, ImVec2(width, panel_row_height()))) {
    collapsed_[row.label] = !collapsed_[row.label];
    rows_dirty_ = true;
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(collapsed_[row.label] ? "Show these groups" : "Fold these groups");
  const ImVec2 min = ImGui::GetItemRectMin();
  const float line = ImGui::GetTextLineHeight();
  const bool shown = state.options().label_visible[row.label];
  ImGui::RenderArrow(ImGui::GetWindowDrawList(), ImVec2(min.x + 2, min.y + (panel_row_height() - line) / 2 + line * 0.1f),
                     theme::kMutedText, collapsed_[row.label] ? ImGuiDir_Right : ImGuiDir_Down, 0.8f);
  // ▾ Person (hidden in the text)          4 groups, 10 mentions
  const LabelCount& count = label_counts_[row.label];
  draw_header_texts(min, width, line + 4, std::string(label_display_name(label)) + (shown ? "" : " (hidden in the text)"),
                    shown ? theme::kText : theme::kMutedText, nullptr, groups_and_mentions(count.groups, count.mentions));
}

void EntitiesPanel::draw_group(const Row& row, AppState& state, float width) {
  const Group& group = groups_[row.group];
  const Selection& selection = state.selection();
  bool selected = selection.kind == Selection::Kind::Group && selection.id == group.id;
  if (selection.kind == Selection::Kind::Entity) {
    selected = std::find(group.mentions.begin(), group.mentions.end(), selection.id) != group.mentions.end();
  }
  if (ImGui::Selectable("##group", selected, 0, ImVec2(width, panel_row_height()))) {
    state.select({Selection::Kind::Entity, next_mention(group.mentions, selection)});
  }
  if (ImGui::IsItemHovered() && group.mentions.size() > 1) {
    ImGui::SetTooltip("Click again for the next mention");
  }
  const ImVec2 min = ImGui::GetItemRectMin();
  boxes_[row.group] = {min.x, min.y, width, panel_row_height()};
  if (!state.options().read_only) draw_context_menu(group, state);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  const float y = min.y + (panel_row_height() - line) / 2;
  const bool shown = state.options().label_visible[static_cast<int>(group.label)];
  const float swatch = line * 0.6f;
  const float left = min.x + line + 4;
  const ImVec2 s0(left, y + (line - swatch) / 2);
  if (shown) {
    draw->AddRectFilled(s0, ImVec2(s0.x + swatch, s0.y + swatch), label_color(group.label), 2);
  } else {
    draw->AddRect(s0, ImVec2(s0.x + swatch, s0.y + swatch), label_color(group.label), 2);
  }
  const std::string count = std::to_string(group.mentions.size());
  const float count_width = ImGui::CalcTextSize(count.c_str()).x;
  const float right = min.x + width - 8;
  draw->AddText(ImVec2(right - count_width, y), theme::kMutedText, count.c_str());
  text_clipped(draw, ImVec2(left + swatch + 8, y), right - count_width - 10,
               shown ? theme::kText : theme::kMutedText, group.canonical);
}

void EntitiesPanel::draw_context_menu(const Group& group, AppState& state) {
  if (!ImGui::BeginPopupContextItem("group_menu")) return;
  ImGui::TextDisabled("%s", group.canonical.c_str());
  ImGui::Separator();
  if (ImGui::MenuItem("Show all mentions")) state.select({Selection::Kind::Group, group.id});
  if (ImGui::MenuItem("Rename...")) {
    rename_group_ = group.id;
    open_rename_ = true;
    snprintf(rename_buffer_, sizeof rename_buffer_, "%s", group.canonical.c_str());
  }
  // Merging folds this group into another of the same label ("Vucic" into "Aleksandar Vučić").
  if (ImGui::BeginMenu("Merge into")) {
    size_t listed = 0;
    for (const Group& other : groups_) {
      if (other.label != group.label || other.id == group.id) continue;
      if (++listed > kMergeChoices) break;
      ImGui::PushID(static_cast<int>(other.id));
      if (ImGui::MenuItem(other.canonical.c_str())) {
        Status status = state.apply(MergeGroups{other.id, group.id});
        if (!status.ok()) state.set_notice(status.message());
      }
      ImGui::PopID();
    }
    if (listed == 0) ImGui::TextDisabled("No other group of this label");
    ImGui::EndMenu();
  }
  ImGui::EndPopup();
}

void EntitiesPanel::draw_rename_popup(AppState& state) {
  if (open_rename_) {
    ImGui::OpenPopup("Rename entity group");
    open_rename_ = false;
  }
  if (!ImGui::BeginPopupModal("Rename entity group", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(320);
  const bool enter = ImGui::InputText("##name", rename_buffer_, sizeof rename_buffer_,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::Button("Rename") || enter) {
    Status status = state.apply(RenameGroup{rename_group_, rename_buffer_});
    if (!status.ok()) state.set_notice(status.message());
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

std::string EntitiesPanel::report_json() const {
  nlohmann::json groups = nlohmann::json::array();
  for (size_t i = 0; i < groups_.size(); ++i) {
    const Group& g = groups_[i];
    nlohmann::json box = nullptr;
    if (boxes_[i].w > 0) box = {boxes_[i].x, boxes_[i].y, boxes_[i].w, boxes_[i].h};
    groups.push_back({{"id", g.id},
                      {"label", std::string(label_name(g.label))},
                      {"name", g.canonical},
                      {"mentions", g.mentions},
                      {"box", box}});
  }
  nlohmann::json labels = nlohmann::json::object();
  for (int i = 0; i < kLabelCount; ++i) {
    labels[std::string(label_name(static_cast<Label>(i)))] = {{"groups", label_counts_[i].groups},
                                                              {"mentions", label_counts_[i].mentions}};
  }
  nlohmann::json out = {{"groups", groups}, {"labels", labels}, {"summary", summary_}, {"filter", applied_filter_}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ann::web
