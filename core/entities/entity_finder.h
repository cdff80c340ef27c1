// Finds entity mentions (PERSON, ORG, PLACE, NORP, DATE, QUANTITY) and groups them per
// real-world entity. Conventions: ../shared/corpus/GUIDELINES.md.
#pragma once
#include "document/document.h"
#include "entities/dictionary.h"
#include "text/analyzed_text.h"

namespace ann {

// Appends the mentions and their groups to `doc` (whose text equals `text.text`), giving
// them fresh ids. Annotations already in `doc` (e.g. manual ones) are kept and win overlaps.
void find_entities(const AnalyzedText& text, const Dictionary* dictionary, Document& doc);

}  // namespace ann
