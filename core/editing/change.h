// ChangeSet: the exact record-level difference one edit made to a Document, so that it can
// be undone and redone. Edits never touch the text, only entities, groups and claims.
//
//   Add PERSON "Vučić" (joining no group) =>
//     {group  g9:  none -> {canonical "Vučić"}      at index 4}
//     {entity e10: none -> {span 10..17, group g9}  at index 2}
//   inverted() swaps before/after and reverses the order, so undo is apply(inverted(set)).
//
// Each change remembers the vector index the record had before and has after, so an undo
// puts a record back exactly where it was, even among records that start at the same byte.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "document/document.h"

namespace ann {

template <typename Record>
struct RecordChange {
  std::optional<Record> before;   // nullopt: the change inserts the record
  std::optional<Record> after;    // nullopt: the change erases the record
  size_t before_index = 0;        // index of `before` in the vector before the change
  size_t after_index = 0;         // index of `after` in the vector after the change
};

using Change =
    std::variant<RecordChange<Entity>, RecordChange<EntityGroup>, RecordChange<Claim>>;

struct ChangeSet {
  std::string description;        // for menus: "Undo " + description, e.g. "add PERSON “Vučić”"
  std::vector<Change> changes;    // applied in order
  bool empty() const { return changes.empty(); }
};

// Applies `set` to the document state it was recorded against (or, for an inverted set, the
// state it produced). Never fails on such a state.
void apply_changes(const ChangeSet& set, Document& doc);
ChangeSet inverted(const ChangeSet& set);

// The changes that turn `from`'s annotations into `to`'s (the texts are assumed equal): every
// record of `from` erased, every record of `to` inserted. Used to undo a re-annotation.
ChangeSet replacement_changes(const Document& from, const Document& to, std::string description);

// One line per record, for tests and debugging; two documents with the same listing have
// the same annotations in the same order:
//   "g1 PERSON manual “Vučić”\ne2 0..7 PERSON g1 manual\nc3 content 9..20 source - cue - g0
//    indirect assert auto\n"
std::string annotations_listing(const Document& doc);

// Performs record-level edits on a Document and records them into a ChangeSet. Insertions
// keep Document's order: entities by span.begin, claims by content.begin, groups appended.
class ChangeRecorder {
 public:
  ChangeRecorder(Document& doc, ChangeSet& out) : doc_(doc), out_(out) {}

  void insert(const Entity& e);
  void insert(const EntityGroup& g);
  void insert(const Claim& c);
  // Replaces the record with the same id (which must exist); re-sorts when its key moved.
  void update(const Entity& e);
  void update(const EntityGroup& g);
  void update(const Claim& c);
  void erase_entity(Id id);
  void erase_group(Id id);
  void erase_claim(Id id);

  Document& doc() { return doc_; }

 private:
  Document& doc_;
  ChangeSet& out_;
};

}  // namespace ann
