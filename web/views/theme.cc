#include "views/theme.h"

namespace ann::web {
namespace {

struct Rgb { int r, g, b; };

// Okabe & Ito (2008), "Color Universal Design". Yellow is left for claims.
Rgb label_rgb(Label label) {
  switch (label) {
    case Label::Person: return {0, 114, 178};     // blue
    case Label::Org: return {230, 159, 0};        // orange
    case Label::Place: return {0, 158, 115};      // bluish green
    case Label::Norp: return {204, 121, 167};     // reddish purple
    case Label::Date: return {86, 180, 233};      // sky blue
    case Label::Quantity: return {213, 94, 0};    // vermillion
  }
  return {128, 128, 128};
}

}  // namespace

ImU32 label_color(Label label) {
  Rgb c = label_rgb(label);
  return IM_COL32(c.r, c.g, c.b, 255);
}

ImU32 label_tint(Label label) {
  Rgb c = label_rgb(label);
  return IM_COL32(c.r, c.g, c.b, 56);
}

ImU32 label_tint_strong(Label label) {
  Rgb c = label_rgb(label);
  return IM_COL32(c.r, c.g, c.b, 120);
}

void apply_theme() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameRounding = 4;
  style.PopupRounding = 6;
  style.PopupBorderSize = 1;
  style.GrabRounding = 4;
  style.ScrollbarRounding = 6;
  style.ScrollbarSize = 12;
  style.FramePadding = ImVec2(10, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.WindowPadding = ImVec2(12, 8);

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(theme::kPage);
  colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(theme::kText);
  colors[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(theme::kMutedText);
  colors[ImGuiCol_Button] = ImVec4(1, 1, 1, 1);
  colors[ImGuiCol_ButtonHovered] = ImVec4(0.90f, 0.93f, 0.98f, 1);
  colors[ImGuiCol_ButtonActive] = ImVec4(0.80f, 0.87f, 0.96f, 1);
  colors[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(theme::kRule);
  colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
}

}  // namespace ann::web
