#include "views/main_window.h"

#include "imgui.h"
#include "views/empty_state.h"
#include "views/legend.h"
#include "views/status_bar.h"
#include "views/toolbar.h"

namespace ann::web {

void MainWindow::draw(AppState& state, const Fonts& fonts) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("Article annotator", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar();

  draw_toolbar(state, fonts);
  // A negative height leaves that much below: the status bar and the gap before it.
  const float below = status_bar_height() + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("body", ImVec2(0, -below), false, ImGuiWindowFlags_NoScrollbar);
  if (state.has_text()) {
    draw_legend(state.document(), fonts);
    article_.draw(state, fonts);
  } else {
    draw_empty_state(fonts);
  }
  ImGui::EndChild();
  draw_status_bar(state);
  ImGui::End();
}

}  // namespace ann::web
