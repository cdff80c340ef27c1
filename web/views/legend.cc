#include "views/legend.h"

#include <array>
#include <string>

#include "imgui.h"
#include "views/hover_card.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// One legend item: a sample drawn by `sample` (w × h CSS px) and a caption; after the first
// item of a row, wraps to a new row when it does not fit.
template <typename DrawSample>
void item(bool& first, const std::string& caption, float sample_width, DrawSample sample) {
  const float line = ImGui::GetTextLineHeight();
  const float width = sample_width + 6 + ImGui::CalcTextSize(caption.c_str()).x;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - 16;
  if (!first) {
    ImGui::SameLine(0, 18);
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
  }
  first = false;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  sample(ImGui::GetWindowDrawList(), pos, line);
  ImGui::Dummy(ImVec2(sample_width, line));
  ImGui::SameLine(0, 6);
  ImGui::TextUnformatted(caption.c_str());
}

}  // namespace

void draw_legend(const Document& doc, const Fonts& fonts) {
  std::array<int, kLabelCount> counts{};
  for (const Entity& entity : doc.entities) ++counts[static_cast<int>(entity.label)];

  // Drawn straight into the current window, below its cursor, so the rows it takes (one on
  // a desktop, three on a phone) push the article down.
  bool first = true;
  ImGui::Dummy(ImVec2(0, 4));
  ImGui::Indent(16);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  for (int i = 0; i < kLabelCount; ++i) {
    Label label = static_cast<Label>(i);
    item(first, std::string(label_display_name(label)) + " " + std::to_string(counts[i]), 12,
         [label](ImDrawList* draw, ImVec2 p, float h) {
           draw->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + 12, p.y + h * 0.8f), label_tint_strong(label), 2);
           draw->AddRectFilled(ImVec2(p.x, p.y + h * 0.8f - 2), ImVec2(p.x + 12, p.y + h * 0.8f), label_color(label));
         });
  }
  item(first, "Claim " + std::to_string(doc.claims.size()), 22, [](ImDrawList* draw, ImVec2 p, float h) {
    draw->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + 22, p.y + h), theme::kClaimTintStrong);
  });
  item(first, "Source", 22, [](ImDrawList* draw, ImVec2 p, float h) {
    draw->AddRect(ImVec2(p.x + 1, p.y + 1), ImVec2(p.x + 21, p.y + h - 1), theme::kSourceBox, 4, 0, 1.5f);
  });
  ImFont* bold = fonts.bold ? fonts.bold : ImGui::GetFont();
  ImGui::PushFont(bold);
  const float cue_width = ImGui::CalcTextSize("said").x;
  ImGui::PopFont();
  item(first, "Cue", cue_width, [bold](ImDrawList* draw, ImVec2 p, float) {
    draw->AddText(bold, ImGui::GetFontSize(), p, theme::kCue, "said");
  });
  ImGui::PopStyleColor();
  ImGui::Unindent(16);
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::GetWindowDrawList()->AddLine(
      ImVec2(ImGui::GetWindowPos().x, ImGui::GetCursorScreenPos().y - 1),
      ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetCursorScreenPos().y - 1),
      theme::kRule);
}

}  // namespace ann::web
