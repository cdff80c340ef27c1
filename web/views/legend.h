// The key to the article's colours, with counts, in a row above the text (wrapping onto more
// rows when the column is narrow). Each label and "Claim" is also a toggle: a click hides its
// marks in the article (options().label_visible, options().show_claims) and the item turns
// hollow and struck through; another click shows them again.
//   ■ Person 12  ■ Organisation 4  ■ Place 9  ...  ▬ Claim 7  ▢ Source  said Cue
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "app/app_state.h"
#include "imgui.h"
#include "views/fonts.h"

namespace ann::web {

class Legend {
 public:
  void draw(AppState& state, const Fonts& fonts);
  // {"labels":[{"label":"PERSON","count":12,"visible":true,"box":[x,y,w,h]}],"claims":{...}}
  std::string report_json(const AppState& state) const;

 private:
  std::array<int, kLabelCount> counts_{};   // entities per label, for revision_
  uint64_t revision_ = UINT64_MAX;
  std::array<ImVec4, kLabelCount + 1> boxes_{};   // x, y, w, h of the label toggles, then claims
};

}  // namespace ann::web
