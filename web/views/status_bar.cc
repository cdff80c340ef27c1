#include "views/status_bar.h"

#include <string>

#include "imgui.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// count_of(1, "claim", "claims") => "1 claim", count_of(9, "claim", "claims") => "9 claims"
std::string count_of(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

float status_bar_height() {
  return ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().WindowPadding.y;
}

void draw_status_bar(const AppState& state) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBar);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::BeginChild("status", ImVec2(0, status_bar_height()), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  const Document& doc = state.document();
  if (state.has_text()) {
    // "1,204 words · 37 entities · 9 claims · annotated in 4.2 ms"
    std::string counts = count_of(state.word_count(), "word", "words") + " \xC2\xB7 " +
                         count_of(doc.entities.size(), "entity", "entities") + " \xC2\xB7 " +
                         count_of(doc.claims.size(), "claim", "claims");
    ImGui::Text("%s \xC2\xB7 annotated in %.1f ms", counts.c_str(), state.annotate_ms());
  } else {
    ImGui::TextUnformatted("No article yet. Everything runs in this browser: nothing is uploaded.");
  }
  if (!state.notice().empty()) {
    ImGui::SameLine();
    ImGui::TextUnformatted("\xC2\xB7");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(160, 60, 0, 255));
    ImGui::TextUnformatted(state.notice().c_str());
    ImGui::PopStyleColor();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
}

}  // namespace ann::web
