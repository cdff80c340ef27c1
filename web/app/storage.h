// Keeps the user's documents in the browser, so nothing is lost: every change is saved at
// once (Autosave watches AppState::revision()), reopening the page restores the last
// document with its edits, and the recent documents can be reopened or deleted.
//
// Where: IndexedDB (no 5 MB cap; platform/browser.h, "The document store"), else
// localStorage, else nowhere (the user is told and can export). The browser answers
// asynchronously, so:
//   - start() asks for the list of documents; the last one is restored when it arrives
//     (unless the user pasted something meanwhile);
//   - saves are coalesced: one save in flight at a time, and when it is answered the newest
//     revision is written (ten quick edits => at most two writes, the last one current);
//   - open() from the Recent list answers in a later frame ("Opening 1.2 MB…" meanwhile).
//
// Per document: the document JSON (write_document_json) and a small meta entry
//   d1732547681000  {"title":"BELGRADE — Serbian President","saved":1732547681000,"bytes":5120}
// so listing never parses documents.
//
// Storage can fail: it may be full (QuotaExceededError), disabled, or refuse writes (some
// private modes). A failed save is told in the status line with the advice to export; a
// damaged entry is reported and skipped, never a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
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

// What the app knows of the stored documents: the meta entries, read once when the store
// opened and kept up to date by Autosave (no round trip to list them).
class DocumentStore {
 public:
  // The store's answer to store_open() (browser.h StoreHooks::on_opened). False if the JSON
  // is not what the browser seam writes.
  bool take_snapshot(const std::string& snapshot_json);

  // Newest first. Damaged entries are listed (damaged = true, title = "Damaged entry d1") so
  // the user can delete them; *problem (if given) says how many were damaged.
  std::vector<StoredDocument> list(std::string* problem = nullptr) const;
  bool contains(const std::string& id) const { return metas_.count(id) > 0; }
  size_t stored_bytes(const std::string& id) const;   // the text's size, 0 if unknown

  void put_meta(const std::string& id, std::string meta_json) { metas_[id] = std::move(meta_json); }
  void remove(const std::string& id);   // from the browser too

  bool opened() const { return opened_; }
  // "indexeddb", "localstorage" or "none" ("" before the store opened).
  const std::string& backend() const { return backend_; }
  // Why a better backend was not used ("IndexedDB is not available in this browser").
  const std::string& problem() const { return problem_; }
  int migrated() const { return migrated_; }   // documents moved from localStorage on open

  const std::string& current_id() const { return current_; }   // "" when none
  void set_current_id(const std::string& id);                   // "" forgets it

 private:
  bool opened_ = false;
  std::string backend_, problem_, current_;
  int migrated_ = 0;
  std::map<std::string, std::string> metas_;   // id => meta JSON as stored
};

// The meta entry saved beside a document.
std::string document_meta_json(const Document& doc, double saved_ms);

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
  // On page load: connects to the store and asks for the list; the last document, if any,
  // is restored when it arrives. An embedded app (page_is_embedded) leaves storage to its
  // host page: no restore, no saves, no Recent.
  void start(AppState& state, bool enabled);
  void after_change(AppState& state);
  // The page is being left or hidden: writes a change that waits for its frame (or for the
  // save in flight) at once.
  void flush(AppState& state);
  // Whether a change is not written yet (or its write not answered).
  bool unsaved(const AppState& state) const { return in_flight_ || state.revision() != seen_revision_; }
  bool enabled() const { return enabled_; }

  // Opens a stored document (the recent list); it arrives in a later frame. A damaged one
  // leaves the current document and says why in the notice.
  void open(AppState& state, const std::string& id);
  void remove(AppState& state, const std::string& id);

  // "Opening 1.2 MB…" while a stored document is on its way (views/progress_view.h).
  const std::string& loading_message() const { return loading_message_; }

  const DocumentStore& store() const { return store_; }
  const std::string& current_id() const { return current_id_; }
  // The last save's error, "" after a successful save (the status line shows it).
  const std::string& last_error() const { return last_error_; }
  uint64_t saves() const { return saves_; }   // successful saves so far (tests)
  bool saving() const { return in_flight_; }
  size_t last_save_bytes() const { return last_save_bytes_; }   // JSON bytes of the last write
  // Main-thread time of the last save (writing the JSON, handing it to the browser) and of
  // the last load (reading the JSON, making it the document), in ms.
  double last_save_ms() const { return last_save_ms_; }
  double last_load_ms() const { return last_load_ms_; }

 private:
  void opened(AppState& state, const std::string& snapshot_json);
  void loaded(AppState& state, const std::string& id, const std::string& json, const std::string& error);
  void saved(AppState& state, const std::string& id, const std::string& error);
  void save_now(const AppState& state);
  void adopt(const AppState& state, const std::string& id);   // state holds document `id`

  DocumentStore store_;
  bool enabled_ = true;
  std::string current_id_;      // the id the current document is saved under
  std::string saved_text_;      // its text: a different text is a new document
  uint64_t seen_revision_ = 0;  // the last revision written (or being written)
  // One save in flight at a time; the newest revision follows when it is answered.
  bool in_flight_ = false;
  std::string in_flight_id_, in_flight_meta_;
  // A load in flight: the restore on page load, or an Open from the Recent list.
  std::string loading_id_;
  bool loading_is_restore_ = false;
  uint64_t loading_revision_ = 0;   // a change meanwhile (a paste) wins over the load
  std::string loading_message_;
  std::string last_error_;
  uint64_t saves_ = 0;
  size_t last_save_bytes_ = 0;
  double last_save_ms_ = 0, last_load_ms_ = 0;
};

}  // namespace ann::web
