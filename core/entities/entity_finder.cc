// Placeholder until the entity finder (issue 3) lands: finds nothing.
#include "entities/entity_finder.h"

namespace ann {
void find_entities(const AnalyzedText&, const Dictionary*, Document&) {}
}  // namespace ann
