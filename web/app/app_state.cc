#include "app/app_state.h"

#include <chrono>
#include <utility>

namespace ann::web {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_blank(const std::string& text) {
  for (char c : text) {
    if (!is_ascii_space(c)) return false;
  }
  return true;
}

// Runs of non-whitespace: "Vučić said—again" => 2 words. Good enough for a status line.
size_t count_words(const std::string& text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = is_ascii_space(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

void AppState::set_text(std::string utf8) {
  if (is_blank(utf8)) {
    notice_ = utf8.empty() ? "The clipboard held no text." : "The pasted text is blank.";
    return;
  }
  auto start = std::chrono::steady_clock::now();
  Document doc = annotate(utf8);
  annotate_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  notice_.clear();
  if (doc.replaced_invalid_utf8 > 0) {
    notice_ = std::to_string(doc.replaced_invalid_utf8) + " invalid byte sequence(s) were replaced by \xEF\xBF\xBD.";
  }
  replace_document(std::move(doc));
}

void AppState::clear() {
  annotate_ms_ = 0;
  notice_.clear();
  replace_document(Document{});
}

void AppState::replace_document(Document doc) {
  document_ = std::move(doc);
  word_count_ = count_words(document_.text);
  ++revision_;
}

}  // namespace ann::web
