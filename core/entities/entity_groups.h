// Groups mentions per real-world entity and makes their labels consistent:
//   same name, diacritics aside      "Vučić", "Vucic"
//   part of a person's full name     "Juan Manuel Santos" ... "Santos"; "Pham Minh Vu" ... "Vu"
//   beginning of an organisation     "Techiman Eleven Wonders FC" ... "Techiman Eleven Wonders"
//   acronym in parentheses           "Foreign Intelligence Service (SVR)"
//   acronym by initials              "United States Geological Survey" ... "USGS"
//   dictionary aliases               one entry, one group
// A guessed label gives way to the group's: the label of its longest mention (the full name).
#pragma once
#include <vector>

#include "document/document.h"
#include "entities/dictionary.h"
#include "entities/mention.h"
#include "entities/token_features.h"
#include "text/analyzed_text.h"

namespace ann {

// Writes `mentions` into `doc` as entities with fresh ids, in new groups (or in an existing
// group of `doc` with the same name and label), keeping doc.entities sorted by span.begin.
void group_and_add_mentions(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                            const Dictionary* dictionary, std::vector<Mention> mentions,
                            Document& doc);

}  // namespace ann
