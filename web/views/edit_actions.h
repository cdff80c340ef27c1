// The article view's edits, shared by its keys (edit_shortcuts.h), its right-click menu
// (label_menu.h) and the bar under the selection (selection_bar.h). Each goes through
// AppState::apply, so it can be undone, and selects what it made:
//
//   EditTarget target = {.marked = Span{10, 17}};          // the user dragged over "Vučić"
//   label_marked(state, target, ann::Label::Person);      // PERSON "Vučić", selected
//   relabel(state, target, ann::Label::Org, false);       // now ORG
//
// A refused edit changes nothing; AppState::apply puts its reason in the status line.
#pragma once
#include <optional>

#include "app/app_state.h"
#include "document/document.h"

namespace ann::web {

// What the edits act on: the text marked by a drag (not yet an annotation) and the
// selected annotation, copied by the view once per change (never searched per frame; a
// copy stays valid when an edit reorders the document's vectors).
struct EditTarget {
  std::optional<Span> marked;        // cleared by an edit that uses it
  std::optional<Entity> entity;      // the selected entity, if any
  int group_mentions = 0;            // how many mentions its group has (Split needs two)
  std::optional<Claim> claim;        // the selected claim, if any
};

// Keys 1-6 and the legend follow Label's order: PERSON ORG PLACE NORP DATE QUANTITY.
constexpr Label kLabelsInKeyOrder[kLabelCount] = {Label::Person, Label::Org, Label::Place,
                                                  Label::Norp, Label::Date, Label::Quantity};

// Whether the UI may edit at all (options().read_only is an embedding option).
bool can_edit(const AppState& state);

// The marked text becomes an entity with `label`, selected.
void label_marked(AppState& state, EditTarget& target, Label label);
// The marked text becomes a claim's content, selected (source and cue come next).
void claim_marked(AppState& state, EditTarget& target);

// The selected entity (or, with whole_group, its group) gets `label`.
void relabel(AppState& state, const EditTarget& target, Label label, bool whole_group);
// Deletes the selected entity or claim.
void delete_selected(AppState& state, const EditTarget& target);
void split_selected(AppState& state, const EditTarget& target);
// The selected entity's group joins group `into` (which keeps its label).
void merge_selected_into(AppState& state, const EditTarget& target, Id into);
void rename_selected_group(AppState& state, const EditTarget& target, std::string name);

// Claim parts: the marked text becomes the selected claim's source, cue or content; a
// source links to the group of the last entity inside it ("President Aleksandar Vučić").
enum class ClaimPart { Source, Cue, Content };
void set_claim_part(AppState& state, EditTarget& target, ClaimPart part);
void clear_claim_part(AppState& state, const EditTarget& target, ClaimPart part);
void set_claim_kind(AppState& state, const EditTarget& target, ClaimKind kind);
void set_claim_stance(AppState& state, const EditTarget& target, ClaimStance stance);

}  // namespace ann::web
