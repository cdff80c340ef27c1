#include "views/edit_actions.h"

#include <utility>

namespace ann::web {
namespace {

// The group of the last entity inside `span`, as AddClaim links a new claim's source.
Id group_inside(const Document& doc, Span span) {
  Id group = kNoId;
  for (const Entity& e : doc.entities) {
    if (e.span.begin >= span.end) break;   // entities are sorted by begin
    if (e.span.begin >= span.begin && e.span.end <= span.end) group = e.group;
  }
  return group;
}

void edit_claim(AppState& state, Claim claim) { state.apply(EditClaim{std::move(claim)}); }

}  // namespace

bool can_edit(const AppState& state) { return state.has_text() && !state.options().read_only; }

void label_marked(AppState& state, EditTarget& target, Label label) {
  if (!can_edit(state) || !target.marked) return;
  if (state.apply(AddEntity{*target.marked, label}).ok()) {
    state.select({Selection::Kind::Entity, state.last_added()});
    target.marked.reset();
  }
}

void claim_marked(AppState& state, EditTarget& target) {
  if (!can_edit(state) || !target.marked) return;
  if (state.apply(AddClaim{.content = *target.marked}).ok()) {
    state.select({Selection::Kind::Claim, state.last_added()});
    target.marked.reset();
  }
}

void relabel(AppState& state, const EditTarget& target, Label label, bool whole_group) {
  if (!can_edit(state) || !target.entity) return;
  state.apply(RelabelEntity{target.entity->id, label, whole_group});
}

void delete_selected(AppState& state, const EditTarget& target) {
  if (!can_edit(state)) return;
  if (target.entity) {
    state.apply(DeleteEntity{target.entity->id});
  } else if (target.claim) {
    state.apply(DeleteClaim{target.claim->id});
  }
}

void split_selected(AppState& state, const EditTarget& target) {
  if (can_edit(state) && target.entity) state.apply(SplitMention{target.entity->id});
}

void merge_selected_into(AppState& state, const EditTarget& target, Id into) {
  if (can_edit(state) && target.entity) state.apply(MergeGroups{into, target.entity->group});
}

void rename_selected_group(AppState& state, const EditTarget& target, std::string name) {
  if (can_edit(state) && target.entity) state.apply(RenameGroup{target.entity->group, std::move(name)});
}

void set_claim_part(AppState& state, EditTarget& target, ClaimPart part) {
  if (!can_edit(state) || !target.claim || !target.marked) return;
  Claim claim = *target.claim;
  const Span span = *target.marked;
  switch (part) {
    case ClaimPart::Source:
      claim.source = span;
      claim.source_group = group_inside(state.document(), span);
      break;
    case ClaimPart::Cue: claim.cue = span; break;
    case ClaimPart::Content: claim.content = span; break;
  }
  edit_claim(state, std::move(claim));
  target.marked.reset();
}

void clear_claim_part(AppState& state, const EditTarget& target, ClaimPart part) {
  if (!can_edit(state) || !target.claim) return;
  Claim claim = *target.claim;
  if (part == ClaimPart::Source) {
    claim.source.reset();
    claim.source_group = kNoId;
  } else if (part == ClaimPart::Cue) {
    claim.cue.reset();
  } else {
    return;   // a claim always has content
  }
  edit_claim(state, std::move(claim));
}

void set_claim_kind(AppState& state, const EditTarget& target, ClaimKind kind) {
  if (!can_edit(state) || !target.claim || target.claim->kind == kind) return;
  Claim claim = *target.claim;
  claim.kind = kind;
  edit_claim(state, std::move(claim));
}

void set_claim_stance(AppState& state, const EditTarget& target, ClaimStance stance) {
  if (!can_edit(state) || !target.claim || target.claim->stance == stance) return;
  Claim claim = *target.claim;
  claim.stance = stance;
  edit_claim(state, std::move(claim));
}

}  // namespace ann::web
