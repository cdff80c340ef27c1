#include "document/document_json.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

#include "document/json_input.h"
#include "text/code_point_index.h"
#include "text/offsets.h"
#include "text/utf8.h"

namespace ann {
namespace {

// ---------------------------------------------------------------------------------------
// Writing
//
// The document is written straight into a string (building an nlohmann tree first cost more
// than all the finders together); pretty output re-reads that string and indents it. Strings
// are escaped as nlohmann escapes them, so both paths give the same JSON.

// Ids are written with a letter per kind: entity 7 => "e7", group 2 => "g2", claim 1 => "c1".
constexpr char kEntityPrefix = 'e';
constexpr char kGroupPrefix = 'g';
constexpr char kClaimPrefix = 'c';

// "e7" for messages; kNoId never reaches it.
std::string id_text(char prefix, Id id) { return '"' + std::string(1, prefix) + std::to_string(id) + '"'; }

// Bytes a JSON string cannot hold as they are: control characters, '"' and '\'.
// Tested 8 bytes at a time (most of a text needs no escape):
//   has_byte_below(w, 0x20) and has_zero_byte(w ^ ('"' x 8)) are exact "any byte" tests.
constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;
inline uint64_t has_zero_byte(uint64_t w) { return (w - kOnes) & ~w & kHighBits; }
inline bool needs_escape_in_8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighBits;
  return (below_space | has_zero_byte(w ^ (kOnes * '"')) | has_zero_byte(w ^ (kOnes * '\\'))) != 0;
}
inline bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// A std::string written through a cursor: appends check the room left and copy, no more
// (std::string::append costs a call and several checks per piece; a document has ~15 pieces per
// entity). finish() trims the string to what was written.
class OutputBuffer {
 public:
  explicit OutputBuffer(std::string& s) : s_(s) { s_.resize(std::max<size_t>(s_.capacity(), 64)); }
  [[gnu::always_inline]] void append(const char* p, size_t n) {   // a memcpy of a known size inlines
    if (n > s_.size() - size_) grow(n);
    std::memcpy(s_.data() + size_, p, n);
    size_ += n;
  }
  OutputBuffer& operator+=(char c) {
    if (size_ == s_.size()) grow(1);
    s_[size_++] = c;
    return *this;
  }
  void finish() { s_.resize(size_); }

 private:
  [[gnu::noinline]] void grow(size_t n) { s_.resize(std::max(s_.size() * 2, size_ + n)); }
  std::string& s_;
  size_t size_ = 0;
};

class DocumentWriter {
 public:
  DocumentWriter(const Document& doc, std::string& out, bool with_text)
      : doc_(doc), text_valid_(is_valid_utf8(doc.text)), with_text_(with_text), out_(out) {
    if (text_valid_) code_points_.emplace(doc.text);
    else offsets_.emplace(doc.text);   // a broken contract: the OffsetMap copes with any bytes
  }

  void write() {
    raw("{\"schema\":\"");
    raw(kDocumentSchema);
    raw("\",\"version\":");
    number(kDocumentVersion);
    raw(",\"text\":");
    if (with_text_) string(doc_.text, text_valid_);
    else raw("null");
    raw(",\"replaced_invalid_utf8\":");
    number(doc_.replaced_invalid_utf8);

    raw(",\"entities\":[");
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      const Entity& e = doc_.entities[i];
      if (i) out_ += ',';
      raw("{\"id\":");
      id(kEntityPrefix, e.id);
      raw(",\"start\":");
      number(code_point(e.span.begin));
      raw(",\"end\":");
      number(code_point(e.span.end));
      raw(",\"label\":\"");
      raw(label_name(e.label));
      raw("\",\"text\":");
      span_text(e.span);
      raw(",\"group\":");
      id(kGroupPrefix, e.group);
      raw(",\"origin\":\"");
      raw(origin_name(e.origin));
      raw("\"}");
    }

    // Each group lists its mentions in entity order: (group, entity) pairs sorted by group.
    std::vector<std::pair<Id, Id>> mentions;
    mentions.reserve(doc_.entities.size());
    for (const Entity& e : doc_.entities) {
      if (e.group != kNoId) mentions.emplace_back(e.group, e.id);
    }
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    raw("],\"groups\":[");
    for (size_t i = 0; i < doc_.groups.size(); ++i) {
      const EntityGroup& g = doc_.groups[i];
      if (i) out_ += ',';
      raw("{\"id\":");
      id(kGroupPrefix, g.id);
      raw(",\"canonical\":");
      string(g.canonical);
      raw(",\"label\":\"");
      raw(label_name(g.label));
      raw("\",\"origin\":\"");
      raw(origin_name(g.origin));
      raw("\",\"mentions\":[");
      auto [first, last] = std::equal_range(mentions.begin(), mentions.end(), std::pair<Id, Id>(g.id, 0),
                                            [](const auto& a, const auto& b) { return a.first < b.first; });
      for (auto m = first; m != last; ++m) {
        if (m != first) out_ += ',';
        id(kEntityPrefix, m->second);
      }
      raw("]}");
    }

    raw("],\"claims\":[");
    for (size_t i = 0; i < doc_.claims.size(); ++i) {
      const Claim& c = doc_.claims[i];
      if (i) out_ += ',';
      raw("{\"id\":");
      id(kClaimPrefix, c.id);
      raw(",\"source\":");
      optional_span(c.source);
      raw(",\"source_group\":");
      id(kGroupPrefix, c.source_group);
      raw(",\"cue\":");
      optional_span(c.cue);
      raw(",\"content\":");
      span(c.content);
      raw(",\"kind\":\"");
      raw(claim_kind_name(c.kind));
      raw("\",\"stance\":\"");
      raw(claim_stance_name(c.stance));
      raw("\",\"origin\":\"");
      raw(origin_name(c.origin));
      raw("\"}");
    }
    raw("]}");
    out_.finish();
  }

 private:
  size_t code_point(size_t byte) const {
    return text_valid_ ? code_points_->code_point(byte) : offsets_->byte_to_code_point(byte);
  }

  // Names and keys that need no escape ("PERSON", ",\"start\":").
  [[gnu::always_inline]] void raw(std::string_view s) { out_.append(s.data(), s.size()); }

  // A span of a valid text is valid UTF-8 when both ends are on code point boundaries
  // (no 10xxxxxx byte there): then the validity scan is skipped.
  void span_text(Span s) {
    const std::string_view text = doc_.span_text(s);
    auto boundary = [&](size_t at) {
      return at >= doc_.text.size() || (static_cast<unsigned char>(doc_.text[at]) & 0xC0) != 0x80;
    };
    string(text, text_valid_ ? boundary(s.begin) && boundary(s.begin + text.size()) : is_valid_utf8(text));
  }

  void number(uint64_t v) {
    char buf[24];
    auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out_.append(buf, end - buf);
  }

  // kNoId => null, otherwise "e7".
  void id(char prefix, Id v) {
    if (v == kNoId) {
      raw("null");
      return;
    }
    char buf[16];
    buf[0] = '"';
    buf[1] = prefix;
    char* end = std::to_chars(buf + 2, buf + sizeof buf - 1, v).ptr;
    *end++ = '"';
    out_.append(buf, end - buf);
  }

  // A JSON string as nlohmann writes it: " \\ and control characters escaped (\n, \u001f),
  // everything else as UTF-8. Invalid UTF-8 (which a valid document never holds) becomes U+FFFD.
  // Runs that need no escape are appended whole; the scan skips 8 such bytes a step.
  void string(std::string_view s) { string(s, is_valid_utf8(s)); }
  void string(std::string_view s, bool valid) {
    if (!valid) {
      string(sanitize_utf8(s).utf8, true);
      return;
    }
    out_ += '"';
    size_t run = 0;
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
      if (i + 8 <= n && !needs_escape_in_8(s.data() + i)) {
        i += 8;
        continue;
      }
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (!needs_escape(c)) {
        ++i;
        continue;
      }
      out_.append(s.data() + run, i - run);
      run = ++i;
      switch (c) {
        case '"': raw("\\\""); break;
        case '\\': raw("\\\\"); break;
        case '\b': raw("\\b"); break;
        case '\f': raw("\\f"); break;
        case '\n': raw("\\n"); break;
        case '\r': raw("\\r"); break;
        case '\t': raw("\\t"); break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out_.append(escape, 6);
        }
      }
    }
    out_.append(s.data() + run, n - run);
    out_ += '"';
  }

  // {"start":2,"end":7,"text":"Vučić"} with code point offsets.
  void span(Span s) {
    raw("{\"start\":");
    number(code_point(s.begin));
    raw(",\"end\":");
    number(code_point(s.end));
    raw(",\"text\":");
    span_text(s);
    out_ += '}';
  }
  void optional_span(const std::optional<Span>& s) {
    if (s) span(*s);
    else raw("null");
  }

  const Document& doc_;
  const bool text_valid_;
  const bool with_text_;
  std::optional<CodePointIndex> code_points_;   // when the text is valid UTF-8
  std::optional<OffsetMap> offsets_;            // otherwise
  OutputBuffer out_;
};

}  // namespace

std::string write_document_json(const Document& doc, int indent) {
  std::string out;
  out.reserve(doc.text.size() * 2 + 160 * (doc.entities.size() + doc.claims.size()) + 256);
  DocumentWriter(doc, out, /*with_text=*/true).write();
  if (indent < 0) return out;
  Json tree;
  Status parsed = parse_untrusted_json(out, &tree);   // what we wrote is always valid JSON
  return parsed.ok() ? dump_json(tree, indent) : out;
}

std::string write_document_json_without_text(const Document& doc) {
  std::string out;
  out.reserve(160 * (doc.entities.size() + doc.claims.size()) + 256);
  DocumentWriter(doc, out, /*with_text=*/false).write();
  return out;
}

// ---------------------------------------------------------------------------------------
// Reading

namespace {

// Reads one document. Every check reports "<path>: <reason>", e.g.
//   entities[0].label: unknown label "FOO" (expected PERSON, ORG, PLACE, NORP, DATE or QUANTITY)
class DocumentReader {
 public:
  Status read(const Json& root, Document* out);

 private:
  using Members = std::vector<std::pair<std::string, Id>>;   // mention lists, checked last

  // Each returns false after recording the first error in error_.
  bool fail(const std::string& path, const std::string& reason) {
    error_ = Status::Error(path + ": " + reason);
    return false;
  }
  const Json* member(const Json& object, const char* key) const {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
  }
  bool require_object(const Json& v, const std::string& path);
  // `path` is the object's path ("claims[2]"), "" for the root.
  bool read_string(const Json& object, const std::string& path, const char* key, bool required,
                   std::string* out);
  bool read_count(const Json& v, const std::string& path, uint64_t* out);
  bool read_id(const Json& v, const std::string& path, char prefix, Id* out);
  bool read_group_ref(const Json* v, const std::string& path, Id* out);
  bool read_span(const Json& object, const std::string& path, Span* out);
  bool read_optional_span(const Json* v, const std::string& path, std::optional<Span>* out);
  bool read_label(const Json& object, const std::string& path, Label* out);
  bool read_origin(const Json& object, const std::string& path, Origin* out);
  bool read_header(const Json& root);
  bool read_groups(const Json& root);
  bool read_entities(const Json& root);
  bool check_mentions();
  bool read_claims(const Json& root);
  const Json* array_member(const Json& root, const char* key);

  Status error_;
  Document doc_;
  std::optional<OffsetMap> offsets_;
  std::unordered_map<Id, size_t> group_index_;     // id => position in groups, for messages
  std::unordered_map<Id, size_t> entity_index_;
  std::vector<const Json*> group_mentions_;        // per group: its "mentions" array or null
};

bool DocumentReader::require_object(const Json& v, const std::string& path) {
  if (v.is_object()) return true;
  return fail(path, "expected an object, got " + describe_json_value(v));
}

bool DocumentReader::read_string(const Json& object, const std::string& path, const char* key,
                                 bool required, std::string* out) {
  const Json* v = member(object, key);
  const std::string field = path.empty() ? std::string(key) : path + "." + key;
  if (!v) return required ? fail(field, "missing") : true;
  if (!v->is_string()) return fail(field, "expected a string, got " + describe_json_value(*v));
  *out = v->get<std::string>();
  return true;
}

// A non-negative integer: 5 is fine; 5.0, "5", -1 and true are not.
bool DocumentReader::read_count(const Json& v, const std::string& path, uint64_t* out) {
  if (!v.is_number_integer()) return fail(path, "expected an integer, got " + describe_json_value(v));
  if (v.is_number_unsigned()) {
    *out = v.get<uint64_t>();
    return true;
  }
  int64_t value = v.get<int64_t>();
  if (value < 0) return fail(path, "must not be negative, got " + std::to_string(value));
  *out = static_cast<uint64_t>(value);
  return true;
}

// "e12" => 12 for prefix 'e'. No sign, no leading zero, no zero, fits in 32 bits.
bool DocumentReader::read_id(const Json& v, const std::string& path, char prefix, Id* out) {
  const std::string example = std::string("\"") + prefix + "1\"";
  if (!v.is_string()) {
    return fail(path, "expected an id string like " + example + ", got " + describe_json_value(v));
  }
  const std::string& s = v.get_ref<const std::string&>();
  Id id = 0;
  bool ok = s.size() >= 2 && s[0] == prefix && s[1] >= '1' && s[1] <= '9';
  if (ok) {
    auto [end, ec] = std::from_chars(s.data() + 1, s.data() + s.size(), id);
    ok = ec == std::errc() && end == s.data() + s.size();
  }
  if (!ok) return fail(path, quote_for_message(s) + " is not a valid id (expected e.g. " + example + ")");
  *out = id;
  return true;
}

// null, absent or "g3" naming a group read earlier.
bool DocumentReader::read_group_ref(const Json* v, const std::string& path, Id* out) {
  *out = kNoId;
  if (!v || v->is_null()) return true;
  Id id = kNoId;
  if (!read_id(*v, path, kGroupPrefix, &id)) return false;
  if (!group_index_.count(id)) return fail(path, "unknown group " + quote_for_message(v->get<std::string>()));
  *out = id;
  return true;
}

// {"start": 2, "end": 7, "text": "Vučić"}: code points, end exclusive, not empty; "text" is
// optional but must equal the covered text when present.
bool DocumentReader::read_span(const Json& object, const std::string& path, Span* out) {
  const size_t length = offsets_->code_point_size();
  uint64_t bounds[2] = {0, 0};
  const char* keys[2] = {"start", "end"};
  for (int i = 0; i < 2; ++i) {
    const Json* v = member(object, keys[i]);
    std::string field = path + "." + keys[i];
    if (!v) return fail(field, "missing");
    if (!read_count(*v, field, &bounds[i])) return false;
    if (bounds[i] > length) {
      return fail(field, std::to_string(bounds[i]) + " is past the end of the text (" +
                             std::to_string(length) + " code points)");
    }
  }
  if (bounds[0] > bounds[1]) {
    return fail(path, "start " + std::to_string(bounds[0]) + " is after end " + std::to_string(bounds[1]));
  }
  if (bounds[0] == bounds[1]) return fail(path, "empty span (start = end = " + std::to_string(bounds[0]) + ")");
  Span span{static_cast<uint32_t>(offsets_->code_point_to_byte(bounds[0])),
            static_cast<uint32_t>(offsets_->code_point_to_byte(bounds[1]))};
  const Json* text = member(object, "text");
  if (text) {
    if (!text->is_string()) return fail(path + ".text", "expected a string, got " + describe_json_value(*text));
    std::string_view covered = doc_.span_text(span);
    if (text->get_ref<const std::string&>() != covered) {
      return fail(path + ".text", quote_for_message(text->get<std::string>()) + " does not match the text at " +
                                      std::to_string(bounds[0]) + ".." + std::to_string(bounds[1]) + ", " +
                                      quote_for_message(covered));
    }
  }
  *out = span;
  return true;
}

bool DocumentReader::read_optional_span(const Json* v, const std::string& path, std::optional<Span>* out) {
  out->reset();
  if (!v || v->is_null()) return true;
  if (!v->is_object()) return fail(path, "expected an object or null, got " + describe_json_value(*v));
  Span span;
  if (!read_span(*v, path, &span)) return false;
  *out = span;
  return true;
}

bool DocumentReader::read_label(const Json& object, const std::string& path, Label* out) {
  std::string name;
  if (!read_string(object, path, "label", /*required=*/true, &name)) return false;
  std::optional<Label> label = label_from_name(name);
  if (!label) {
    return fail(path + ".label", "unknown label " + quote_for_message(name) +
                                     " (expected PERSON, ORG, PLACE, NORP, DATE or QUANTITY)");
  }
  *out = *label;
  return true;
}

// Optional; "auto" when absent.
bool DocumentReader::read_origin(const Json& object, const std::string& path, Origin* out) {
  std::string name = "auto";
  if (!read_string(object, path, "origin", /*required=*/false, &name)) return false;
  std::optional<Origin> origin = origin_from_name(name);
  if (!origin) return fail(path + ".origin", "unknown origin " + quote_for_message(name) + " (expected auto or manual)");
  *out = *origin;
  return true;
}

bool DocumentReader::read_header(const Json& root) {
  std::string schema;
  if (!read_string(root, "", "schema", /*required=*/true, &schema)) return false;
  if (schema != kDocumentSchema) {
    return fail("schema", "unsupported schema " + quote_for_message(schema) + " (this build reads " +
                              quote_for_message(kDocumentSchema) + ")");
  }
  const Json* version = member(root, "version");
  uint64_t number = 0;
  if (!version) return fail("version", "missing");
  if (!read_count(*version, "version", &number)) return false;
  if (number != kDocumentVersion) {
    return fail("version", "unsupported version " + std::to_string(number) + " (this build reads version " +
                               std::to_string(kDocumentVersion) + ")");
  }
  if (!read_string(root, "", "text", /*required=*/true, &doc_.text)) return false;
  if (doc_.text.size() > UINT32_MAX) return fail("text", "longer than 4 GiB");
  if (const Json* replaced = member(root, "replaced_invalid_utf8")) {
    uint64_t count = 0;
    if (!read_count(*replaced, "replaced_invalid_utf8", &count)) return false;
    doc_.replaced_invalid_utf8 = static_cast<size_t>(count);
  }
  offsets_.emplace(doc_.text);
  return true;
}

// "entities", "groups" and "claims" may be absent (= empty) but not of another type.
const Json* DocumentReader::array_member(const Json& root, const char* key) {
  static const Json kEmpty = Json::array();
  const Json* v = member(root, key);
  if (!v) return &kEmpty;
  if (!v->is_array()) {
    fail(key, "expected an array, got " + describe_json_value(*v));
    return nullptr;
  }
  return v;
}

bool DocumentReader::read_groups(const Json& root) {
  const Json* groups = array_member(root, "groups");
  if (!groups) return false;
  for (size_t i = 0; i < groups->size(); ++i) {
    const Json& j = (*groups)[i];
    std::string path = "groups[" + std::to_string(i) + "]";
    EntityGroup g;
    if (!require_object(j, path)) return false;
    const Json* id = member(j, "id");
    if (!id) return fail(path + ".id", "missing");
    if (!read_id(*id, path + ".id", kGroupPrefix, &g.id)) return false;
    auto [previous, added] = group_index_.emplace(g.id, i);
    if (!added) {
      return fail(path + ".id", "duplicate id " + quote_for_message(id->get<std::string>()) +
                                    " (also groups[" + std::to_string(previous->second) + "])");
    }
    if (!read_string(j, path, "canonical", /*required=*/false, &g.canonical)) return false;
    if (!read_label(j, path, &g.label) || !read_origin(j, path, &g.origin)) return false;
    const Json* mentions = member(j, "mentions");
    if (mentions && !mentions->is_array()) {
      return fail(path + ".mentions", "expected an array, got " + describe_json_value(*mentions));
    }
    group_mentions_.push_back(mentions);
    doc_.groups.push_back(std::move(g));
  }
  return true;
}

bool DocumentReader::read_entities(const Json& root) {
  const Json* entities = array_member(root, "entities");
  if (!entities) return false;
  for (size_t i = 0; i < entities->size(); ++i) {
    const Json& j = (*entities)[i];
    std::string path = "entities[" + std::to_string(i) + "]";
    Entity e;
    if (!require_object(j, path)) return false;
    const Json* id = member(j, "id");
    if (!id) return fail(path + ".id", "missing");
    if (!read_id(*id, path + ".id", kEntityPrefix, &e.id)) return false;
    auto [previous, added] = entity_index_.emplace(e.id, i);
    if (!added) {
      return fail(path + ".id", "duplicate id " + quote_for_message(id->get<std::string>()) +
                                    " (also entities[" + std::to_string(previous->second) + "])");
    }
    if (!read_span(j, path, &e.span) || !read_label(j, path, &e.label)) return false;
    if (!read_group_ref(member(j, "group"), path + ".group", &e.group)) return false;
    if (!read_origin(j, path, &e.origin)) return false;
    doc_.entities.push_back(e);
  }
  return true;
}

// A group's "mentions" (optional) must list exactly the entities whose "group" names it.
// Linear in entities + mentions: an entity can only be listed by its own group.
bool DocumentReader::check_mentions() {
  std::vector<bool> listed(doc_.entities.size(), false);
  for (size_t gi = 0; gi < doc_.groups.size(); ++gi) {
    const Json* mentions = group_mentions_[gi];
    if (!mentions) continue;
    const EntityGroup& g = doc_.groups[gi];
    std::string path = "groups[" + std::to_string(gi) + "].mentions";
    for (size_t k = 0; k < mentions->size(); ++k) {
      std::string item = path + "[" + std::to_string(k) + "]";
      Id id = kNoId;
      if (!read_id((*mentions)[k], item, kEntityPrefix, &id)) return false;
      std::string name = quote_for_message((*mentions)[k].get<std::string>());
      auto it = entity_index_.find(id);
      if (it == entity_index_.end()) return fail(item, "unknown entity " + name);
      const Entity& e = doc_.entities[it->second];
      if (e.group != g.id) {
        return fail(item, "entity " + name + " is not in this group (entities[" + std::to_string(it->second) +
                              "].group is " + (e.group == kNoId ? "null" : id_text(kGroupPrefix, e.group)) +
                              ")");
      }
      if (listed[it->second]) return fail(item, "entity " + name + " is listed twice");
      listed[it->second] = true;
    }
  }
  for (size_t ei = 0; ei < doc_.entities.size(); ++ei) {
    const Entity& e = doc_.entities[ei];
    if (e.group == kNoId || listed[ei]) continue;
    size_t gi = group_index_.find(e.group)->second;   // known: read_entities checked it
    if (!group_mentions_[gi]) continue;   // this group has no "mentions": nothing to check
    return fail("groups[" + std::to_string(gi) + "].mentions",
                "does not list " + id_text(kEntityPrefix, e.id) + " although entities[" +
                    std::to_string(ei) + "].group names this group");
  }
  return true;
}

bool DocumentReader::read_claims(const Json& root) {
  const Json* claims = array_member(root, "claims");
  if (!claims) return false;
  std::unordered_map<Id, size_t> claim_index;
  for (size_t i = 0; i < claims->size(); ++i) {
    const Json& j = (*claims)[i];
    std::string path = "claims[" + std::to_string(i) + "]";
    Claim c;
    if (!require_object(j, path)) return false;
    const Json* id = member(j, "id");
    if (!id) return fail(path + ".id", "missing");
    if (!read_id(*id, path + ".id", kClaimPrefix, &c.id)) return false;
    auto [previous, added] = claim_index.emplace(c.id, i);
    if (!added) {
      return fail(path + ".id", "duplicate id " + quote_for_message(id->get<std::string>()) +
                                    " (also claims[" + std::to_string(previous->second) + "])");
    }
    if (!read_optional_span(member(j, "source"), path + ".source", &c.source)) return false;
    if (!read_group_ref(member(j, "source_group"), path + ".source_group", &c.source_group)) return false;
    if (!read_optional_span(member(j, "cue"), path + ".cue", &c.cue)) return false;
    const Json* content = member(j, "content");
    if (!content) return fail(path + ".content", "missing");
    if (!require_object(*content, path + ".content") || !read_span(*content, path + ".content", &c.content)) {
      return false;
    }
    std::string kind;
    if (!read_string(j, path, "kind", /*required=*/true, &kind)) return false;
    std::optional<ClaimKind> parsed_kind = claim_kind_from_name(kind);
    if (!parsed_kind) {
      return fail(path + ".kind", "unknown kind " + quote_for_message(kind) + " (expected direct, indirect or mixed)");
    }
    c.kind = *parsed_kind;
    std::string stance = "assert";
    if (!read_string(j, path, "stance", /*required=*/false, &stance)) return false;
    std::optional<ClaimStance> parsed_stance = claim_stance_from_name(stance);
    if (!parsed_stance) {
      return fail(path + ".stance", "unknown stance " + quote_for_message(stance) + " (expected assert or deny)");
    }
    c.stance = *parsed_stance;
    if (!read_origin(j, path, &c.origin)) return false;
    doc_.claims.push_back(c);
  }
  return true;
}

Status DocumentReader::read(const Json& root, Document* out) {
  if (!root.is_object()) return Status::Error("document: expected an object, got " + describe_json_value(root));
  bool ok = read_header(root) && read_groups(root) && read_entities(root) && check_mentions() &&
            read_claims(root);
  if (!ok) return error_;
  std::stable_sort(doc_.entities.begin(), doc_.entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
  std::stable_sort(doc_.claims.begin(), doc_.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.content.begin < b.content.begin; });
  // A group without a name is named after its first mention, as the W3C import does, so
  // that an export imports back to the same document:  {"canonical": ""} + "Tuesday" => "Tuesday"
  for (const Entity& e : doc_.entities) {
    auto it = group_index_.find(e.group);
    if (it != group_index_.end() && doc_.groups[it->second].canonical.empty()) {
      doc_.groups[it->second].canonical = std::string(doc_.span_text(e.span));
    }
  }
  *out = std::move(doc_);
  return Status();
}

}  // namespace

Status read_document_json(std::string_view json, Document* out) {
  Json root;
  Status parsed = parse_untrusted_json(json, &root);
  if (!parsed.ok()) return parsed;
  return DocumentReader().read(root, out);
}

}  // namespace ann
