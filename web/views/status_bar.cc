#include "views/status_bar.h"

#include <cstdio>

#include "imgui.h"
#include "views/theme.h"

namespace ann::web {

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
    ImGui::Text("%zu words \xC2\xB7 %zu entities \xC2\xB7 %zu claims \xC2\xB7 annotated in %.1f ms",
                state.word_count(), doc.entities.size(), doc.claims.size(), state.annotate_ms());
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
