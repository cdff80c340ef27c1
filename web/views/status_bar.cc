#include "views/status_bar.h"

#include <algorithm>
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

StatusBarResult draw_status_bar(AppState& state) {
  StatusBarResult result;
  const auto item_box = [] {
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    return ImVec4(min.x, min.y, size.x, size.y);
  };
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBar);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::BeginChild("status", ImVec2(0, status_bar_height()), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  // The buttons on the right are drawn first, so the counts can stop short of them.
  const bool dark = state.options().theme == Theme::Dark;
  const char* theme_label = dark ? "Light theme" : "Dark theme";
  const char* help_label = "Shortcuts (F1)";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::CalcTextSize(theme_label).x + ImGui::CalcTextSize(help_label).x +
                        4 * style.FramePadding.x + style.ItemSpacing.x;
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float start = ImGui::GetCursorPosX();
  ImGui::SetCursorPosX(std::max(start, right - buttons));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kText);
  if (ImGui::SmallButton(theme_label)) state.options().theme = dark ? Theme::Light : Theme::Dark;
  result.theme_button = item_box();
  ImGui::SameLine();
  result.help_clicked = ImGui::SmallButton(help_label);
  result.help_button = item_box();
  ImGui::PopStyleColor();
  ImGui::SameLine(start);
  ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                      ImVec2(ImGui::GetWindowPos().x + right - buttons - 12, ImGui::GetWindowPos().y + 1e5f), true);

  const Document& doc = state.document();
  if (state.has_text()) {
    // "1,204 words · 37 entity mentions · 9 claims · annotated in 4.2 ms" (mentions, as the
    // legend and the Entities tab count them; the panel also counts groups)
    std::string counts = count_of(state.word_count(), "word", "words") + " \xC2\xB7 " +
                         count_of(doc.entities.size(), "entity mention", "entity mentions") + " \xC2\xB7 " +
                         count_of(doc.claims.size(), "claim", "claims");
    ImGui::Text("%s \xC2\xB7 annotated in %.1f ms", counts.c_str(), state.annotate_ms());
  } else {
    ImGui::TextUnformatted("No article yet. Everything runs in this browser: nothing is uploaded.");
  }
  if (!state.notice().empty()) {
    ImGui::SameLine();
    ImGui::TextUnformatted("\xC2\xB7");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kNotice);
    ImGui::TextUnformatted(state.notice().c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopClipRect();
  ImGui::EndChild();
  ImGui::PopStyleColor(2);
  return result;
}

}  // namespace ann::web
