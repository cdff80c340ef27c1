#include "document/document.h"

#include <algorithm>
#include <array>

namespace ann {
namespace {

// The JSON names, indexed by the enum's value.
constexpr std::array<std::string_view, kLabelCount> kLabelNames = {
    "PERSON", "ORG", "PLACE", "NORP", "DATE", "QUANTITY"};
constexpr std::array<std::string_view, 2> kOriginNames = {"auto", "manual"};
constexpr std::array<std::string_view, 3> kClaimKindNames = {"direct", "indirect", "mixed"};
constexpr std::array<std::string_view, 2> kClaimStanceNames = {"assert", "deny"};

// Reverse lookup: "ORG" => Label::Org. Exact and case-sensitive, as in the JSON formats.
template <typename Enum, size_t N>
std::optional<Enum> from_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view label_name(Label l) { return kLabelNames[static_cast<size_t>(l)]; }
std::optional<Label> label_from_name(std::string_view name) {
  return from_name<Label>(kLabelNames, name);
}
std::string_view origin_name(Origin o) { return kOriginNames[static_cast<size_t>(o)]; }
std::optional<Origin> origin_from_name(std::string_view name) {
  return from_name<Origin>(kOriginNames, name);
}
std::string_view claim_kind_name(ClaimKind k) { return kClaimKindNames[static_cast<size_t>(k)]; }
std::optional<ClaimKind> claim_kind_from_name(std::string_view name) {
  return from_name<ClaimKind>(kClaimKindNames, name);
}
std::string_view claim_stance_name(ClaimStance s) {
  return kClaimStanceNames[static_cast<size_t>(s)];
}
std::optional<ClaimStance> claim_stance_from_name(std::string_view name) {
  return from_name<ClaimStance>(kClaimStanceNames, name);
}

const EntityGroup* Document::find_group(Id id) const {
  if (id == kNoId) return nullptr;
  for (const EntityGroup& g : groups) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

// Ids share one counter across kinds, so "e4", "g4" and "c4" never name things created at
// the same time: a fresh id is above every id in use.
Id Document::next_id() const {
  Id top = kNoId;
  for (const Entity& e : entities) top = std::max(top, e.id);
  for (const EntityGroup& g : groups) top = std::max(top, g.id);
  for (const Claim& c : claims) top = std::max(top, c.id);
  return top + 1;
}

}  // namespace ann
