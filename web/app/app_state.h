// AppState: what the app knows, independent of how it is drawn. It owns the annotated
// Document, its undo history, the selection and the view options; views read it and keep
// their own caches keyed by revision().
//
//   AppState state;
//   state.set_text("Vučić said on Monday ...");   // annotates: state.document().entities ...
//   state.apply(ann::RelabelEntity{id, ann::Label::Org});   // undoable; revision() bumps
//   state.undo();
//
// Section index
//   - Document      set_text, set_document, clear, document, revision
//   - Editing       apply, undo, redo, history
//   - Dictionary    set_dictionary (re-runs the finders, keeping manual work)
//   - Selection     select, selection, selection_revision
//   - Options       options
//   - Status line   notice, set_notice, annotate_ms, word_count
#pragma once
#include <cstdint>
#include <string>

#include "annotator.h"
#include "app/view_options.h"
#include "document/document.h"
#include "editing/edits.h"
#include "editing/history.h"
#include "entities/dictionary.h"
#include "util/status.h"

namespace ann::web {

// What the user has selected: one entity mention, one group (e.g. from the Entities panel)
// or one claim. Ids are the Document's.
struct Selection {
  enum class Kind : uint8_t { None, Entity, Group, Claim };
  Kind kind = Kind::None;
  Id id = kNoId;
  bool operator==(const Selection&) const = default;
};

class AppState {
 public:
  // --- Document ---------------------------------------------------------------------------
  // Annotates `utf8` (any bytes: invalid UTF-8 becomes U+FFFD) and makes it the document.
  // Text that is empty or only whitespace keeps the current document and sets notice().
  void set_text(std::string utf8);
  // Makes an already annotated document current (import, restore from storage, embedding
  // API). The caller has validated it (read_document_json does). Clears the history.
  void set_document(Document doc);
  void clear();
  bool has_text() const { return !document_.text.empty(); }
  const Document& document() const { return document_; }
  // Bumps on every change of the document: new text, set_document, apply, undo, redo,
  // set_dictionary. Storage, the embedding API ('change' events) and view caches watch it.
  uint64_t revision() const { return revision_; }

  // --- Editing: every change from the UI goes through here, so it can be undone -----------
  Status apply(const Edit& edit);   // rejected edits change nothing (Status says why)
  bool undo();                      // false when there was nothing to undo
  bool redo();
  const History& history() const { return history_; }

  // --- Dictionary: newsroom names that take precedence over the built-in lexicons ---------
  // Re-runs the finders on the current text with it, keeping manual annotations (undoable).
  void set_dictionary(Dictionary dictionary);
  const Dictionary& dictionary() const { return dictionary_; }

  // --- Selection ----------------------------------------------------------------------------
  void select(Selection selection);
  const Selection& selection() const { return selection_; }
  uint64_t selection_revision() const { return selection_revision_; }   // bumps on change

  // --- Options --------------------------------------------------------------------------------
  ViewOptions& options() { return options_; }
  const ViewOptions& options() const { return options_; }

  // --- Status line ------------------------------------------------------------------------------
  // A one-line message for the status bar ("The clipboard held no text."), empty if none.
  const std::string& notice() const { return notice_; }
  void set_notice(std::string notice) { notice_ = std::move(notice); }
  double annotate_ms() const { return annotate_ms_; }   // time the last annotate() took
  size_t word_count() const { return word_count_; }

 private:
  void replace_document(Document doc);
  void changed();   // after an edit: revision, word count, a selection that no longer exists

  Document document_;
  History history_;
  Dictionary dictionary_;
  Selection selection_;
  ViewOptions options_;
  uint64_t revision_ = 0;
  uint64_t selection_revision_ = 0;
  double annotate_ms_ = 0;
  size_t word_count_ = 0;
  std::string notice_;
};

}  // namespace ann::web
