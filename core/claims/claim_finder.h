// Finds claims (who said what): source, cue, content, kind and stance, linking each source
// to an entity group. Conventions: ../shared/corpus/GUIDELINES.md.
#pragma once
#include "document/document.h"
#include "text/analyzed_text.h"

namespace ann {

// Appends claims to `doc` (whose text equals `text.text` and whose entities are found),
// giving them fresh ids. Claims already in `doc` (e.g. manual ones) are kept.
void find_claims(const AnalyzedText& text, Document& doc);

}  // namespace ann
