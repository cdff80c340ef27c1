// Re-running the finders without losing the user's work.
//
//   current (user-edited)      : PERSON "Vučić" (manual), ORG "Krušik" (auto), claim c7 (manual)
//   fresh_auto (a new run)     : PERSON "Aleksandar Vučić" (auto), ORG "Krušik" (auto), claim
//                                overlapping c7 (auto)
//   reannotate(current, fresh) : PERSON "Vučić" (manual), ORG "Krušik" (the new run's),
//                                claim c7 (manual); "Aleksandar Vučić" overlaps a manual entity
//                                and is dropped, and so is the auto claim overlapping c7.
//
// Rules: every manual entity and claim is kept with its id; every auto annotation of the old
// document goes; the new run's entities that overlap no manual entity, and its claims whose
// content overlaps no manual claim's content, come in with fresh ids. A new-run group joins
// a kept group of the same label that shares a normalised name (its canonical name or any
// of its mentions' texts in `current`, see group_key), so manual mentions and renamed
// groups keep collecting the new mentions. Kept groups: those that still have a mention or
// a kept claim's source link. An auto annotation the user deleted comes back (the document
// does not remember deletions).
#pragma once
#include "document/document.h"
#include "util/status.h"

namespace ann {

// Fails (leaving *out untouched) when the two texts differ: manual spans would be meaningless.
Status reannotate(const Document& current, const Document& fresh_auto, Document* out);

}  // namespace ann
