// History: undo and redo of edits on one Document.
//
//   ann::History history;
//   history.apply(doc, ann::AddEntity{{0, 6}, ann::Label::Place});   // "Serbia"
//   history.undo_description();   // "add PLACE “Serbia”"
//   history.undo(doc);            // doc as before
//   history.redo(doc);            // the entity is back, with the same id
//
// A new edit after an undo drops the redo branch. The undo list keeps the last `capacity`
// edits (default 1000: an edit costs the records it touched, so a thousand edits of a long
// article stay well under a megabyte); the oldest are forgotten first.
#pragma once
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "editing/change.h"
#include "editing/edits.h"
#include "util/status.h"

namespace ann {

class History {
 public:
  static constexpr size_t kDefaultCapacity = 1000;
  explicit History(size_t capacity = kDefaultCapacity);

  // Applies `edit` (see apply_edit) and records it. An edit that changes nothing is not
  // recorded; a rejected one changes neither the document nor the history.
  Status apply(Document& doc, const Edit& edit);
  // Replaces doc's annotations by `next`'s as one undoable step (e.g. after reannotate);
  // the texts must be equal.
  Status replace_annotations(Document& doc, const Document& next, std::string description);
  // Records changes the caller has already applied to the document.
  void record(ChangeSet applied);

  bool can_undo() const { return !done_.empty(); }
  bool can_redo() const { return !undone_.empty(); }
  bool undo(Document& doc);   // false when there is nothing to undo
  bool redo(Document& doc);
  // What undo/redo would do, for menus ("" when nothing): "add PERSON “Vučić”".
  std::string_view undo_description() const;
  std::string_view redo_description() const;

  size_t undo_count() const { return done_.size(); }
  size_t redo_count() const { return undone_.size(); }
  size_t capacity() const { return capacity_; }
  void clear();   // e.g. when a new article replaces the document

 private:
  size_t capacity_;
  std::deque<ChangeSet> done_;       // oldest first
  std::vector<ChangeSet> undone_;    // most recently undone last
};

}  // namespace ann
