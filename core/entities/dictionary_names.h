// Finds the names of a newsroom dictionary (dictionary.h) in the text, before any built-in
// rule: its names and aliases win. Matching is token by token on folded words, so
// "Policske Strojirny", "POLICSKE STROJIRNY" and "Polickė Strojirny" all match the entry.
//
//   [{"name": "Policske Strojirny", "label": "ORG", "aliases": ["PS"]}]
//   "... PS said ..."  => ORG "PS" (dictionary entry 0)
#pragma once
#include <vector>

#include "entities/dictionary.h"
#include "entities/mention.h"
#include "entities/token_features.h"
#include "text/analyzed_text.h"

namespace ann {

void find_dictionary_names(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                           const Dictionary& dictionary, std::vector<bool>& taken,
                           std::vector<Mention>& out);

}  // namespace ann
