// What the entity finders know about each token: its folded form, its lexicon flags and
// whether its capital letter says anything (a capital at a sentence start or in a title-case
// headline does not make a name: "However", "Cambodia Court Indicts Four More ...").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "text/analyzed_text.h"

namespace ann {

struct TokenFeatures {
  std::string folded;         // lexicon::fold of the token: "Vučić" => "vucic"
  uint32_t lex = 0;           // lexicon::lookup(folded) for words and symbols, else 0
  bool starts_longer_key = false;  // a lexicon key of several tokens may start here ("phnom")
  bool word = false;          // TokenKind::Word
  bool capitalized = false;   // first letter uppercase
  bool all_caps = false;      // "NATO", "U.S."
  bool ambiguous_case = false; // sentence start, after an opening quote or colon, in a headline
  bool headline = false;      // in a title-case or all-caps line
  bool caps_line = false;     // in an all-caps line: "NATO" there is no sign of an acronym
  bool common = false;        // capitalised and a common English word ("However", "Court")
};

std::vector<TokenFeatures> token_features(const AnalyzedText& text);

}  // namespace ann
