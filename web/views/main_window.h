// The one full-page window: toolbar on top, the article (or the empty state), status bar.
#pragma once
#include "app/app_state.h"
#include "views/article_view.h"
#include "views/fonts.h"

namespace ann::web {

class MainWindow {
 public:
  void draw(AppState& state, const Fonts& fonts);

 private:
  ArticleView article_;
};

}  // namespace ann::web
