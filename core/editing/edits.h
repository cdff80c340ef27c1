// Edit operations on a Document: small values (the command pattern) that the UI and the JS
// API build and hand to apply_edit (or History::apply, which also makes them undoable).
//
//   ann::History history;
//   history.apply(doc, ann::AddEntity{{10, 17}, ann::Label::Person});    // "Vučić"
//   history.apply(doc, ann::RelabelEntity{id, ann::Label::Org});
//   history.undo(doc);
//
// Every edit is checked first and rejected with a Status naming the problem (a span past the
// end of the text or cutting a UTF-8 sequence, an unknown id, ...); a rejected edit leaves
// the document untouched. What an edit changes becomes Origin::Manual, so it survives a
// re-run of the finders (see reannotate.h). Spans are byte offsets, as in Document.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "document/document.h"
#include "editing/change.h"
#include "util/status.h"

namespace ann {

// Tags `span` with `label`. The mention joins the group with the same label whose canonical
// name or one of whose mentions has the same normalised text (see group_key), else a new
// group named after the span text. An entity with exactly the same span is an error.
struct AddEntity {
  Span span;
  Label label = Label::Person;
};

// Removes the mention; a group left with no mention goes too, and claims whose source
// pointed at that group lose the link (source_group = kNoId).
struct DeleteEntity {
  Id entity = kNoId;
};

// Gives the mention a new label. With whole_group, every mention of its group and the group
// change label. Otherwise the mention moves to the group of the new label with the same
// normalised text if there is one (its old group goes if left empty, claims following it),
// else a lone mention relabels its group, and a mention that shares its group leaves it for
// a new group.
struct RelabelEntity {
  Id entity = kNoId;
  Label label = Label::Person;
  bool whole_group = false;
};

// Moves every mention of group `absorb` into group `keep` (taking keep's label), re-points
// claims at `keep` and removes `absorb`. The canonical name becomes the longer of the two
// (in code points; a tie keeps keep's): "Vučić" + "Aleksandar Vučić" => "Aleksandar Vučić".
struct MergeGroups {
  Id keep = kNoId;
  Id absorb = kNoId;
};

// Takes one mention out of its group into a new group of its own, named after its text.
struct SplitMention {
  Id entity = kNoId;
};

// Sets a group's canonical name (trimmed; must not be empty).
struct RenameGroup {
  Id group = kNoId;
  std::string canonical;
};

// Adds a claim. When source_group is kNoId and a source span is given, the source links to
// the group of the last entity mention inside that span ("President Aleksandar Vučić").
struct AddClaim {
  Span content;
  std::optional<Span> source;
  std::optional<Span> cue;
  ClaimKind kind = ClaimKind::Indirect;
  ClaimStance stance = ClaimStance::Assert;
  Id source_group = kNoId;
};

struct DeleteClaim {
  Id claim = kNoId;
};

// Replaces the fields of the claim with id `claim.id` (kind, stance, source, cue, content,
// source_group): copy the claim, change what you need, apply.
struct EditClaim {
  Claim claim;
};

using Edit = std::variant<AddEntity, DeleteEntity, RelabelEntity, MergeGroups, SplitMention,
                          RenameGroup, AddClaim, DeleteClaim, EditClaim>;

// Applies `edit` to `doc`. On success `applied` (if given) receives the record-level changes
// (for History); on error `doc` is untouched and the Status says why.
Status apply_edit(Document& doc, const Edit& edit, ChangeSet* applied = nullptr);

// Checks that `span` is a non-empty byte range inside doc.text that starts and ends on
// UTF-8 sequence boundaries. `what` names it in the message:
//   check_span(doc, {3, 900}, "entity") => "entity span 3..900 ends past the end of the text (120 bytes)"
Status check_span(const Document& doc, Span span, std::string_view what);

// The text two mentions must share to be one entity: ASCII case folded, runs of whitespace
// as one space, ’ as ', a trailing possessive dropped.  "Vučić’s" => "vučić",
// "the  NATO" => "the nato".
std::string group_key(std::string_view mention_text);

}  // namespace ann
