// Everything that brings a document into the app or takes it out: paste (text or HTML), the
// Paste button, dropped and opened files (.txt .md .html .json), imports (document JSON and
// W3C JSON-LD), exports (download or clipboard), autosave and the recent documents.
// One per page (document_io()), because the page's JavaScript calls into it.
//
//   document_io().start(state);          // once: listeners, restore the last document
//   document_io().before_frame(state);   // every frame: pending annotation, autosave
//   document_io().open_file(state, "report.html", bytes);   // what a drop does
//
// Big texts: annotate() blocks the page (the core has no incremental mode), so a text that
// would take longer than ~100 ms is first shown as "Annotating 1.2 MB…" for one frame, then
// annotated in the next, handed to the app (and laid out) in the one after, and saved after
// that: each long step in a frame of its own (docs/big-texts.md has the measurements).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.h"
#include "app/storage.h"
#include "formats/export.h"
#include "util/status.h"

namespace ann::web {

enum class ExportAction { Download, Copy };

class DocumentIo {
 public:
  void start(AppState& state);
  void before_frame(AppState& state);

  // --- Input -------------------------------------------------------------------------------
  // New text for the article (paste, Paste button, dropped text). `source` names it in
  // messages ("report.txt"); empty for a paste.
  void take_text(AppState& state, std::string text, std::string_view source = {});
  // HTML (clipboard text/html, a .html file): cleaned to text with its paragraphs; `plain`
  // is used when the HTML holds no text.
  void take_html(AppState& state, std::string_view html, std::string plain = {},
                 std::string_view source = {});
  // A dropped or opened file, by its extension: text, HTML, or a JSON import. Anything else
  // (or a binary file) gives a message and the open document stays.
  void open_file(AppState& state, std::string_view name, std::string bytes);
  // The document JSON or W3C JSON-LD (for the current text). On error nothing changes and
  // the Status says what is wrong.
  Status import_json(AppState& state, std::string_view json);
  void clipboard_blocked(AppState& state, std::string_view reason);

  // --- Progress (views/progress_view.h draws it) ------------------------------------------
  // "Annotating 1.2 MB…" while a big text waits for its frame; "" otherwise.
  const std::string& progress_message() const { return progress_message_; }
  void progress_drawn() { ++progress_frames_; }
  double estimated_ms(size_t bytes) const { return static_cast<double>(bytes) / bytes_per_ms_; }

  // --- Export ------------------------------------------------------------------------------
  void export_document(AppState& state, ExportFormat format, ExportAction action);
  // The file name base from the document's first words: "belgrade-serbian-president-vucic".
  std::string file_base_name(const Document& doc) const;

  // --- Storage -----------------------------------------------------------------------------
  Autosave& autosave() { return autosave_; }

  // --- Tests: where the io views drew their buttons (window.annotatorTest.io("items")) ------
  void note_item(std::string name, float x, float y, float width, float height);
  std::string test_query(std::string_view query, AppState& state);

 private:
  void annotate_now(AppState& state, std::string text, std::string source);
  void hand_over(AppState& state);   // BigStep::Annotated => the app's document

  AppState* state_ = nullptr;
  Autosave autosave_;
  // A big text goes through the frames one long step per frame, the card on screen between
  // them: Queued (the card is drawn) -> Annotated (annotate() ran) -> handed to AppState (the
  // view lays it out in that frame) -> the autosave writes it in the next.
  enum class BigStep { None, Queued, Annotated };
  BigStep big_step_ = BigStep::None;
  Document annotated_;
  double annotated_ms_ = 0;
  std::string pending_text_;
  std::string pending_source_;
  std::string progress_message_;
  int progress_frames_ = 0;
  double last_handover_ms_ = 0;   // the last set_text or set_annotated, annotate() excluded
  double bytes_per_ms_ = 3000;   // ~3 MB/s, the wasm core's speed (docs/BENCHMARKS.md); measured after
  struct Item {
    std::string name;
    float x, y, width, height;
  };
  std::vector<Item> items_;
};

DocumentIo& document_io();

// Text lengths past this are refused (pasted, dropped or opened alike).
constexpr size_t kMaxTextBytes = 32u * 1000 * 1000;

}  // namespace ann::web
