// The entity finder: dictionary names first, then dates, quantities and names, each on the
// tokens the ones before left free; then groups (entity_groups.h).
#include "entities/entity_finder.h"

#include <algorithm>
#include <string>

#include "entities/date_finder.h"
#include "entities/dictionary_names.h"
#include "entities/entity_groups.h"
#include "entities/name_finder.h"
#include "entities/quantity_finder.h"
#include "entities/token_features.h"

namespace ann {
namespace {

// Tokens under annotations already in the document are not looked at again.
void take_existing(const AnalyzedText& text, const Document& doc, std::vector<bool>& taken) {
  const auto& tokens = text.tokens;
  for (const Entity& e : doc.entities) {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), e.span.begin,
                               [](const Token& t, uint32_t pos) { return t.end <= pos; });
    for (; it != tokens.end() && it->begin < e.span.end; ++it) {
      taken[static_cast<size_t>(it - tokens.begin())] = true;
    }
  }
}

}  // namespace

void find_entities(const AnalyzedText& text, const Dictionary* dictionary, Document& doc) {
  std::string folds;   // the features' folded words point into it
  std::vector<TokenFeatures> features = token_features(text, folds);
  std::vector<bool> taken(features.size(), false);
  take_existing(text, doc, taken);
  std::vector<Mention> mentions;
  if (dictionary) find_dictionary_names(text, features, *dictionary, taken, mentions);
  find_dates(text, features, taken, mentions);
  find_quantities(text, features, taken, mentions);
  find_names(text, features, taken, mentions);
  group_and_add_mentions(text, features, dictionary, std::move(mentions), doc);
}

}  // namespace ann
