// The key to the article's colours, with counts, in a row above the text (wrapping onto more
// rows when the window is narrow):
//   ■ Person 12  ■ Organisation 4  ■ Place 9  ...  ▬ Claim 7  ▢ Source  said Cue
#pragma once
#include "document/document.h"
#include "views/fonts.h"

namespace ann::web {

void draw_legend(const Document& doc, const Fonts& fonts);

}  // namespace ann::web
