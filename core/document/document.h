// The document model: an article's text and its annotations (entities, entity groups, claims).
// Spans are BYTE offsets into `text` (valid UTF-8), end exclusive; the JSON formats convert
// them to code points at the boundary (see document_json.h and docs/format.md).
//
// Index
//   Label, Origin, ClaimKind, ClaimStance   enums with their JSON names
//   Span                                     a byte range
//   Entity, EntityGroup, Claim               the annotations
//   Document                                 text + annotations + id counters
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ann {

enum class Label : uint8_t { Person, Org, Place, Norp, Date, Quantity };
constexpr int kLabelCount = 6;
enum class Origin : uint8_t { Auto, Manual };
enum class ClaimKind : uint8_t { Direct, Indirect, Mixed };
enum class ClaimStance : uint8_t { Assert, Deny };

std::string_view label_name(Label l);                 // "PERSON", "ORG", "PLACE", "NORP", "DATE", "QUANTITY"
std::optional<Label> label_from_name(std::string_view name);
std::string_view origin_name(Origin o);               // "auto", "manual"
std::optional<Origin> origin_from_name(std::string_view name);
std::string_view claim_kind_name(ClaimKind k);        // "direct", "indirect", "mixed"
std::optional<ClaimKind> claim_kind_from_name(std::string_view name);
std::string_view claim_stance_name(ClaimStance s);    // "assert", "deny"
std::optional<ClaimStance> claim_stance_from_name(std::string_view name);

struct Span {
  uint32_t begin = 0;   // byte offset, inclusive
  uint32_t end = 0;     // byte offset, exclusive
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

using Id = uint32_t;      // unique per kind within a document; 0 = none
constexpr Id kNoId = 0;

struct Entity {
  Id id = kNoId;
  Span span;
  Label label = Label::Person;
  Id group = kNoId;               // the EntityGroup this mention belongs to
  Origin origin = Origin::Auto;
};

// One real-world entity: "Aleksandar Vučić", "Vučić" and "Vucic" are mentions of one group.
struct EntityGroup {
  Id id = kNoId;
  std::string canonical;          // the longest full form, e.g. "Aleksandar Vučić"
  Label label = Label::Person;
  Origin origin = Origin::Auto;
};

struct Claim {
  Id id = kNoId;
  std::optional<Span> source;     // nullopt when the text names no speaker
  Id source_group = kNoId;        // entity group the source refers to (pronouns resolved)
  std::optional<Span> cue;        // nullopt when the cue word is missing (a typo)
  Span content;
  ClaimKind kind = ClaimKind::Indirect;
  ClaimStance stance = ClaimStance::Assert;
  Origin origin = Origin::Auto;
};

struct Document {
  std::string text;                        // valid UTF-8
  std::vector<Entity> entities;            // sorted by span.begin
  std::vector<EntityGroup> groups;
  std::vector<Claim> claims;               // sorted by content.begin
  size_t replaced_invalid_utf8 = 0;        // bytes sequences replaced by U+FFFD on input

  std::string_view span_text(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  const EntityGroup* find_group(Id id) const;
  Id next_id() const;                      // 1 + the largest id of any annotation
};

}  // namespace ann
