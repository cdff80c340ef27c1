#include "editing/reannotate.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "editing/edits.h"

namespace ann {
namespace {

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// Normalised names under which a group is known: its canonical name and its mentions' texts.
std::set<std::string> group_names(const Document& doc, const EntityGroup& g) {
  std::set<std::string> names = {group_key(g.canonical)};
  for (const Entity& e : doc.entities) {
    if (e.group == g.id) names.insert(group_key(doc.span_text(e.span)));
  }
  return names;
}

}  // namespace

Status reannotate(const Document& current, const Document& fresh_auto, Document* out) {
  if (current.text != fresh_auto.text) {
    return Status::Error("cannot re-annotate: the new run is of a different text");
  }
  Document merged;
  merged.text = current.text;
  merged.replaced_invalid_utf8 = current.replaced_invalid_utf8;

  // 1. The user's work.
  for (const Entity& e : current.entities) {
    if (e.origin == Origin::Manual) merged.entities.push_back(e);
  }
  for (const Claim& c : current.claims) {
    if (c.origin == Origin::Manual) merged.claims.push_back(c);
  }
  std::set<Id> kept_group_ids;
  for (const Entity& e : merged.entities) kept_group_ids.insert(e.group);
  for (const Claim& c : merged.claims) kept_group_ids.insert(c.source_group);
  for (const EntityGroup& g : current.groups) {
    if (g.origin == Origin::Manual) kept_group_ids.insert(g.id);
  }
  std::vector<std::pair<const EntityGroup*, std::set<std::string>>> kept_groups;
  for (const EntityGroup& g : current.groups) {
    if (kept_group_ids.count(g.id)) kept_groups.emplace_back(&g, group_names(current, g));
  }

  // 2. The new run, with ids above every id of `current`.
  Id next_id = std::max(current.next_id(), merged.next_id());
  std::map<Id, Id> group_ids;   // fresh group id => id in `merged`
  auto map_group = [&](Id fresh_id) -> Id {
    if (fresh_id == kNoId) return kNoId;
    if (auto it = group_ids.find(fresh_id); it != group_ids.end()) return it->second;
    const EntityGroup* fresh = fresh_auto.find_group(fresh_id);
    if (!fresh) return kNoId;
    std::set<std::string> names = group_names(fresh_auto, *fresh);
    for (const auto& kept : kept_groups) {   // (clang 14 cannot capture structured bindings)
      const std::set<std::string>& kept_names = kept.second;
      if (kept.first->label != fresh->label) continue;
      bool shared = std::any_of(names.begin(), names.end(),
                                [&](const std::string& n) { return kept_names.count(n) > 0; });
      if (shared) return group_ids[fresh_id] = kept.first->id;
    }
    EntityGroup added = *fresh;
    added.id = next_id++;
    merged.groups.push_back(added);
    return group_ids[fresh_id] = added.id;
  };
  std::vector<Span> manual_entity_spans;
  for (const Entity& e : merged.entities) manual_entity_spans.push_back(e.span);
  for (const Entity& e : fresh_auto.entities) {
    if (e.origin != Origin::Auto) continue;
    bool hidden = std::any_of(manual_entity_spans.begin(), manual_entity_spans.end(),
                              [&](Span s) { return overlaps(s, e.span); });
    if (hidden) continue;
    Entity added = e;
    added.group = map_group(e.group);
    added.id = next_id++;
    merged.entities.push_back(added);
  }
  std::vector<Span> manual_contents;
  for (const Claim& c : merged.claims) manual_contents.push_back(c.content);
  for (const Claim& c : fresh_auto.claims) {
    if (c.origin != Origin::Auto) continue;
    bool hidden = std::any_of(manual_contents.begin(), manual_contents.end(),
                              [&](Span s) { return overlaps(s, c.content); });
    if (hidden) continue;
    Claim added = c;
    added.source_group = map_group(c.source_group);
    added.id = next_id++;
    merged.claims.push_back(added);
  }

  // 3. Kept groups that still have a mention or a claim's link, before the new ones.
  std::set<Id> used;
  for (const Entity& e : merged.entities) used.insert(e.group);
  for (const Claim& c : merged.claims) used.insert(c.source_group);
  std::vector<EntityGroup> groups;
  for (const auto& [kept, names] : kept_groups) {
    if (used.count(kept->id)) groups.push_back(*kept);
  }
  for (const EntityGroup& g : merged.groups) {
    if (used.count(g.id)) groups.push_back(g);
  }
  merged.groups = std::move(groups);
  std::stable_sort(merged.entities.begin(), merged.entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
  std::stable_sort(merged.claims.begin(), merged.claims.end(), [](const Claim& a, const Claim& b) {
    return a.content.begin < b.content.begin;
  });
  *out = std::move(merged);
  return Status();
}

}  // namespace ann
