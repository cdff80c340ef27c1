#include "views/main_window.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "views/empty_state.h"
#include "views/status_bar.h"
#include "views/theme.h"
#include "views/toolbar.h"

namespace ann::web {
namespace {

constexpr float kNarrowWidth = 820;       // below: one of article / entities / claims at a time
constexpr float kSplitterWidth = 6;
constexpr float kMinPanelWidth = 240;
constexpr float kMinArticleWidth = 420;

// GLFW key codes: letters are their ASCII capitals; F1 is 290 (ImGui 1.86 names neither).
constexpr int kKeyF = 'F';
constexpr int kKeyF1 = 290;

const char* tab_name(int tab) {
  switch (tab) {
    case 0: return "article";
    case 1: return "entities";
    default: return "claims";
  }
}

ImVec4 item_box() {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  return ImVec4(min.x, min.y, size.x, size.y);
}

nlohmann::json box(const ImVec4& b) { return {b.x, b.y, b.z, b.w}; }

nlohmann::json parsed(const std::string& json) { return nlohmann::json::parse(json, nullptr, false); }

}  // namespace

void MainWindow::handle_shortcuts(AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(kKeyF, false) && state.has_text()) {
    search_.open();
    if (narrow_ && tab_ != Tab::Article) {
      tab_ = Tab::Article;
      force_tab_ = true;
    }
  }
  bool help = ImGui::IsKeyPressed(kKeyF1, false);
  // "?" only when no text field has the keyboard (a search for "why?" must not open help).
  if (!io.WantTextInput) {
    for (ImWchar c : io.InputQueueCharacters) help |= c == '?';
  }
  if (help) help_.toggle();
}

void MainWindow::draw(AppState& state, const Fonts& fonts) {
  if (state.options().theme != current_theme()) apply_theme(state.options().theme);
  if (!help_.is_open()) handle_shortcuts(state);
  else if (ImGui::IsKeyPressed(kKeyF1, false)) help_.close();

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
  if (!state.has_text()) {
    if (search_.is_open()) search_.close(state);
    draw_empty_state(fonts, state.options().read_only);
  } else {
    entities_.update(state);   // tests read both panels
    claims_.update(state);
    const float width = ImGui::GetContentRegionAvail().x;
    const bool narrow = width < kNarrowWidth;
    if (narrow && !narrow_) {   // the window just got narrow: show the article first
      tab_ = Tab::Article;
      force_tab_ = true;
    }
    narrow_ = narrow;
    if (narrow_) {
      draw_narrow(state, fonts);
    } else {
      if (panel_width_ <= 0) panel_width_ = std::clamp(width * 0.32f, 300.0f, 460.0f);
      panel_width_ = std::clamp(panel_width_, kMinPanelWidth,
                                std::max(kMinPanelWidth, width - kMinArticleWidth - kSplitterWidth));
      ImGui::BeginChild("article_column", ImVec2(width - panel_width_ - kSplitterWidth, 0), false,
                        ImGuiWindowFlags_NoScrollbar);
      draw_article_column(state, fonts);
      ImGui::EndChild();
      ImGui::SameLine(0, 0);
      draw_splitter(width);
      ImGui::SameLine(0, 0);
      draw_side_panel(state, fonts);
    }
  }
  ImGui::EndChild();
  status_bar_ = draw_status_bar(state);
  if (status_bar_.help_clicked) help_.toggle();
  ImGui::End();
  help_.draw(fonts);
}

void MainWindow::draw_article_column(AppState& state, const Fonts& fonts) {
  legend_.draw(state, fonts);
  search_.draw(state);
  article_.draw(state, fonts);
}

// The border between the article and the side panel: drag it to resize the panel.
void MainWindow::draw_splitter(float body_width) {
  const float height = ImGui::GetContentRegionAvail().y;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("splitter", ImVec2(kSplitterWidth, std::max(1.0f, height)));
  const bool active = ImGui::IsItemActive();
  if (active || ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
  if (active) {
    panel_width_ = std::clamp(panel_width_ - ImGui::GetIO().MouseDelta.x, kMinPanelWidth,
                              std::max(kMinPanelWidth, body_width - kMinArticleWidth - kSplitterWidth));
  }
  const float x = pos.x + kSplitterWidth / 2;
  ImGui::GetWindowDrawList()->AddLine(ImVec2(x, pos.y), ImVec2(x, pos.y + height),
                                      active ? theme::kMutedText : theme::kRule, active ? 2.0f : 1.0f);
}

void MainWindow::draw_side_panel(AppState& state, const Fonts& fonts) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kPanel);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 8));
  ImGui::BeginChild("side_panel", ImVec2(0, 0), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  if (tab_ == Tab::Article) tab_ = Tab::Entities;
  if (ImGui::BeginTabBar("panel_tabs")) {
    const std::string entities = "Entities  " + std::to_string(state.document().entities.size()) + "###entities";
    const std::string claims = "Claims  " + std::to_string(state.document().claims.size()) + "###claims";
    const auto flags = [this](Tab tab) {
      return force_tab_ && tab_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
    };
    const Tab before = tab_;
    const bool entities_open = ImGui::BeginTabItem(entities.c_str(), nullptr, flags(Tab::Entities));
    tab_boxes_[1] = item_box();
    if (entities_open) {
      if (!force_tab_ || before == Tab::Entities) tab_ = Tab::Entities;
      entities_.draw(state, fonts);
      ImGui::EndTabItem();
    }
    const bool claims_open = ImGui::BeginTabItem(claims.c_str(), nullptr, flags(Tab::Claims));
    tab_boxes_[2] = item_box();
    if (claims_open) {
      if (!force_tab_ || before == Tab::Claims) tab_ = Tab::Claims;
      claims_.draw(state, fonts);
      ImGui::EndTabItem();
    }
    force_tab_ = false;
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// A phone: the article, the entities or the claims, one at a time, chosen by tabs on top.
void MainWindow::draw_narrow(AppState& state, const Fonts& fonts) {
  const uint64_t selection_before = state.selection_revision();
  const auto flags = [this](Tab tab) {
    return force_tab_ && tab_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
  };
  const Tab before = tab_;
  const bool forced = force_tab_;
  force_tab_ = false;
  ImGui::Indent(8);
  const bool bar = ImGui::BeginTabBar("narrow_tabs");
  ImGui::Unindent(8);
  if (!bar) return;
  const std::string entities = "Entities  " + std::to_string(state.document().entities.size()) + "###entities";
  const std::string claims = "Claims  " + std::to_string(state.document().claims.size()) + "###claims";
  const Tab tabs[] = {Tab::Article, Tab::Entities, Tab::Claims};
  const std::string titles[] = {"Article###article", entities, claims};
  for (int i = 0; i < 3; ++i) {
    const bool open = ImGui::BeginTabItem(titles[i].c_str(), nullptr, flags(tabs[i]));
    tab_boxes_[i] = item_box();
    if (!open) continue;
    if (!forced || before == tabs[i]) tab_ = tabs[i];
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  // The tab's content goes below the bar, outside the tab items, so the article keeps the
  // whole width and its own scrolling.
  switch (tab_) {
    case Tab::Article: draw_article_column(state, fonts); break;
    case Tab::Entities:
    case Tab::Claims:
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 8));
      ImGui::BeginChild("narrow_panel", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
      ImGui::PopStyleVar();
      if (tab_ == Tab::Entities) entities_.draw(state, fonts); else claims_.draw(state, fonts);
      ImGui::EndChild();
      // Something picked in the list: show it in the article.
      if (state.selection_revision() != selection_before) {
        tab_ = Tab::Article;
        force_tab_ = true;
      }
      break;
  }
}

std::string MainWindow::report_json(const AppState& state) const {
  const Selection& selection = state.selection();
  const char* kinds[] = {"none", "entity", "group", "claim"};
  nlohmann::json out = {
      {"layout", {{"narrow", narrow_}, {"tab", tab_name(static_cast<int>(tab_))}, {"panel_width", panel_width_}}},
      {"entities", parsed(entities_.report_json())},
      {"claims", parsed(claims_.report_json(state.document()))},
      {"legend", parsed(legend_.report_json(state))},
      {"search", parsed(search_.report_json(state))},
      {"theme", state.options().theme == Theme::Dark ? "dark" : "light"},
      {"help", help_.is_open()},
      {"tabs", {{"article", box(tab_boxes_[0])}, {"entities", box(tab_boxes_[1])}, {"claims", box(tab_boxes_[2])}}},
      {"theme_button", box(status_bar_.theme_button)},
      {"help_button", box(status_bar_.help_button)},
      {"selection", {{"kind", kinds[static_cast<int>(selection.kind)]}, {"id", selection.id}}},
  };
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ann::web
