// Shared by the claim tests: annotate a few sentences and list the claims as strings.
//
//   claims_of("Ana Diaz said the bridge is safe.")
//     => [{source "Ana Diaz", cue "said", content "the bridge is safe", indirect, assert}]
#pragma once
#include <string>
#include <vector>

#include "annotator.h"

namespace ann {

// A claim as strings, for readable expectations. Absent source or cue: "-".
struct Seen {
  std::string source, cue, content;
  ClaimKind kind;
  ClaimStance stance;
  std::string group;  // canonical name of the source group, "" when none
};

inline std::vector<Seen> claims_of(const std::string& text) {
  Document doc = annotate(text);
  std::vector<Seen> out;
  for (const Claim& c : doc.claims) {
    Seen s{c.source ? std::string(doc.span_text(*c.source)) : "-",
           c.cue ? std::string(doc.span_text(*c.cue)) : "-",
           std::string(doc.span_text(c.content)),
           c.kind,
           c.stance,
           ""};
    if (const EntityGroup* g = doc.find_group(c.source_group)) s.group = g->canonical;
    out.push_back(s);
  }
  return out;
}

// The first claim with cue `cue`, or nullptr.
inline const Seen* with_cue(const std::vector<Seen>& claims, const std::string& cue) {
  for (const Seen& s : claims) {
    if (s.cue == cue) return &s;
  }
  return nullptr;
}

}  // namespace ann
