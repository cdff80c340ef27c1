// Keeps the user's documents in the browser's localStorage, so nothing is lost: every change
// is saved at once (Autosave watches AppState::revision()), reopening the page restores the
// last document with its edits, and the recent documents can be reopened or deleted.
//
// Layout (keys are UTF-8; values JSON):
//   annotator.doc.d1732547681000    the document JSON (write_document_json), everything kept
//   annotator.meta.d1732547681000   {"title":"BELGRADE — Serbian President","saved":1732547681000,
//                                    "bytes":5120}   small, so listing never parses documents
//   annotator.current               "d1732547681000": the document to restore on reload
//
// Storage can fail: it may be full (QuotaExceededError), disabled, or refuse writes (some
// private modes). A failed save is told in the status line with the advice to export; a
// damaged entry is reported and skipped, never a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "util/status.h"

namespace ann::web {

// One entry of the recent documents list.
struct StoredDocument {
  std::string id;          // "d1732547681000"
  std::string title;       // the first words of the text
  double saved_ms = 0;     // when it was last saved (ms since 1970)
  size_t bytes = 0;        // size of the text in UTF-8 bytes
  bool damaged = false;    // the meta entry could not be read (it can still be deleted)
};

// The documents in storage. Plain functions over localStorage (platform/browser.h).
class DocumentStore {
 public:
  // Newest first. Damaged entries are listed (damaged = true, title = the key) so the user
  // can delete them; *problem (if given) says how many were damaged.
  std::vector<StoredDocument> list(std::string* problem = nullptr) const;
  // Saves the document and its meta entry under `id`. The error names the browser's reason.
  Status save(const std::string& id, const Document& doc, double now_ms) const;
  // Reads a stored document; a damaged one gives the reader's message.
  Status load(const std::string& id, Document* out) const;
  void remove(const std::string& id) const;

  std::string current_id() const;            // "" when none
  void set_current_id(const std::string& id) const;   // "" forgets it
};

// The title of a document: its first words, up to about 60 bytes, on one line.
//   "BELGRADE — Serbian President Aleksandar Vučić said on Monday ..." => "BELGRADE — Serbian
//   President Aleksandar Vučić said on…"
std::string document_title(const std::string& text);

// "812 B", "12.3 KB", "1.2 MB" (1 KB = 1,000 bytes, as browsers and file managers show).
std::string size_text(size_t bytes);

// Saves every change of the document as it happens. Call after_change() once per frame
// (before drawing); it does nothing unless AppState::revision() moved.
class Autosave {
 public:
  // On page load: restores the last document, if any. Returns false if there was none or
  // it was damaged (the notice says so).
  bool restore(AppState& state);
  void after_change(AppState& state);
  // An embedded app (page_is_embedded) leaves storage to its host page: no restore, no saves.
  void set_enabled(bool enabled) { enabled_ = enabled; }
  bool enabled() const { return enabled_; }

  // Opens a stored document (the recent list). A damaged one leaves the current document.
  Status open(AppState& state, const std::string& id);
  void remove(AppState& state, const std::string& id);

  const DocumentStore& store() const { return store_; }
  const std::string& current_id() const { return current_id_; }
  // The last save's error, "" after a successful save (the status line shows it).
  const std::string& last_error() const { return last_error_; }
  uint64_t saves() const { return saves_; }   // successful saves so far (tests)

 private:
  void adopt(const AppState& state, const std::string& id);   // state holds document `id`

  DocumentStore store_;
  std::string current_id_;      // the id the current document is saved under
  std::string saved_text_;      // its text: a different text is a new document
  uint64_t seen_revision_ = 0;
  bool started_ = false;
  std::string last_error_;
  uint64_t saves_ = 0;
  bool enabled_ = true;
};

}  // namespace ann::web
