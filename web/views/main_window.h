// The one full-page window: toolbar on top, the legend and the article (or the empty
// state), the status bar at the bottom.
#pragma once
#include "app/app_state.h"
#include "views/article_view.h"
#include "views/fonts.h"

namespace ann::web {

class MainWindow {
 public:
  void draw(AppState& state, const Fonts& fonts);
  const ArticleView& article() const { return article_; }

 private:
  ArticleView article_;
};

}  // namespace ann::web
