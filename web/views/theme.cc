#include "views/theme.h"

namespace ann::web {
namespace {

struct Rgb { int r, g, b; };

Theme g_theme = Theme::Light;

// Okabe & Ito (2008), "Color Universal Design". Yellow is left for claims.
Rgb label_rgb_light(Label label) {
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

// The same hues on the dark page: the dark ones lightened until they stand out from
// (30, 31, 34) at 3:1 or more; blue stays apart from sky blue by staying deeper.
Rgb label_rgb_dark(Label label) {
  switch (label) {
    case Label::Person: return {72, 152, 222};
    case Label::Org: return {236, 170, 30};
    case Label::Place: return {40, 190, 145};
    case Label::Norp: return {222, 150, 192};
    case Label::Date: return {130, 205, 245};
    case Label::Quantity: return {240, 125, 45};
  }
  return {160, 160, 160};
}

Rgb label_rgb(Label label) {
  return g_theme == Theme::Dark ? label_rgb_dark(label) : label_rgb_light(label);
}

ImVec4 f4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void set_palette(Theme t) {
  using namespace theme;
  if (t == Theme::Dark) {
    kPage = IM_COL32(30, 31, 34, 255);
    kText = IM_COL32(230, 230, 234, 255);
    kMutedText = IM_COL32(165, 165, 175, 255);
    kBar = IM_COL32(42, 43, 47, 255);
    kPanel = IM_COL32(36, 37, 41, 255);
    kRule = IM_COL32(70, 72, 78, 255);
    kClaimTint = IM_COL32(240, 228, 66, 55);
    kClaimTintStrong = IM_COL32(240, 228, 66, 105);
    kCue = IM_COL32(245, 190, 90, 255);
    kSourceBox = IM_COL32(175, 175, 185, 210);
    kDeny = IM_COL32(255, 110, 100, 255);
    kNotice = IM_COL32(255, 160, 90, 255);
    kSearchHit = IM_COL32(255, 150, 50, 80);
    kSearchCurrent = IM_COL32(255, 140, 30, 170);
    kSelection = IM_COL32(80, 150, 255, 80);
  } else {
    kPage = IM_COL32(250, 249, 246, 255);
    kText = IM_COL32(28, 28, 30, 255);
    kMutedText = IM_COL32(100, 100, 108, 255);
    kBar = IM_COL32(238, 236, 231, 255);
    kPanel = IM_COL32(243, 241, 237, 255);
    kRule = IM_COL32(214, 211, 204, 255);
    kClaimTint = IM_COL32(240, 228, 66, 80);
    kClaimTintStrong = IM_COL32(240, 228, 66, 150);
    kCue = IM_COL32(140, 80, 0, 255);
    kSourceBox = IM_COL32(90, 90, 100, 200);
    kDeny = IM_COL32(180, 30, 30, 255);
    kNotice = IM_COL32(160, 60, 0, 255);
    kSearchHit = IM_COL32(255, 150, 50, 90);
    kSearchCurrent = IM_COL32(255, 120, 0, 200);
    kSelection = IM_COL32(0, 110, 230, 70);
  }
}

}  // namespace

ImU32 label_color(Label label) {
  Rgb c = label_rgb(label);
  return IM_COL32(c.r, c.g, c.b, 255);
}

ImU32 label_tint(Label label) {
  Rgb c = label_rgb(label);
  return IM_COL32(c.r, c.g, c.b, g_theme == Theme::Dark ? 70 : 56);
}

ImU32 label_tint_strong(Label label) {
  Rgb c = label_rgb(label);
  return IM_COL32(c.r, c.g, c.b, g_theme == Theme::Dark ? 140 : 120);
}

Theme current_theme() { return g_theme; }

ImVec4 clear_color() { return f4(theme::kPage); }

void apply_theme(Theme t) {
  g_theme = t;
  set_palette(t);
  const bool dark = t == Theme::Dark;
  if (dark) {
    ImGui::StyleColorsDark();
  } else {
    ImGui::StyleColorsLight();
  }
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameRounding = 4;
  style.FrameBorderSize = 1;
  style.PopupRounding = 6;
  style.PopupBorderSize = 1;
  style.GrabRounding = 4;
  style.ScrollbarRounding = 6;
  style.ScrollbarSize = 12;
  style.FramePadding = ImVec2(10, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.WindowPadding = ImVec2(12, 8);

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = f4(theme::kPage);
  colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  colors[ImGuiCol_Text] = f4(theme::kText);
  colors[ImGuiCol_TextDisabled] = f4(theme::kMutedText);
  colors[ImGuiCol_Border] = f4(theme::kRule);
  colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  if (dark) {
    colors[ImGuiCol_Button] = f4(IM_COL32(52, 54, 60, 255));
    colors[ImGuiCol_ButtonHovered] = f4(IM_COL32(62, 74, 96, 255));
    colors[ImGuiCol_ButtonActive] = f4(IM_COL32(70, 92, 130, 255));
    colors[ImGuiCol_FrameBg] = f4(IM_COL32(24, 25, 28, 255));
    colors[ImGuiCol_FrameBgHovered] = f4(IM_COL32(34, 36, 42, 255));
    colors[ImGuiCol_FrameBgActive] = f4(IM_COL32(40, 44, 54, 255));
    colors[ImGuiCol_PopupBg] = f4(IM_COL32(44, 46, 51, 255));
    colors[ImGuiCol_Header] = f4(IM_COL32(55, 60, 72, 255));
    colors[ImGuiCol_HeaderHovered] = f4(IM_COL32(62, 74, 96, 255));
    colors[ImGuiCol_HeaderActive] = f4(IM_COL32(70, 92, 130, 255));
    colors[ImGuiCol_Tab] = f4(theme::kBar);
    colors[ImGuiCol_TabHovered] = f4(IM_COL32(62, 74, 96, 255));
    colors[ImGuiCol_TabActive] = f4(IM_COL32(58, 64, 80, 255));
  } else {
    colors[ImGuiCol_Button] = ImVec4(1, 1, 1, 1);
    colors[ImGuiCol_ButtonHovered] = ImVec4(0.90f, 0.93f, 0.98f, 1);
    colors[ImGuiCol_ButtonActive] = ImVec4(0.80f, 0.87f, 0.96f, 1);
    colors[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    colors[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
    colors[ImGuiCol_Header] = f4(IM_COL32(222, 228, 238, 255));
    colors[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.93f, 0.98f, 1);
    colors[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.87f, 0.96f, 1);
    colors[ImGuiCol_Tab] = f4(theme::kBar);
    colors[ImGuiCol_TabHovered] = ImVec4(0.90f, 0.93f, 0.98f, 1);
    colors[ImGuiCol_TabActive] = ImVec4(1, 1, 1, 1);
  }
}

}  // namespace ann::web
