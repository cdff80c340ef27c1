#include "editing/history.h"

#include <utility>

namespace ann {

History::History(size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

Status History::apply(Document& doc, const Edit& edit) {
  ChangeSet applied;
  Status status = apply_edit(doc, edit, &applied);
  if (status.ok()) record(std::move(applied));
  return status;
}

Status History::replace_annotations(Document& doc, const Document& next, std::string description) {
  if (doc.text != next.text) {
    return Status::Error("cannot replace the annotations: the texts differ");
  }
  ChangeSet set = replacement_changes(doc, next, std::move(description));
  apply_changes(set, doc);
  record(std::move(set));
  return Status();
}

void History::record(ChangeSet applied) {
  if (applied.empty()) return;
  undone_.clear();   // a new edit after an undo drops the redo branch
  done_.push_back(std::move(applied));
  while (done_.size() > capacity_) done_.pop_front();
}

bool History::undo(Document& doc) {
  if (done_.empty()) return false;
  ChangeSet set = std::move(done_.back());
  done_.pop_back();
  apply_changes(inverted(set), doc);
  undone_.push_back(std::move(set));
  return true;
}

bool History::redo(Document& doc) {
  if (undone_.empty()) return false;
  ChangeSet set = std::move(undone_.back());
  undone_.pop_back();
  apply_changes(set, doc);
  done_.push_back(std::move(set));
  return true;
}

std::string_view History::undo_description() const {
  return done_.empty() ? std::string_view() : std::string_view(done_.back().description);
}

std::string_view History::redo_description() const {
  return undone_.empty() ? std::string_view() : std::string_view(undone_.back().description);
}

void History::clear() {
  done_.clear();
  undone_.clear();
}

}  // namespace ann
