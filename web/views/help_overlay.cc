#include "views/help_overlay.h"

#include <algorithm>

#include "imgui.h"
#include "views/theme.h"

namespace ann::web {
namespace {

struct Shortcut {
  const char* keys;
  const char* action;
};

// Every shortcut of the app, in the order a new user meets them.
constexpr Shortcut kShortcuts[] = {
    {"Ctrl/Cmd+V", "Paste an article (replaces the one shown)"},
    {"Ctrl/Cmd+F", "Search the text"},
    {"Enter / Shift+Enter", "Next / previous search hit"},
    {"Drag over words", "Mark words (snaps to word edges; hold Alt for exact)"},
    {"1 - 6", "Label the marked words: Person, Organisation, Place, NORP, Date, Quantity"},
    {"1 - 6 on an entity", "Relabel it (Shift: its whole group)"},
    {"C", "Make the marked words the content of a new claim"},
    {"Delete / Backspace", "Delete the selected entity or claim"},
    {"Ctrl/Cmd+Z", "Undo"},
    {"Ctrl/Cmd+Shift+Z, Ctrl+Y", "Redo"},
    {"Escape", "Close the search or this help; clear the selection"},
    {"Arrows, Page Up/Down", "Scroll the article (Home/End: to the top/bottom)"},
    {"F1 or ?", "Show or hide this help"},
};

}  // namespace

void HelpOverlay::draw(const Fonts& fonts) {
  if (!open_) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 110));
  ImGui::Begin("##help_overlay", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleColor();

  // The card: centred, as wide as the longest line allows, scrolling on a short screen.
  ImGui::PushFont(fonts.bold);   // the keys column is bold: measure it so
  float keys_width = 0;
  for (const Shortcut& s : kShortcuts) keys_width = std::max(keys_width, ImGui::CalcTextSize(s.keys).x);
  ImGui::PopFont();
  keys_width += 24;
  const float card_width = std::min(viewport->Size.x - 24, keys_width + 440);
  const float card_height = std::min(viewport->Size.y - 24,
                                     (std::size(kShortcuts) + 4) * ImGui::GetTextLineHeightWithSpacing() + 40);
  ImGui::SetCursorPos(ImVec2((viewport->Size.x - card_width) / 2, (viewport->Size.y - card_height) / 2));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kPage);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 16));
  ImGui::BeginChild("help_card", ImVec2(card_width, card_height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted("Keyboard shortcuts");
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4));
  if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, keys_width);
    ImGui::TableSetupColumn("action", ImGuiTableColumnFlags_WidthStretch);
    for (const Shortcut& s : kShortcuts) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushFont(fonts.bold);
      ImGui::TextUnformatted(s.keys);
      ImGui::PopFont();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", s.action);
    }
    ImGui::EndTable();
  }
  ImGui::Dummy(ImVec2(0, 4));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextWrapped("Right-click an entity group in the Entities panel to rename or merge it. "
                     "Press Escape or click anywhere to close.");
  ImGui::PopStyleColor();
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();

  const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
  const bool click = ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::IsMouseClicked(ImGuiMouseButton_Right);
  if (!opened_now_ && (escape || click)) open_ = false;
  opened_now_ = false;
  ImGui::End();
}

}  // namespace ann::web
