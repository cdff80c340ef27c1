#include "views/empty_state.h"

#include <algorithm>

#include "imgui.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// One centred line of text in `font` at the current cursor height.
void centered_text(const char* text, ImFont* font, ImU32 color) {
  ImGui::PushFont(font);
  float width = ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(std::max(0.0f, (ImGui::GetWindowWidth() - width) / 2));
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace

void draw_empty_state(const Fonts& fonts, bool read_only) {
  ImGui::BeginChild("empty", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
  if (read_only) {
    ImGui::SetCursorPosY(std::max(0.0f, (ImGui::GetWindowHeight() - 3 * ImGui::GetTextLineHeightWithSpacing()) / 2));
    centered_text("No article yet", fonts.title, theme::kText);
    ImGui::Dummy(ImVec2(0, 6));
    centered_text("The page around this annotator brings the article.", fonts.regular, theme::kMutedText);
    ImGui::EndChild();
    return;
  }
  const float lines = 7;
  const float block = lines * ImGui::GetTextLineHeightWithSpacing() + 36;
  ImGui::SetCursorPosY(std::max(0.0f, (ImGui::GetWindowHeight() - block) / 2));
  centered_text("Paste an article (Ctrl/Cmd+V)", fonts.title, theme::kText);
  ImGui::Dummy(ImVec2(0, 6));
  centered_text("or drop a .txt, .md, .html or .json file here, or click Open.", fonts.regular,
                theme::kText);
  ImGui::Dummy(ImVec2(0, 12));
  centered_text("People, organisations, places, dates and quantities are marked in the text,",
                fonts.regular, theme::kMutedText);
  centered_text("and so are claims: who said what.", fonts.regular, theme::kMutedText);
  ImGui::Dummy(ImVec2(0, 12));
  centered_text("The text stays in this browser. Press F1 or ? for the keyboard shortcuts.",
                fonts.regular, theme::kMutedText);
  ImGui::EndChild();
}

}  // namespace ann::web
