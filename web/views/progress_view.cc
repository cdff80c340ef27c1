#include "views/progress_view.h"

#include <string>

#include "app/document_io.h"
#include "imgui.h"
#include "platform/browser.h"
#include "views/theme.h"

namespace ann::web {
namespace {

// A centred card over a dimmed window, taking no input (the page is about to be busy, or
// the drop goes to the browser's drop listener anyway).
void draw_card(const Fonts& fonts, const std::string& title, const char* detail) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  draw->AddRectFilled(viewport->Pos, ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y),
                      IM_COL32(0, 0, 0, 60));
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y / 2),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 22));
  ImGui::Begin("##io_overlay", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::PushFont(fonts.bold);   // the title font has Latin-1 only: no "…"
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextUnformatted(detail);
  ImGui::PopStyleColor();
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace

void draw_progress_overlay(const Fonts& fonts) {
  DocumentIo& io = document_io();
  if (!io.progress_message().empty()) {
    draw_card(fonts, io.progress_message(),
              "A long article: the page is busy for a moment while entities and claims are found.");
    io.progress_drawn();
  } else if (!io.autosave().loading_message().empty()) {
    draw_card(fonts, io.autosave().loading_message(), "A long article is being read from this browser's storage.");
  } else if (files_dragged_over_page()) {
    draw_card(fonts, "Drop the file to open it", "A .txt, .md or .html article, or a .json export to import.");
  }
}

}  // namespace ann::web
