#include "views/toolbar.h"

#include "imgui.h"
#include "platform/browser.h"
#include "views/theme.h"

namespace ann::web {

void draw_toolbar(AppState& state, const Fonts& fonts) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float height = ImGui::GetFrameHeight() + 2 * style.WindowPadding.y;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBar);
  ImGui::BeginChild("toolbar", ImVec2(0, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted("Article annotator");
  ImGui::PopFont();

  if (state.has_text()) {
    // Right-aligned: [Copy text] [Clear]
    const char* copy_label = "Copy text";
    const char* clear_label = "Clear";
    float buttons = ImGui::CalcTextSize(copy_label).x + ImGui::CalcTextSize(clear_label).x +
                    4 * style.FramePadding.x + style.ItemSpacing.x;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons);
    if (ImGui::Button(copy_label)) copy_to_clipboard(state.document().text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy the article's text to the clipboard");
    ImGui::SameLine();
    if (ImGui::Button(clear_label)) state.clear();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace ann::web
