// Invariants every Document coming out of the core must hold, checked by the fuzz targets.
// A broken invariant prints what broke and aborts, so libFuzzer saves the input as a crash.
//
//   text "Vučić said"  entity [0, 3)  => "span ends inside a UTF-8 sequence" (3 is inside "č")
#pragma once
#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>
#include <cstdlib>
#include <string>
#include <string_view>

#include "document/document.h"
#include "document/document_json.h"
#include "text/utf8.h"

namespace ann::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, detail.c_str());
  std::abort();
}

inline void check(bool ok, const char* what, const std::string& detail = "") {
  if (!ok) fail(what, detail);
}

inline bool is_boundary(std::string_view text, uint32_t offset) {
  if (offset >= text.size()) return offset == text.size();
  return (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;   // not a continuation byte
}

// A span must be non-empty, inside the text and start and end on code point boundaries.
inline void check_span(const Document& doc, Span s, const char* what) {
  std::string detail = "[" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
                       ") in " + std::to_string(doc.text.size()) + " bytes";
  check(s.begin < s.end, what, "empty or reversed span " + detail);
  check(s.end <= doc.text.size(), what, "span past the end " + detail);
  check(is_boundary(doc.text, s.begin), what, "span starts inside a UTF-8 sequence " + detail);
  check(is_boundary(doc.text, s.end), what, "span ends inside a UTF-8 sequence " + detail);
}

inline void check_document(const Document& doc) {
  check(is_valid_utf8(doc.text), "document text is not valid UTF-8");
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    check_span(doc, e.span, "entity");
    check(i == 0 || doc.entities[i - 1].span.begin <= e.span.begin, "entities not sorted by start");
    check(e.group == kNoId || doc.find_group(e.group) != nullptr, "entity names a missing group",
          std::to_string(e.group));
  }
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    check_span(doc, c.content, "claim content");
    if (c.source) check_span(doc, *c.source, "claim source");
    if (c.cue) check_span(doc, *c.cue, "claim cue");
    check(i == 0 || doc.claims[i - 1].content.begin <= c.content.begin, "claims not sorted by start");
  }
}

// write -> read -> write must give the same JSON: nothing is lost or changed on the way.
inline void check_json_round_trip(const Document& doc) {
  std::string json = write_document_json(doc);
  Document back;
  Status s = read_document_json(json, &back);
  check(s.ok(), "document JSON written by the core does not read back:", s.message());
  check_document(back);
  std::string again = write_document_json(back);
  check(again == json, "document JSON changes on a round trip", "\n" + json + "\n" + again);
}

// The document without its ids, which importers may renumber: one line per annotation,
// sorted, with groups named by their label and canonical name.
//   "E 5 12 PERSON auto PERSON:Aleksandar Vučić"   "C 20 60 (0 4) (5 9) direct assert auto ..."
inline std::string fingerprint(const Document& doc) {
  auto group = [&doc](Id id) {
    const EntityGroup* g = doc.find_group(id);
    return g ? std::string(label_name(g->label)) + ":" + g->canonical : std::string("-");
  };
  auto span = [](const std::optional<Span>& s) {
    return s ? "(" + std::to_string(s->begin) + " " + std::to_string(s->end) + ")" : std::string("-");
  };
  std::vector<std::string> lines;
  for (const Entity& e : doc.entities) {
    lines.push_back("E " + span(e.span) + " " + std::string(label_name(e.label)) + " " +
                    std::string(origin_name(e.origin)) + " " + group(e.group));
  }
  for (const Claim& c : doc.claims) {
    lines.push_back("C " + span(c.content) + " " + span(c.source) + " " + span(c.cue) + " " +
                    std::string(claim_kind_name(c.kind)) + " " + std::string(claim_stance_name(c.stance)) +
                    " " + std::string(origin_name(c.origin)) + " " + group(c.source_group));
  }
  std::sort(lines.begin(), lines.end());
  std::string out = doc.text + "\n";
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

// Splits "<a>\0<b>" into a and b (b empty when there is no NUL): two inputs in one buffer.
inline std::pair<std::string_view, std::string_view> split_at_nul(std::string_view data) {
  size_t nul = data.find('\0');
  if (nul == std::string_view::npos) return {data, {}};
  return {data.substr(0, nul), data.substr(nul + 1)};
}

}  // namespace ann::fuzz
