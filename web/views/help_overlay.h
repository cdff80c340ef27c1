// The keyboard shortcuts, over a dimmed page: F1 or ? (when not typing in a field) opens it,
// Escape, F1, ? or a click closes it.
//
//   Keyboard shortcuts
//   Ctrl/Cmd+V            Paste an article (replaces the current one)
//   Ctrl/Cmd+F            Search the text; Enter / Shift+Enter: next / previous hit
//   ...
#pragma once
#include "views/fonts.h"

namespace ann::web {

class HelpOverlay {
 public:
  void toggle() { open_ = !open_; opened_now_ = open_; }
  void close() { open_ = false; }
  bool is_open() const { return open_; }
  // Draws over everything when open; closes on Escape or a click.
  void draw(const Fonts& fonts);

 private:
  bool open_ = false;
  bool opened_now_ = false;   // the click or key that opened it must not close it at once
};

}  // namespace ann::web
