// The Claims panel: who said what. Claims are grouped by who made them: the source's entity
// group (so "Vučić said" and a later "he said" that resolves to him fall together), else
// the source's own words ("officials"), else "No source named".
//
//   Aleksandar Vučić  3
//     [ASSERT] direct    “We will not impose sanctions on Russia...”
//     [DENY]   indirect  that Serbia had sold arms to Ukraine
//   officials  1
//     ...
//
// Clicking a claim selects it (the article view scrolls to it). Rebuilt only when the
// document changes; only the rows in view are drawn.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "views/fonts.h"

namespace ann::web {

// One "who" of the panel: a source group's canonical name, a source's words, or no source.
struct ClaimSource {
  std::string name;            // "Aleksandar Vučić", "officials", "No source named"
  Id group = kNoId;            // the entity group, if the source has one
  bool named = true;           // false for "No source named"
  std::vector<size_t> claims;  // indices into Document::claims, in text order
};

// Groups doc.claims by source as described above: the most quoted first, "No source named"
// last.
std::vector<ClaimSource> group_claims_by_source(const Document& doc);

class ClaimsPanel {
 public:
  // Rebuilds the rows when the document changed (draw does it too; call it when hidden).
  void update(const AppState& state);
  // Fills the rest of the current window.
  void draw(AppState& state, const Fonts& fonts);
  // For the browser tests: {"sources":[{"name":..,"group":3,"claims":[{"id":..,"stance":..,
  // "kind":..,"box":[x,y,w,h] or null}]}]}.
  std::string report_json(const Document& doc) const;

 private:
  struct Row {
    int source = -1;        // index into sources_
    int claim = -1;         // index into Document::claims; a header row when < 0
    std::string preview;    // the content on one line, cut to a few hundred bytes
  };
  struct Box { float x, y, w, h; };

  void rebuild(const Document& doc);
  void draw_claim_row(const Row& row, AppState& state, const Fonts& fonts, float width);

  std::vector<ClaimSource> sources_;
  std::vector<Row> rows_;
  std::vector<Box> boxes_;   // per claim index, the row's box in the last frame (w = 0: not drawn)
  uint64_t revision_ = UINT64_MAX;
};

}  // namespace ann::web
