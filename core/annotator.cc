#include "annotator.h"

#include "claims/claim_finder.h"
#include "entities/entity_finder.h"
#include "text/analyzed_text.h"
#include "text/utf8.h"

namespace ann {

Document annotate(std::string_view bytes, const AnnotateOptions& options) {
  SanitizedText clean = sanitize_utf8(bytes);
  Document doc;
  doc.replaced_invalid_utf8 = clean.replaced;
  doc.text = clean.utf8;
  AnalyzedText analyzed = analyze_text(std::move(clean.utf8));
  if (options.find_entities) find_entities(analyzed, options.dictionary, doc);
  if (options.find_claims) find_claims(analyzed, doc);
  return doc;
}

}  // namespace ann
