// Placeholder until the claim finder (issue 4) lands: finds nothing.
#include "claims/claim_finder.h"

namespace ann {
void find_claims(const AnalyzedText&, Document&) {}
}  // namespace ann
