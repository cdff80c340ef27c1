#include "editing/edits.h"

#include <algorithm>

#include "text/utf8.h"

namespace ann {
namespace {

bool is_continuation_byte(unsigned char b) { return (b & 0xC0) == 0x80; }

size_t code_point_count(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return !is_continuation_byte(static_cast<unsigned char>(c));
  }));
}

// "“the statement dated June 23 says that the factory…”": short enough for a menu item,
// cut on a UTF-8 boundary.
std::string quoted_excerpt(std::string_view text) {
  constexpr size_t kMaxBytes = 40;
  std::string out = "“";
  if (text.size() <= kMaxBytes) {
    out += text;
  } else {
    size_t cut = kMaxBytes;
    while (cut > 0 && is_continuation_byte(static_cast<unsigned char>(text[cut]))) --cut;
    out += text.substr(0, cut);
    out += "…";
  }
  out += "”";
  return out;
}

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string id_text(char kind, Id id) { return std::string(1, kind) + std::to_string(id); }

const Entity* find_entity(const Document& doc, Id id) {
  for (const Entity& e : doc.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

const Claim* find_claim(const Document& doc, Id id) {
  for (const Claim& c : doc.claims) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

size_t mention_count(const Document& doc, Id group) {
  return static_cast<size_t>(std::count_if(doc.entities.begin(), doc.entities.end(),
                                           [group](const Entity& e) { return e.group == group; }));
}

// The group of label `label` that a mention with this key joins, or kNoId.
Id matching_group(const Document& doc, std::string_view key, Label label) {
  for (const EntityGroup& g : doc.groups) {
    if (g.label == label && group_key(g.canonical) == key) return g.id;
  }
  for (const Entity& e : doc.entities) {
    const EntityGroup* g = doc.find_group(e.group);
    if (g && g->label == label && group_key(doc.span_text(e.span)) == key) return g->id;
  }
  return kNoId;
}

Id add_group(ChangeRecorder& rec, std::string_view canonical, Label label) {
  EntityGroup g;
  g.id = rec.doc().next_id();
  g.canonical = std::string(trim_spaces(canonical));
  g.label = label;
  g.origin = Origin::Manual;
  rec.insert(g);
  return g.id;
}

// After the mention `removed_text` left group `group_id`: a canonical name that was only that
// mention's text becomes the longest remaining mention's text. A name no mention carries
// (a dictionary's full form, a manual rename) stays.
void refresh_canonical(ChangeRecorder& rec, Id group_id, std::string_view removed_text) {
  const Document& doc = rec.doc();
  const EntityGroup* g = doc.find_group(group_id);
  if (!g || g->canonical != trim_spaces(removed_text)) return;
  std::string_view longest;
  for (const Entity& e : doc.entities) {
    if (e.group != group_id) continue;
    std::string_view t = trim_spaces(doc.span_text(e.span));
    if (t == g->canonical) return;
    if (code_point_count(t) > code_point_count(longest)) longest = t;
  }
  if (longest.empty()) return;
  EntityGroup updated = *g;
  updated.canonical = std::string(longest);
  rec.update(updated);
}

// Claims whose source pointed at `group_id` lose the link; then the group goes.
void erase_group(ChangeRecorder& rec, Id group_id) {
  std::vector<Claim> linked;
  for (const Claim& c : rec.doc().claims) {
    if (c.source_group == group_id) linked.push_back(c);
  }
  for (Claim& c : linked) {
    c.source_group = kNoId;
    rec.update(c);
  }
  rec.erase_group(group_id);
}

Status missing(std::string_view what, char kind, Id id) {
  return Status::Error(std::string(what) + " " + id_text(kind, id) + " does not exist");
}

bool same_claim(const Claim& a, const Claim& b) {
  return a.id == b.id && a.source == b.source && a.source_group == b.source_group &&
         a.cue == b.cue && a.content == b.content && a.kind == b.kind && a.stance == b.stance &&
         a.origin == b.origin;
}

// ---- the operations: check everything first, then change through the recorder ----------

Status apply(ChangeRecorder& rec, ChangeSet& set, const AddEntity& op) {
  const Document& doc = rec.doc();
  if (Status s = check_span(doc, op.span, "entity"); !s.ok()) return s;
  std::string_view text = doc.span_text(op.span);
  for (const Entity& e : doc.entities) {
    if (e.span == op.span) {
      return Status::Error(quoted_excerpt(text) + " is already an entity (" +
                           std::string(label_name(e.label)) + "): relabel it instead");
    }
  }
  set.description = "add " + std::string(label_name(op.label)) + " " + quoted_excerpt(text);
  Id group = matching_group(doc, group_key(text), op.label);
  if (group == kNoId) group = add_group(rec, text, op.label);
  Entity e;
  e.id = rec.doc().next_id();
  e.span = op.span;
  e.label = op.label;
  e.group = group;
  e.origin = Origin::Manual;
  rec.insert(e);
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const DeleteEntity& op) {
  const Entity* found = find_entity(rec.doc(), op.entity);
  if (!found) return missing("entity", 'e', op.entity);
  Entity e = *found;
  std::string text(rec.doc().span_text(e.span));
  set.description = "delete " + std::string(label_name(e.label)) + " " + quoted_excerpt(text);
  rec.erase_entity(e.id);
  if (mention_count(rec.doc(), e.group) == 0) {
    if (rec.doc().find_group(e.group)) erase_group(rec, e.group);
  } else {
    refresh_canonical(rec, e.group, text);
  }
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const RelabelEntity& op) {
  const Entity* found = find_entity(rec.doc(), op.entity);
  if (!found) return missing("entity", 'e', op.entity);
  Entity e = *found;
  std::string text(rec.doc().span_text(e.span));
  set.description = "relabel " + quoted_excerpt(text) + " as " + std::string(label_name(op.label));
  const EntityGroup* group = rec.doc().find_group(e.group);
  bool alone = mention_count(rec.doc(), e.group) <= 1;
  // A group of the new label with the same name takes the mention in ("Jordan" PERSON =>
  // PLACE joins the PLACE group "Jordan"), unless the whole group changes.
  Id target = op.whole_group ? kNoId : matching_group(rec.doc(), group_key(text), op.label);
  if (target == e.group) target = kNoId;
  if (op.whole_group || (alone && target == kNoId)) {
    // The group changes label, each of its mentions with it.
    std::vector<Entity> mentions;
    for (const Entity& m : rec.doc().entities) {
      if (m.id == e.id || (group && m.group == group->id)) mentions.push_back(m);
    }
    for (Entity& m : mentions) {
      if (m.label == op.label && m.origin == Origin::Manual) continue;
      m.label = op.label;
      m.origin = Origin::Manual;
      rec.update(m);
    }
    if (group && (group->label != op.label || group->origin != Origin::Manual)) {
      EntityGroup g = *group;
      g.label = op.label;
      g.origin = Origin::Manual;
      rec.update(g);
    }
    return Status();
  }
  if (e.label == op.label && target == kNoId) return Status();   // nothing to do
  // The mention leaves its group for a group of the new label.
  if (target == kNoId) target = add_group(rec, text, op.label);
  Id old_group = e.group;
  e.label = op.label;
  e.group = target;
  e.origin = Origin::Manual;
  rec.update(e);
  if (mention_count(rec.doc(), old_group) == 0 && rec.doc().find_group(old_group)) {
    // It was the group's only mention: claims follow it to its new group.
    std::vector<Claim> linked;
    for (const Claim& c : rec.doc().claims) {
      if (c.source_group == old_group) linked.push_back(c);
    }
    for (Claim& c : linked) {
      c.source_group = target;
      rec.update(c);
    }
    rec.erase_group(old_group);
  } else {
    refresh_canonical(rec, old_group, text);
  }
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const MergeGroups& op) {
  const Document& doc = rec.doc();
  const EntityGroup* keep = doc.find_group(op.keep);
  const EntityGroup* absorb = doc.find_group(op.absorb);
  if (!keep) return missing("group", 'g', op.keep);
  if (!absorb) return missing("group", 'g', op.absorb);
  if (op.keep == op.absorb) return Status::Error("cannot merge group " + id_text('g', op.keep) + " with itself");
  EntityGroup merged = *keep;
  if (code_point_count(absorb->canonical) > code_point_count(keep->canonical)) {
    merged.canonical = absorb->canonical;
  }
  merged.origin = Origin::Manual;
  set.description = "merge " + quoted_excerpt(absorb->canonical) + " into " +
                    quoted_excerpt(keep->canonical);
  std::vector<Entity> moved;
  for (const Entity& e : doc.entities) {
    if (e.group == op.absorb) moved.push_back(e);
  }
  std::vector<Claim> relinked;
  for (const Claim& c : doc.claims) {
    if (c.source_group == op.absorb) relinked.push_back(c);
  }
  for (Entity& e : moved) {
    e.group = op.keep;
    e.label = merged.label;
    e.origin = Origin::Manual;
    rec.update(e);
  }
  for (Claim& c : relinked) {
    c.source_group = op.keep;
    rec.update(c);
  }
  rec.erase_group(op.absorb);
  rec.update(merged);
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const SplitMention& op) {
  const Entity* found = find_entity(rec.doc(), op.entity);
  if (!found) return missing("entity", 'e', op.entity);
  Entity e = *found;
  std::string text(rec.doc().span_text(e.span));
  if (mention_count(rec.doc(), e.group) <= 1) {
    return Status::Error(quoted_excerpt(text) + " is already the only mention of its group");
  }
  set.description = "split " + quoted_excerpt(text) + " into its own group";
  Id old_group = e.group;
  e.group = add_group(rec, text, e.label);
  e.origin = Origin::Manual;
  rec.update(e);
  refresh_canonical(rec, old_group, text);
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const RenameGroup& op) {
  const EntityGroup* found = rec.doc().find_group(op.group);
  if (!found) return missing("group", 'g', op.group);
  std::string_view name = trim_spaces(op.canonical);
  if (name.empty()) return Status::Error("a group name cannot be empty");
  if (!is_valid_utf8(name)) return Status::Error("the group name is not valid UTF-8");
  EntityGroup g = *found;
  set.description = "rename " + quoted_excerpt(g.canonical) + " to " + quoted_excerpt(name);
  if (g.canonical == name && g.origin == Origin::Manual) return Status();
  g.canonical = std::string(name);
  g.origin = Origin::Manual;
  rec.update(g);
  return Status();
}

// Checks a claim's spans and source group (shared by AddClaim and EditClaim).
Status check_claim(const Document& doc, const Claim& c) {
  if (Status s = check_span(doc, c.content, "claim content"); !s.ok()) return s;
  if (c.source) {
    if (Status s = check_span(doc, *c.source, "claim source"); !s.ok()) return s;
  }
  if (c.cue) {
    if (Status s = check_span(doc, *c.cue, "claim cue"); !s.ok()) return s;
  }
  if (c.source_group != kNoId && !doc.find_group(c.source_group)) {
    return missing("source group", 'g', c.source_group);
  }
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const AddClaim& op) {
  const Document& doc = rec.doc();
  Claim c;
  c.content = op.content;
  c.source = op.source;
  c.cue = op.cue;
  c.kind = op.kind;
  c.stance = op.stance;
  c.source_group = op.source_group;
  c.origin = Origin::Manual;
  if (Status s = check_claim(doc, c); !s.ok()) return s;
  if (c.source_group == kNoId && c.source) {
    for (const Entity& e : doc.entities) {
      if (e.span.begin >= c.source->begin && e.span.end <= c.source->end) c.source_group = e.group;
    }
  }
  set.description = "add claim " + quoted_excerpt(doc.span_text(c.content));
  c.id = doc.next_id();
  rec.insert(c);
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const DeleteClaim& op) {
  const Claim* found = find_claim(rec.doc(), op.claim);
  if (!found) return missing("claim", 'c', op.claim);
  set.description = "delete claim " + quoted_excerpt(rec.doc().span_text(found->content));
  rec.erase_claim(op.claim);
  return Status();
}

Status apply(ChangeRecorder& rec, ChangeSet& set, const EditClaim& op) {
  const Claim* found = find_claim(rec.doc(), op.claim.id);
  if (!found) return missing("claim", 'c', op.claim.id);
  Claim c = op.claim;
  c.origin = Origin::Manual;
  if (Status s = check_claim(rec.doc(), c); !s.ok()) return s;
  set.description = "edit claim " + quoted_excerpt(rec.doc().span_text(c.content));
  if (same_claim(c, *found)) return Status();
  rec.update(c);
  return Status();
}

}  // namespace

Status check_span(const Document& doc, Span span, std::string_view what) {
  const std::string& text = doc.text;
  std::string range = std::to_string(span.begin) + ".." + std::to_string(span.end);
  std::string prefix = std::string(what) + " span " + range;
  if (span.end > text.size()) {
    return Status::Error(prefix + " ends past the end of the text (" + std::to_string(text.size()) +
                         " bytes)");
  }
  if (span.begin >= span.end) return Status::Error(prefix + " is empty");
  auto inside_sequence = [&text](uint32_t at) {
    return at < text.size() && is_continuation_byte(static_cast<unsigned char>(text[at]));
  };
  if (inside_sequence(span.begin)) {
    return Status::Error(prefix + " starts inside a UTF-8 character");
  }
  if (inside_sequence(span.end)) return Status::Error(prefix + " ends inside a UTF-8 character");
  return Status();
}

std::string group_key(std::string_view mention_text) {
  std::string key;
  key.reserve(mention_text.size());
  bool pending_space = false;
  for (size_t i = 0; i < mention_text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(mention_text[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (c == 0xC2 && i + 1 < mention_text.size() &&
        static_cast<unsigned char>(mention_text[i + 1]) == 0xA0) {   // no-break space
      space = true;
      ++i;
    }
    if (space) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    if (mention_text.substr(i, 3) == "’") {
      key += '\'';
      i += 2;
    } else if (c >= 'A' && c <= 'Z') {
      key += static_cast<char>(c - 'A' + 'a');
    } else {
      key += static_cast<char>(c);
    }
  }
  if (key.size() > 2 && key.ends_with("'s")) {
    key.resize(key.size() - 2);
  } else if (key.size() > 1 && key.ends_with("'")) {
    key.pop_back();
  }
  return key;
}

Status apply_edit(Document& doc, const Edit& edit, ChangeSet* applied) {
  ChangeSet set;
  ChangeRecorder rec(doc, set);
  Status status = std::visit([&](const auto& op) { return apply(rec, set, op); }, edit);
  if (!status.ok()) {
    apply_changes(inverted(set), doc);   // operations check first; this is a safety net
    return status;
  }
  if (applied) *applied = std::move(set);
  return status;
}

}  // namespace ann
