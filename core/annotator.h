// The one entry point of the core: text in, annotated Document out.
//
//   ann::Document doc = ann::annotate("Vučić said on Monday that ...");
//   doc.entities  => PERSON "Vučić", DATE "Monday"
//   doc.claims    => {source "Vučić", cue "said", content "...", indirect, assert}
#pragma once
#include <string_view>

#include "document/document.h"
#include "entities/dictionary.h"

namespace ann {

struct AnnotateOptions {
  const Dictionary* dictionary = nullptr;   // newsroom names; take precedence over built-ins
  bool find_entities = true;
  bool find_claims = true;
};

// Accepts any bytes: invalid UTF-8 is replaced (and counted in Document::replaced_invalid_utf8).
Document annotate(std::string_view bytes, const AnnotateOptions& options = {});

}  // namespace ann
