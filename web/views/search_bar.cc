#include "views/search_bar.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// "e" in a long article: more hits than anyone steps through; the bar says "20000+".
constexpr size_t kMaxHits = 20000;

void last_item_box(float* box) {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  box[0] = min.x;
  box[1] = min.y;
  box[2] = size.x;
  box[3] = size.y;
}

}  // namespace

void SearchBar::open() {
  open_ = true;
  focus_ = true;
}

void SearchBar::close(AppState& state) {
  open_ = false;
  focus_ = false;
  ViewOptions& options = state.options();
  options.search_hits.clear();
  options.search_current = -1;
  searched_.clear();
  searched_text_ = UINT64_MAX;
  shown_.clear();
}

float SearchBar::height() const {
  return open_ ? ImGui::GetFrameHeight() + 2 * ImGui::GetStyle().WindowPadding.y : 0;
}

void SearchBar::search(AppState& state) {
  if (indexed_text_ != state.text_revision()) {
    index_ = TextSearchIndex(state.document().text);
    indexed_text_ = state.text_revision();
  }
  searched_ = query_;
  searched_text_ = state.text_revision();
  ViewOptions& options = state.options();
  options.search_hits = index_.find_all(searched_, kMaxHits + 1);
  capped_ = options.search_hits.size() > kMaxHits;
  if (capped_) options.search_hits.resize(kMaxHits);
  options.search_current = options.search_hits.empty() ? -1 : 0;
}

void SearchBar::step(AppState& state, int delta) {
  ViewOptions& options = state.options();
  const int count = static_cast<int>(options.search_hits.size());
  if (count == 0) return;
  options.search_current = ((options.search_current + delta) % count + count) % count;
}

void SearchBar::draw(AppState& state) {
  if (!open_) return;
  if (searched_ != query_ || searched_text_ != state.text_revision()) search(state);

  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBar);
  ImGui::BeginChild("search_bar", ImVec2(0, height()), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Find");
  ImGui::SameLine();
  if (focus_) {
    ImGui::SetKeyboardFocusHere();
    focus_ = false;
  }
  ImGui::SetNextItemWidth(std::min(280.0f, std::max(120.0f, ImGui::GetContentRegionAvail().x - 220)));
  const bool enter = ImGui::InputTextWithHint("##search", "Search the text", query_, sizeof query_,
                                              ImGuiInputTextFlags_EnterReturnsTrue |
                                                  ImGuiInputTextFlags_AutoSelectAll);
  const bool typing = ImGui::IsItemActive();
  if (enter) {
    // Enter leaves the field in ImGui; stay in it so Enter can be pressed again.
    if (searched_ != query_) search(state);
    step(state, ImGui::GetIO().KeyShift ? -1 : +1);
    focus_ = true;
  }

  const ViewOptions& options = state.options();
  const size_t count = options.search_hits.size();
  if (searched_.empty()) {
    shown_.clear();
  } else if (count == 0) {
    shown_ = "No match";
  } else {
    shown_ = std::to_string(options.search_current + 1) + " of " + std::to_string(count) +
             (capped_ ? "+" : "");
  }
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, count == 0 && !searched_.empty() ? theme::kNotice : theme::kMutedText);
  ImGui::TextUnformatted(shown_.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::BeginDisabled(count == 0);
  if (ImGui::ArrowButton("##previous", ImGuiDir_Up)) step(state, -1);
  last_item_box(previous_box_);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Previous hit (Shift+Enter)");
  ImGui::SameLine();
  if (ImGui::ArrowButton("##next", ImGuiDir_Down)) step(state, +1);
  last_item_box(next_box_);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Next hit (Enter)");
  ImGui::EndDisabled();
  ImGui::SameLine();
  bool close_now = ImGui::Button("\xC3\x97");   // ×
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the search (Escape)");
  // Escape in the field (ImGui leaves the field on it) or anywhere with no popup open.
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) &&
      (typing || !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))) {
    close_now = true;
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  if (close_now) close(state);
}

std::string SearchBar::report_json(const AppState& state) const {
  nlohmann::json out = {{"open", open_},
                        {"query", std::string(query_)},
                        {"hits", state.options().search_hits.size()},
                        {"current", state.options().search_current},
                        {"shown", shown_},
                        {"previous", previous_box_},
                        {"next", next_box_}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ann::web
