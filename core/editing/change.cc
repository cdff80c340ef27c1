#include "editing/change.h"

#include <algorithm>

namespace ann {
namespace {

// Where each kind of record lives in a Document, and the key it is sorted by.
std::vector<Entity>& records(Document& d, const Entity*) { return d.entities; }
std::vector<EntityGroup>& records(Document& d, const EntityGroup*) { return d.groups; }
std::vector<Claim>& records(Document& d, const Claim*) { return d.claims; }

uint32_t sort_key(const Entity& e) { return e.span.begin; }
uint32_t sort_key(const Claim& c) { return c.content.begin; }
uint32_t sort_key(const EntityGroup&) { return 0; }   // groups keep insertion order

template <typename Record>
std::vector<Record>& records_of(Document& d) {
  return records(d, static_cast<const Record*>(nullptr));
}

// Index for a new record: after every record with the same key (groups: at the end).
template <typename Record>
size_t insert_position(const std::vector<Record>& v, const Record& r) {
  auto it = std::upper_bound(v.begin(), v.end(), sort_key(r),
                             [](uint32_t key, const Record& x) { return key < sort_key(x); });
  return static_cast<size_t>(it - v.begin());
}

template <typename Record>
size_t index_of(const std::vector<Record>& v, Id id) {
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i].id == id) return i;
  }
  return v.size();
}

template <typename Record>
void apply_one(const RecordChange<Record>& c, Document& doc) {
  std::vector<Record>& v = records_of<Record>(doc);
  if (c.before) {
    size_t i = c.before_index;
    if (i >= v.size() || v[i].id != c.before->id) i = index_of(v, c.before->id);
    if (i < v.size()) v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
  }
  if (c.after) {
    size_t j = std::min(c.after_index, v.size());
    v.insert(v.begin() + static_cast<std::ptrdiff_t>(j), *c.after);
  }
}

template <typename Record>
void record_insert(Document& doc, ChangeSet& out, const Record& r) {
  std::vector<Record>& v = records_of<Record>(doc);
  size_t j = insert_position(v, r);
  v.insert(v.begin() + static_cast<std::ptrdiff_t>(j), r);
  out.changes.push_back(RecordChange<Record>{std::nullopt, r, 0, j});
}

template <typename Record>
void record_update(Document& doc, ChangeSet& out, const Record& r) {
  std::vector<Record>& v = records_of<Record>(doc);
  size_t i = index_of(v, r.id);
  if (i == v.size()) return;   // callers update only records they found
  Record old = v[i];
  v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
  // A record whose key did not move keeps its place among equal keys.
  size_t j = sort_key(old) == sort_key(r) ? i : insert_position(v, r);
  v.insert(v.begin() + static_cast<std::ptrdiff_t>(j), r);
  out.changes.push_back(RecordChange<Record>{std::move(old), r, i, j});
}

template <typename Record>
void record_erase(Document& doc, ChangeSet& out, Id id) {
  std::vector<Record>& v = records_of<Record>(doc);
  size_t i = index_of(v, id);
  if (i == v.size()) return;
  out.changes.push_back(RecordChange<Record>{v[i], std::nullopt, i, 0});
  v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
}

}  // namespace

void apply_changes(const ChangeSet& set, Document& doc) {
  for (const Change& c : set.changes) {
    std::visit([&doc](const auto& rc) { apply_one(rc, doc); }, c);
  }
}

ChangeSet inverted(const ChangeSet& set) {
  ChangeSet out;
  out.description = set.description;
  out.changes.reserve(set.changes.size());
  for (auto it = set.changes.rbegin(); it != set.changes.rend(); ++it) {
    std::visit(
        [&out](const auto& rc) {
          auto inv = rc;
          std::swap(inv.before, inv.after);
          std::swap(inv.before_index, inv.after_index);
          out.changes.push_back(std::move(inv));
        },
        *it);
  }
  return out;
}

ChangeSet replacement_changes(const Document& from, const Document& to, std::string description) {
  ChangeSet out;
  out.description = std::move(description);
  // Erase from the back so each recorded index is the record's index at that moment.
  for (size_t i = from.claims.size(); i-- > 0;)
    out.changes.push_back(RecordChange<Claim>{from.claims[i], std::nullopt, i, 0});
  for (size_t i = from.entities.size(); i-- > 0;)
    out.changes.push_back(RecordChange<Entity>{from.entities[i], std::nullopt, i, 0});
  for (size_t i = from.groups.size(); i-- > 0;)
    out.changes.push_back(RecordChange<EntityGroup>{from.groups[i], std::nullopt, i, 0});
  for (size_t i = 0; i < to.groups.size(); ++i)
    out.changes.push_back(RecordChange<EntityGroup>{std::nullopt, to.groups[i], 0, i});
  for (size_t i = 0; i < to.entities.size(); ++i)
    out.changes.push_back(RecordChange<Entity>{std::nullopt, to.entities[i], 0, i});
  for (size_t i = 0; i < to.claims.size(); ++i)
    out.changes.push_back(RecordChange<Claim>{std::nullopt, to.claims[i], 0, i});
  return out;
}

namespace {
std::string span_listing(const std::optional<Span>& s) {
  return s ? std::to_string(s->begin) + ".." + std::to_string(s->end) : std::string("-");
}
}  // namespace

std::string annotations_listing(const Document& doc) {
  std::string out;
  for (const EntityGroup& g : doc.groups) {
    out += "g" + std::to_string(g.id) + " " + std::string(label_name(g.label)) + " " +
           std::string(origin_name(g.origin)) + " “" + g.canonical + "”\n";
  }
  for (const Entity& e : doc.entities) {
    out += "e" + std::to_string(e.id) + " " + span_listing(e.span) + " " +
           std::string(label_name(e.label)) + " g" + std::to_string(e.group) + " " +
           std::string(origin_name(e.origin)) + "\n";
  }
  for (const Claim& c : doc.claims) {
    out += "c" + std::to_string(c.id) + " content " + span_listing(c.content) + " source " +
           span_listing(c.source) + " cue " + span_listing(c.cue) + " g" +
           std::to_string(c.source_group) + " " + std::string(claim_kind_name(c.kind)) + " " +
           std::string(claim_stance_name(c.stance)) + " " + std::string(origin_name(c.origin)) +
           "\n";
  }
  return out;
}

void ChangeRecorder::insert(const Entity& e) { record_insert(doc_, out_, e); }
void ChangeRecorder::insert(const EntityGroup& g) { record_insert(doc_, out_, g); }
void ChangeRecorder::insert(const Claim& c) { record_insert(doc_, out_, c); }
void ChangeRecorder::update(const Entity& e) { record_update(doc_, out_, e); }
void ChangeRecorder::update(const EntityGroup& g) { record_update(doc_, out_, g); }
void ChangeRecorder::update(const Claim& c) { record_update(doc_, out_, c); }
void ChangeRecorder::erase_entity(Id id) { record_erase<Entity>(doc_, out_, id); }
void ChangeRecorder::erase_group(Id id) { record_erase<EntityGroup>(doc_, out_, id); }
void ChangeRecorder::erase_claim(Id id) { record_erase<Claim>(doc_, out_, id); }

}  // namespace ann
