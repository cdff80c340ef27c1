#include "formats/w3c.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "document/json_input.h"
#include "editing/edits.h"
#include "formats/quote_search.h"
#include "text/offsets.h"
#include "text/utf8.h"

namespace ann {
namespace {

constexpr std::string_view kContext = "http://www.w3.org/ns/anno.jsonld";
constexpr std::string_view kContentClass = "claim-content";
constexpr std::string_view kSourceClass = "claim-source";
constexpr std::string_view kCueClass = "claim-cue";
constexpr std::string_view kStylesheet =
    ".claim-content { text-decoration: underline } .claim-source { font-weight: bold } "
    ".claim-cue { font-style: italic }";
// How many bytes re-anchoring moved quotes may search in all (plus 16 passes over the text):
// plenty for real files, whose quotes sit near their old positions, and a bound for files
// that ask for thousands of contexts found nowhere.
constexpr size_t kQuoteSearchBudget = size_t{64} << 20;

// ---------------------------------------------------------------------------------------
// Writing

class W3cWriter {
 public:
  W3cWriter(const Document& doc, const W3cOptions& options)
      : doc_(doc), options_(options), offsets_(doc.text) {}

  Json collection() const {
    Json items = Json::array();
    for (const Entity& e : doc_.entities) items.push_back(entity(e));
    for (const Claim& c : doc_.claims) items.push_back(claim(c));
    Json root;
    root["@context"] = kContext;
    root["id"] = options_.source + "#annotations";
    root["type"] = "AnnotationCollection";
    root["label"] = "Entities and claims";
    root["total"] = items.size();
    Json page;
    page["id"] = options_.source + "#page1";
    page["type"] = "AnnotationPage";
    page["startIndex"] = 0;
    page["items"] = std::move(items);
    root["first"] = std::move(page);
    return root;
  }

 private:
  std::string iri(char kind, Id id) const {
    return options_.source + "#" + std::string(1, kind) + std::to_string(id);
  }

  static Json textual_body(std::string_view purpose, std::string_view value) {
    Json b;
    b["type"] = "TextualBody";
    b["purpose"] = purpose;
    b["value"] = value;
    return b;
  }

  // The group as a body shared by its mentions (same id), or null.
  Json group_body(Id group_id) const {
    const EntityGroup* g = doc_.find_group(group_id);
    if (!g) return nullptr;
    Json b;
    b["id"] = iri('g', g->id);
    b["type"] = "TextualBody";
    b["purpose"] = "identifying";
    b["value"] = g->canonical;
    return b;
  }

  static Json creator(Origin origin) {
    Json c;
    if (origin == Origin::Manual) {
      c["type"] = "Person";
    } else {
      c["type"] = "Software";
      c["name"] = "article-annotator";
    }
    return c;
  }

  // The text of code points [from, to).
  std::string code_points(size_t from, size_t to) const {
    size_t b = offsets_.code_point_to_byte(from), e = offsets_.code_point_to_byte(to);
    return doc_.text.substr(b, e - b);
  }

  Json selectors(Span span) const {
    size_t start = offsets_.byte_to_code_point(span.begin);
    size_t end = offsets_.byte_to_code_point(span.end);
    size_t size = offsets_.code_point_size();
    Json position;
    position["type"] = "TextPositionSelector";
    position["start"] = start;
    position["end"] = end;
    Json quote;
    quote["type"] = "TextQuoteSelector";
    quote["exact"] = std::string(doc_.span_text(span));
    quote["prefix"] = code_points(start - std::min(start, kQuoteContextCodePoints), start);
    quote["suffix"] = code_points(end, std::min(size, end + kQuoteContextCodePoints));
    return Json::array({std::move(position), std::move(quote)});
  }

  Json target(Span span, std::string_view style_class = {}) const {
    Json t;
    t["type"] = "SpecificResource";
    if (!style_class.empty()) t["styleClass"] = style_class;
    t["source"] = options_.source;
    t["selector"] = selectors(span);
    return t;
  }

  Json entity(const Entity& e) const {
    Json a;
    a["id"] = iri('e', e.id);
    a["type"] = "Annotation";
    a["motivation"] = "tagging";
    a["creator"] = creator(e.origin);
    Json body = Json::array({textual_body("tagging", label_name(e.label))});
    if (Json g = group_body(e.group); !g.is_null()) body.push_back(std::move(g));
    a["body"] = std::move(body);
    a["target"] = target(e.span);
    return a;
  }

  Json claim(const Claim& c) const {
    Json a;
    a["id"] = iri('c', c.id);
    a["type"] = "Annotation";
    a["motivation"] = "describing";
    a["creator"] = creator(c.origin);
    Json body = Json::array({textual_body("classifying", "claim"),
                             textual_body("tagging", claim_kind_name(c.kind)),
                             textual_body("tagging", claim_stance_name(c.stance))});
    if (Json g = group_body(c.source_group); !g.is_null()) body.push_back(std::move(g));
    a["body"] = std::move(body);
    Json targets = Json::array({target(c.content, kContentClass)});
    if (c.source) targets.push_back(target(*c.source, kSourceClass));
    if (c.cue) targets.push_back(target(*c.cue, kCueClass));
    a["target"] = std::move(targets);
    Json css;
    css["type"] = "CssStylesheet";
    css["value"] = kStylesheet;
    a["stylesheet"] = std::move(css);
    return a;
  }

  const Document& doc_;
  const W3cOptions& options_;
  OffsetMap offsets_;
};

// ---------------------------------------------------------------------------------------
// Reading

// A body of an annotation: {id?, purpose, value}.
struct Body {
  std::string id, purpose, value;
};

class W3cReader {
 public:
  explicit W3cReader(std::string_view text)
      : text_(text), offsets_(text), quotes_(text, kQuoteSearchBudget + 16 * text.size()) {}

  Status read(const Json& root, Document* out);

 private:
  bool fail(const std::string& path, const std::string& reason) {
    if (error_.ok()) error_ = Status::Error(path + ": " + reason);
    return false;
  }
  static const Json* member(const Json& object, const char* key) {
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
  }
  // An object or an array of objects, as a list ("body": {...} or [{...}, ...]).
  bool object_list(const Json* v, const std::string& path,
                   std::vector<std::pair<const Json*, std::string>>* out);
  bool read_string(const Json& object, const std::string& path, const char* key, bool required,
                   std::string* out);
  bool read_bodies(const Json& annotation, const std::string& path, std::vector<Body>* out);
  bool read_target_span(const Json& target, const std::string& path, Span* out);
  bool read_code_point(const Json& selector, const std::string& path, const char* key,
                       size_t* out);
  std::optional<Span> anchor_quote(std::string_view exact, std::string_view prefix,
                                   std::string_view suffix, size_t near_byte);
  bool read_entity(const Json& a, const std::string& path, const std::vector<Body>& bodies,
                   Origin origin);
  bool read_claim(const Json& a, const std::string& path, const std::vector<Body>& bodies,
                  Origin origin);
  Origin read_origin(const Json& a) const;

  std::string_view text_;
  OffsetMap offsets_;
  QuoteSearch quotes_;   // re-anchors quotes whose position does not match the text
  Status error_;
  Document doc_;
  Id next_id_ = 1;
  std::map<std::string, Id> group_by_iri_;      // identifying body id => group
  std::map<std::string, Id> group_by_name_;     // label + group_key(name) => group
};

bool W3cReader::object_list(const Json* v, const std::string& path,
                            std::vector<std::pair<const Json*, std::string>>* out) {
  out->clear();
  if (!v) return fail(path, "missing");
  if (v->is_object()) {
    out->emplace_back(v, path);
    return true;
  }
  if (!v->is_array()) return fail(path, "expected an object or an array, got " + describe_json_value(*v));
  for (size_t i = 0; i < v->size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "]";
    if (!(*v)[i].is_object()) return fail(p, "expected an object, got " + describe_json_value((*v)[i]));
    out->emplace_back(&(*v)[i], p);
  }
  return true;
}

bool W3cReader::read_string(const Json& object, const std::string& path, const char* key,
                            bool required, std::string* out) {
  const Json* v = member(object, key);
  if (!v) return required ? fail(path + "." + key, "missing") : true;
  if (!v->is_string()) return fail(path + "." + key, "expected a string, got " + describe_json_value(*v));
  *out = v->get_ref<const std::string&>();
  return true;
}

bool W3cReader::read_bodies(const Json& annotation, const std::string& path, std::vector<Body>* out) {
  std::vector<std::pair<const Json*, std::string>> list;
  if (!object_list(member(annotation, "body"), path + ".body", &list)) return false;
  for (const auto& [body, p] : list) {
    Body b;
    if (!read_string(*body, p, "id", false, &b.id) ||
        !read_string(*body, p, "purpose", false, &b.purpose) ||
        !read_string(*body, p, "value", false, &b.value)) {
      return false;
    }
    out->push_back(std::move(b));
  }
  return true;
}

Origin W3cReader::read_origin(const Json& a) const {
  // No creator, or a person: the user's (kept when the finders run again).
  const Json* creator = member(a, "creator");
  if (creator && creator->is_object()) {
    const Json* type = member(*creator, "type");
    if (type && type->is_string() && type->get_ref<const std::string&>() == "Software") {
      return Origin::Auto;
    }
  }
  return Origin::Manual;
}

bool W3cReader::read_code_point(const Json& selector, const std::string& path, const char* key,
                                size_t* out) {
  const Json* v = member(selector, key);
  std::string p = path + "." + key;
  if (!v) return fail(p, "missing");
  if (!v->is_number_unsigned()) {
    return fail(p, "expected a code point offset (an integer >= 0), got " + describe_json_value(*v));
  }
  uint64_t n = v->get<uint64_t>();
  if (n > offsets_.code_point_size()) {
    return fail(p, std::to_string(n) + " is past the end of the text (" +
                       std::to_string(offsets_.code_point_size()) + " code points)");
  }
  *out = static_cast<size_t>(n);
  return true;
}

// The occurrence of `exact` whose surroundings match the most of prefix and suffix; among
// equals, the one nearest `near_byte`. Each level is one search for a longer pattern:
//   prefix + exact + suffix   both match
//   prefix + exact, exact + suffix   one does (the nearer of the two)
//   exact                     neither
std::optional<Span> W3cReader::anchor_quote(std::string_view exact, std::string_view prefix,
                                            std::string_view suffix, size_t near_byte) {
  if (exact.empty()) return std::nullopt;
  // Where `exact` starts when `pattern` holds it after `offset` bytes of context.
  auto find = [&](const std::string& pattern, size_t offset) -> std::optional<size_t> {
    auto at = quotes_.nearest(pattern, near_byte > offset ? near_byte - offset : 0);
    return at ? std::optional<size_t>(*at + offset) : std::nullopt;
  };
  std::string before(prefix), after(exact);
  before += exact;
  after += suffix;
  std::optional<size_t> at = find(before + std::string(suffix), prefix.size());
  if (!at) {
    auto with_prefix = find(before, prefix.size()), with_suffix = find(after, 0);
    auto distance = [near_byte](size_t a) { return a > near_byte ? a - near_byte : near_byte - a; };
    if (with_prefix && with_suffix) {
      size_t dp = distance(*with_prefix), ds = distance(*with_suffix);
      at = dp < ds || (dp == ds && *with_prefix < *with_suffix) ? with_prefix : with_suffix;
    } else {
      at = with_prefix ? with_prefix : with_suffix;
    }
  }
  if (!at) at = find(std::string(exact), 0);
  if (!at) return std::nullopt;
  return Span{static_cast<uint32_t>(*at), static_cast<uint32_t>(*at + exact.size())};
}

bool W3cReader::read_target_span(const Json& target, const std::string& path, Span* out) {
  std::vector<std::pair<const Json*, std::string>> selectors;
  if (!object_list(member(target, "selector"), path + ".selector", &selectors)) return false;
  std::optional<Span> position;
  std::string position_path;
  const Json* quote = nullptr;
  std::string quote_path;
  for (const auto& [selector, p] : selectors) {
    std::string type;
    if (!read_string(*selector, p, "type", true, &type)) return false;
    if (type == "TextPositionSelector") {
      size_t start = 0, end = 0;
      if (!read_code_point(*selector, p, "start", &start) ||
          !read_code_point(*selector, p, "end", &end)) {
        return false;
      }
      if (start >= end) {
        return fail(p, "start " + std::to_string(start) + " is not before end " + std::to_string(end));
      }
      position = Span{static_cast<uint32_t>(offsets_.code_point_to_byte(start)),
                      static_cast<uint32_t>(offsets_.code_point_to_byte(end))};
      position_path = p;
    } else if (type == "TextQuoteSelector") {
      quote = selector;
      quote_path = p;
    }
  }
  if (!position && !quote) {
    return fail(path + ".selector", "no TextPositionSelector or TextQuoteSelector");
  }
  if (!quote) {
    *out = *position;
    return true;
  }
  std::string exact, prefix, suffix;
  if (!read_string(*quote, quote_path, "exact", true, &exact) ||
      !read_string(*quote, quote_path, "prefix", false, &prefix) ||
      !read_string(*quote, quote_path, "suffix", false, &suffix)) {
    return false;
  }
  if (position && text_.substr(position->begin, position->end - position->begin) == exact) {
    *out = *position;
    return true;
  }
  // The position is missing or points elsewhere (the text was edited): find the quote.
  std::optional<Span> found = anchor_quote(exact, prefix, suffix, position ? position->begin : 0);
  if (quotes_.exhausted()) {
    return fail(path, "gave up re-anchoring quotes after searching " +
                          std::to_string(quotes_.bytes_searched() >> 20) +
                          " MB of text: too many quotes whose position and context do not "
                          "match this text (is it the article they were made for?)");
  }
  if (!found) {
    std::string reason = "the quote " + quote_for_message(exact) + " is not in the text";
    if (position) {
      reason = "the text at " + position_path + " is " +
               quote_for_message(text_.substr(position->begin, position->end - position->begin)) +
               ", and " + reason;
    }
    return fail(path, reason);
  }
  *out = *found;
  return true;
}

bool W3cReader::read_entity(const Json& a, const std::string& path, const std::vector<Body>& bodies,
                            Origin origin) {
  std::optional<Label> label;
  const Body* group = nullptr;
  for (const Body& b : bodies) {
    if (b.purpose == "tagging" && !label) label = label_from_name(b.value);
    if (b.purpose == "identifying" && !group) group = &b;
  }
  if (!label) {
    return fail(path + ".body", "no \"tagging\" body names a label (PERSON, ORG, PLACE, NORP, DATE or QUANTITY)");
  }
  const Json* target = member(a, "target");
  if (target && target->is_array() && target->size() == 1) target = &(*target)[0];
  if (!target || !target->is_object()) return fail(path + ".target", "expected one target object");
  Span span;
  if (!read_target_span(*target, path + ".target", &span)) return false;
  std::string_view mention = text_.substr(span.begin, span.end - span.begin);
  // The group: by body id, else by its name, else by the mention's own text.
  std::string name = group && !group->value.empty() ? group->value : std::string(mention);
  std::string name_key = std::string(label_name(*label)) + " " + group_key(name);
  Id gid = kNoId;
  if (group && !group->id.empty()) {
    if (auto it = group_by_iri_.find(group->id); it != group_by_iri_.end()) gid = it->second;
  } else if (auto it = group_by_name_.find(name_key); it != group_by_name_.end()) {
    gid = it->second;
  }
  if (gid == kNoId) {
    gid = next_id_++;
    doc_.groups.push_back({gid, name, *label, origin});
    if (group && !group->id.empty()) group_by_iri_[group->id] = gid;
    group_by_name_.emplace(name_key, gid);
  }
  doc_.entities.push_back({next_id_++, span, *label, gid, origin});
  return true;
}

bool W3cReader::read_claim(const Json& a, const std::string& path, const std::vector<Body>& bodies,
                           Origin origin) {
  Claim c;
  c.origin = origin;
  for (size_t i = 0; i < bodies.size(); ++i) {
    const Body& b = bodies[i];
    if (b.purpose == "tagging") {
      if (auto kind = claim_kind_from_name(b.value)) c.kind = *kind;
      if (auto stance = claim_stance_from_name(b.value)) c.stance = *stance;
    } else if (b.purpose == "identifying") {
      std::string p = path + ".body[" + std::to_string(i) + "]";
      if (!b.id.empty()) {
        auto it = group_by_iri_.find(b.id);
        if (it == group_by_iri_.end()) {
          return fail(p + ".id", quote_for_message(b.id) + " is the id of no entity's group");
        }
        c.source_group = it->second;
      } else {
        for (const EntityGroup& g : doc_.groups) {
          if (g.canonical == b.value) c.source_group = g.id;
        }
        if (c.source_group == kNoId) {
          return fail(p + ".value", quote_for_message(b.value) + " names no entity's group");
        }
      }
    }
  }
  std::vector<std::pair<const Json*, std::string>> targets;
  if (!object_list(member(a, "target"), path + ".target", &targets)) return false;
  bool has_content = false;
  for (const auto& [target, p] : targets) {
    std::string style;
    if (!read_string(*target, p, "styleClass", true, &style)) return false;
    Span span;
    if (!read_target_span(*target, p, &span)) return false;
    if (style == kContentClass && !has_content) {
      c.content = span;
      has_content = true;
    } else if (style == kSourceClass && !c.source) {
      c.source = span;
    } else if (style == kCueClass && !c.cue) {
      c.cue = span;
    } else {
      return fail(p + ".styleClass", quote_for_message(style) +
                                         " is a second target of that role or none of "
                                         "\"claim-content\", \"claim-source\", \"claim-cue\"");
    }
  }
  if (!has_content) return fail(path + ".target", "no target with styleClass \"claim-content\"");
  c.id = next_id_++;
  doc_.claims.push_back(c);
  return true;
}

Status W3cReader::read(const Json& root, Document* out) {
  if (!is_valid_utf8(text_)) return Status::Error("the article text is not valid UTF-8");
  if (!root.is_object()) return Status::Error("expected a JSON object, got " + describe_json_value(root));
  std::string type;
  if (!read_string(root, "", "type", true, &type)) return Status::Error("type: missing or not a string");
  const Json* page = &root;
  if (type == "AnnotationCollection") {
    page = member(root, "first");
    if (!page || !page->is_object()) {
      return Status::Error("first: expected the first AnnotationPage as an object (pages by "
                           "reference are not supported)");
    }
  } else if (type != "AnnotationPage") {
    return Status::Error("type: expected \"AnnotationCollection\" or \"AnnotationPage\", got " +
                         quote_for_message(type));
  }
  const Json* items = member(*page, "items");
  if (!items || !items->is_array()) return Status::Error("items: expected an array of annotations");
  // Entities first, so claims can name any group of the collection.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < items->size(); ++i) {
      const Json& a = (*items)[i];
      std::string path = "items[" + std::to_string(i) + "]";
      if (!a.is_object()) return Status::Error(path + ": expected an annotation object, got " + describe_json_value(a));
      std::string motivation;
      if (!read_string(a, path, "motivation", true, &motivation)) return error_;
      bool is_entity = motivation == "tagging";
      if (!is_entity && motivation != "describing") {
        return Status::Error(path + ".motivation: " + quote_for_message(motivation) +
                             " is neither \"tagging\" (an entity) nor \"describing\" (a claim)");
      }
      if (is_entity != (pass == 0)) continue;
      std::vector<Body> bodies;
      if (!read_bodies(a, path, &bodies)) return error_;
      bool ok = is_entity ? read_entity(a, path, bodies, read_origin(a))
                          : read_claim(a, path, bodies, read_origin(a));
      if (!ok) return error_;
    }
  }
  doc_.text = std::string(text_);
  std::stable_sort(doc_.entities.begin(), doc_.entities.end(),
                   [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
  std::stable_sort(doc_.claims.begin(), doc_.claims.end(), [](const Claim& a, const Claim& b) {
    return a.content.begin < b.content.begin;
  });
  *out = std::move(doc_);
  return Status();
}

}  // namespace

std::string write_w3c_annotations(const Document& doc, const W3cOptions& options) {
  return dump_json(W3cWriter(doc, options).collection(), options.indent);
}

Status read_w3c_annotations(std::string_view json, std::string_view text, Document* out) {
  Json root;
  if (Status s = parse_untrusted_json(json, &root); !s.ok()) return s;
  return W3cReader(text).read(root, out);
}

}  // namespace ann
