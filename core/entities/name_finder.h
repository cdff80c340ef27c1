// Finds PERSON, ORG, PLACE and NORP mentions: runs of capitalised words, cut into names
// and labelled from the lexicons and the context.
//
//   "Prime Minister Hun Sen"                    => PERSON "Hun Sen" (titles are dropped)
//   "Russia’s Foreign Intelligence Service"     => PLACE "Russia", ORG "Foreign Intelligence Service"
//   "Russian Foreign Minister Sergei Lavrov"    => NORP "Russian", PERSON "Sergei Lavrov"
//   "the Kingdom of Cambodia’s Association of Free Labor Union Workers"
//                                               => PLACE "Kingdom of Cambodia", ORG "Association of ..."
//   "However, Serbia ..."                       => PLACE "Serbia" ("However" is a common word)
//   "Cambodia Court Indicts Four More Border Activists" (headline) => PLACE "Cambodia"
// Labels here are a first guess; entity_groups.h makes them consistent per entity.
#pragma once
#include <vector>

#include "entities/mention.h"
#include "entities/token_features.h"
#include "text/analyzed_text.h"

namespace ann {

// Appends the names found in tokens not yet `taken` (dates, quantities and dictionary names
// are found first), and marks their tokens taken.
void find_names(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                std::vector<bool>& taken, std::vector<Mention>& out);

}  // namespace ann
