// What the entity finders know about each token: its folded form, its lexicon flags and
// whether its capital letter says anything (a capital at a sentence start or in a title-case
// headline does not make a name: "However", "Cambodia Court Indicts Four More ...").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzed_text.h"

namespace ann {

struct TokenFeatures {
  std::string_view folded;    // lexicon::fold of the token: "Vučić" => "vucic" (in `folds`)
  uint32_t fold_hash = 0;     // low bits of fnv1a(folded): keys per-document word sets
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

// One pass over the tokens. The folds live in `folds`, which must outlive the features: the
// text lowercased in place for plain ASCII tokens (most), other folds after it.
//   "Vučić said" => folds "\0\0\0\0\0\0\0said" + "vucic"   (gaps and non-ASCII tokens unused)
std::vector<TokenFeatures> token_features(const AnalyzedText& text, std::string& folds);

}  // namespace ann
