// AppState: what the app knows, independent of how it is drawn. It owns the annotated
// Document and replaces it when new text arrives (a paste); views read it and keep their own
// caches keyed by revision().
//
//   AppState state;
//   state.set_text("Vučić said on Monday ...");   // annotates: state.document().entities ...
//   state.revision()                             // 1: bumped on every new document
#pragma once
#include <cstdint>
#include <string>

#include "annotator.h"
#include "document/document.h"

namespace ann::web {

class AppState {
 public:
  // Annotates `utf8` (any bytes: invalid UTF-8 becomes U+FFFD) and makes it the document.
  // Text that is empty or only whitespace keeps the current document and sets notice().
  void set_text(std::string utf8);
  void clear();

  bool has_text() const { return !document_.text.empty(); }
  const Document& document() const { return document_; }
  uint64_t revision() const { return revision_; }
  double annotate_ms() const { return annotate_ms_; }   // time the last annotate() took
  size_t word_count() const { return word_count_; }

  // A one-line message for the status bar ("The clipboard held no text."), empty if none.
  const std::string& notice() const { return notice_; }

 private:
  void replace_document(Document doc);

  Document document_;
  uint64_t revision_ = 0;
  double annotate_ms_ = 0;
  size_t word_count_ = 0;
  std::string notice_;
};

}  // namespace ann::web
