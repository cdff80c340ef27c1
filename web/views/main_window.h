// The one full-page window:
//
//   toolbar
//   ┌ legend (label toggles) ──────────────┬ [Entities] [Claims] ┐
//   │ search bar (Ctrl+F)                  │ filter              │
//   │ article                              │ groups / claims     │
//   └──────────────────────────────────────┴─────────────────────┘   the border drags
//   status bar (theme, shortcuts)
//
// Below kNarrowWidth the side panel folds into tabs (Article | Entities | Claims) so a phone
// shows one at a time; picking an entity or claim there switches back to the article. The
// empty state replaces all of it before an article is pasted; the help overlay (F1, ?) goes
// over everything. Keyboard: Ctrl/Cmd+F opens the search, F1 or ? the help.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "app/app_state.h"
#include "views/article_view.h"
#include "views/claims_panel.h"
#include "views/entities_panel.h"
#include "views/fonts.h"
#include "views/help_overlay.h"
#include "views/legend.h"
#include "views/search_bar.h"
#include "views/status_bar.h"

namespace ann::web {

class MainWindow {
 public:
  void draw(AppState& state, const Fonts& fonts);
  const ArticleView& article() const { return article_; }
  // For the browser tests (window.annotatorTest.panels()): the layout, the panels' rows,
  // the legend's toggles, the search, the theme, the help overlay and the selection.
  std::string report_json(const AppState& state) const;

 private:
  enum class Tab { Article, Entities, Claims };
  void handle_shortcuts(AppState& state);
  void draw_article_column(AppState& state, const Fonts& fonts);
  void draw_side_panel(AppState& state, const Fonts& fonts);
  void draw_narrow(AppState& state, const Fonts& fonts);
  void draw_splitter(float body_width);

  ArticleView article_;
  Legend legend_;
  SearchBar search_;
  EntitiesPanel entities_;
  ClaimsPanel claims_;
  HelpOverlay help_;
  float panel_width_ = 0;   // CSS px; 0 until the first wide frame picks one
  bool narrow_ = false;
  Tab tab_ = Tab::Entities;        // the side panel's tab (or the narrow layout's)
  std::array<ImVec4, 3> tab_boxes_{};   // the tabs Article, Entities, Claims as last drawn
  StatusBarResult status_bar_;     // its buttons' boxes, for report_json
  bool force_tab_ = false;         // select tab_ in the tab bar on the next frame
};

}  // namespace ann::web
