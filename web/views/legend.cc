#include "views/legend.h"

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "views/hover_card.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// One legend item: a sample drawn by `sample` (w × h CSS px) and a caption; after the first
// item of a row, wraps to a new row when it does not fit. With `toggle`, the item is a
// button that flips *toggle (its box goes to *box); hidden items are muted and struck through.
template <typename DrawSample>
void item(bool& first, const std::string& caption, float sample_width, bool* toggle,
          const char* what, ImVec4* box, DrawSample sample) {
  const float line = ImGui::GetTextLineHeight();
  const float width = sample_width + 6 + ImGui::CalcTextSize(caption.c_str()).x;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - 16;
  if (!first) {
    ImGui::SameLine(0, 18);
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
  }
  first = false;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool shown = toggle == nullptr || *toggle;
  if (toggle) {
    ImGui::PushID(what);
    if (ImGui::InvisibleButton("toggle", ImVec2(width, line))) *toggle = !*toggle;
    if (ImGui::IsItemHovered()) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::SetTooltip("%s %s in the text", *toggle ? "Hide" : "Show", what);
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x - 4, pos.y - 2),
                                                ImVec2(pos.x + width + 4, pos.y + line + 2),
                                                ImGui::GetColorU32(ImGuiCol_ButtonHovered), 4);
    }
    ImGui::PopID();
    *box = ImVec4(pos.x, pos.y, width, line);
    ImGui::SetCursorScreenPos(pos);
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  sample(draw, pos, line, shown);
  ImGui::Dummy(ImVec2(sample_width, line));
  ImGui::SameLine(0, 6);
  const ImVec2 text_pos = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Text, shown ? theme::kMutedText : ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.6f));
  ImGui::TextUnformatted(caption.c_str());
  ImGui::PopStyleColor();
  if (!shown) {
    const float y = text_pos.y + line * 0.55f;
    draw->AddLine(ImVec2(text_pos.x, y), ImVec2(text_pos.x + ImGui::CalcTextSize(caption.c_str()).x, y),
                  theme::kMutedText, 1.5f);
  }
}

}  // namespace

void Legend::draw(AppState& state, const Fonts& fonts) {
  const Document& doc = state.document();
  if (revision_ != state.revision()) {
    revision_ = state.revision();
    counts_ = {};
    for (const Entity& entity : doc.entities) ++counts_[static_cast<int>(entity.label)];
  }
  ViewOptions& options = state.options();

  // Drawn straight into the current window, below its cursor, so the rows it takes (one on
  // a desktop, three on a phone) push the article down.
  bool first = true;
  ImGui::Dummy(ImVec2(0, 4));
  ImGui::Indent(16);
  for (int i = 0; i < kLabelCount; ++i) {
    const Label label = static_cast<Label>(i);
    const std::string name = label_display_name(label);
    item(first, name + " " + std::to_string(counts_[i]), 12, &options.label_visible[i], name.c_str(),
         &boxes_[i], [label](ImDrawList* draw, ImVec2 p, float h, bool shown) {
           const ImVec2 a(p.x, p.y + h * 0.2f), b(p.x + 12, p.y + h * 0.8f);
           if (shown) {
             draw->AddRectFilled(a, b, label_tint_strong(label), 2);
             draw->AddRectFilled(ImVec2(p.x, b.y - 2), b, label_color(label));
           } else {
             draw->AddRect(a, b, label_color(label), 2, 0, 1.5f);
           }
         });
  }
  item(first, "Claim " + std::to_string(doc.claims.size()), 22, &options.show_claims, "claims",
       &boxes_[kLabelCount], [](ImDrawList* draw, ImVec2 p, float h, bool shown) {
         if (shown) {
           draw->AddRectFilled(ImVec2(p.x, p.y), ImVec2(p.x + 22, p.y + h), theme::kClaimTintStrong);
         } else {
           draw->AddRect(ImVec2(p.x, p.y + 1), ImVec2(p.x + 22, p.y + h - 1), theme::kClaimTintStrong, 0, 0, 1.5f);
         }
       });
  // Source and cue belong to claims: no toggle of their own, muted with them.
  const bool claims = options.show_claims;
  item(first, "Source", 22, nullptr, "", nullptr, [claims](ImDrawList* draw, ImVec2 p, float h, bool) {
    draw->AddRect(ImVec2(p.x + 1, p.y + 1), ImVec2(p.x + 21, p.y + h - 1),
                  claims ? theme::kSourceBox : theme::kRule, 4, 0, 1.5f);
  });
  ImFont* bold = fonts.bold ? fonts.bold : ImGui::GetFont();
  ImGui::PushFont(bold);
  const float cue_width = ImGui::CalcTextSize("said").x;
  ImGui::PopFont();
  item(first, "Cue", cue_width, nullptr, "", nullptr, [bold, claims](ImDrawList* draw, ImVec2 p, float, bool) {
    draw->AddText(bold, ImGui::GetFontSize(), p, claims ? theme::kCue : theme::kRule, "said");
  });
  ImGui::Unindent(16);
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::GetWindowDrawList()->AddLine(
      ImVec2(ImGui::GetWindowPos().x, ImGui::GetCursorScreenPos().y - 1),
      ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetCursorScreenPos().y - 1),
      theme::kRule);
}

std::string Legend::report_json(const AppState& state) const {
  const ViewOptions& options = state.options();
  nlohmann::json labels = nlohmann::json::array();
  for (int i = 0; i < kLabelCount; ++i) {
    const ImVec4& b = boxes_[i];
    labels.push_back({{"label", std::string(label_name(static_cast<Label>(i)))},
                      {"count", counts_[i]},
                      {"visible", options.label_visible[i]},
                      {"box", {b.x, b.y, b.z, b.w}}});
  }
  const ImVec4& c = boxes_[kLabelCount];
  nlohmann::json claims = {{"count", state.document().claims.size()},
                           {"visible", options.show_claims},
                           {"box", {c.x, c.y, c.z, c.w}}};
  return nlohmann::json{{"labels", labels}, {"claims", claims}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ann::web
