// Finds QUANTITY mentions: numbers in digits with their currency, magnitude and unit, and
// spelled-out numbers of a hundred or more.
//
//   "$5 million"  "£1.6million"  "380kg"  "122 mm"  "40 percent"  "4 per cent"  "26%"
//   "magnitude 6.3"  "59-year-old"  "1-1"  "two million euros"  "23 soldiers" => "23"
// Not quantities: numbers inside dates (run find_dates first), clock times ("3:32 a.m."),
// ordinals ("5th"), numbers inside names ("COVID-19", "G7"), small spelled numbers ("two").
#pragma once
#include <vector>

#include "entities/mention.h"
#include "entities/token_features.h"
#include "text/analyzed_text.h"

namespace ann {

// Appends the quantities found in tokens not yet `taken`, and marks their tokens taken.
void find_quantities(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                     std::vector<bool>& taken, std::vector<Mention>& out);

}  // namespace ann
