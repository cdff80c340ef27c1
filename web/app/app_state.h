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
//   - Hand marks    last_added, hand_note
#pragma once
#include <cstdint>
#include <string>
#include <unordered_set>

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
  // set_text's second half, for a text annotated elsewhere (a big text is annotated in one
  // frame and handed over in the next, app/document_io.h): `doc` is annotate()'s result for
  // a text that is not blank, `annotate_ms` what the call took.
  void set_annotated(Document doc, double annotate_ms);
  // Makes an already annotated document current (import, restore from storage, embedding
  // API). The caller has validated it (read_document_json does). Clears the history.
  void set_document(Document doc);
  void clear();
  bool has_text() const { return !document_.text.empty(); }
  const Document& document() const { return document_; }
  // Bumps on every change of the document: new text, set_document, apply, undo, redo,
  // set_dictionary. Storage, the embedding API ('change' events) and view caches watch it.
  uint64_t revision() const { return revision_; }
  // Bumps only when the text itself changes (set_text, set_document, clear): byte offsets
  // into the old text (a view's marked words) mean nothing after it.
  uint64_t text_revision() const { return text_revision_; }

  // --- Editing: every change from the UI goes through here, so it can be undone -----------
  Status apply(const Edit& edit);   // rejected edits change nothing (Status says why)
  // undo() and redo() also tell what they did in notice(): "Undone: add PERSON “Vučić”".
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

  // --- Hand marks: what the user did to a manual annotation, for the hover card ---------------
  // The id of the entity or claim the last successful AddEntity / AddClaim created (the view
  // selects it), kNoId before any.
  Id last_added() const { return last_added_; }
  // "added by hand" for an entity or claim added in this session, "corrected by hand" for one
  // the finders made and this session changed, "marked by hand" for a manual one from an
  // earlier session (the document does not say which it was), "" for Origin::Auto.
  const char* hand_note(Origin origin, Id id) const;

 private:
  void replace_document(Document doc);
  void changed();   // after an edit: revision, word count, a selection that no longer exists

  Document document_;
  History history_;
  Dictionary dictionary_;
  Selection selection_;
  ViewOptions options_;
  uint64_t revision_ = 0;
  uint64_t text_revision_ = 0;
  uint64_t selection_revision_ = 0;
  double annotate_ms_ = 0;
  size_t word_count_ = 0;
  std::string notice_;
  Id last_added_ = kNoId;
  // Edits give new records ids from next_id(), so ids from first_new_id_ on were made in this
  // session; manual_at_load_ holds the manual records the document came in with.
  Id first_new_id_ = 1;
  std::unordered_set<Id> manual_at_load_;
};

}  // namespace ann::web
