// Find-in-text for the search bar (Ctrl+F): every occurrence of a query, ignoring case and
// diacritics, as byte spans of the original UTF-8 text.
//
//   find_all("Vučić met VUCIC’s aide", "vucic")   => {0, 7} "Vučić", {12, 17} "VUCIC"
//   find_all("New  York", "new york")              => {0, 9}   (runs of whitespace match one)
//   find_all("Straße", "ss")                       => {4, 6}   ("ß" folds to "ss")
//
// Both sides are folded the way the lexicon folds names (lexicon::fold: lowercase, Latin
// diacritics dropped, ’ as ', dashes as -), so what groups "Vučić" with "Vucic" also finds it.
// Hits do not overlap and come sorted; a hit always covers whole code points.
//
// TextSearchIndex folds the text once, so a search bar can search on every keystroke of a
// long article at the cost of one substring scan:
//   TextSearchIndex index(doc.text);   // when the document changes
//   index.find_all("vucic");           // on every keystroke
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"

namespace ann {

class TextSearchIndex {
 public:
  TextSearchIndex() = default;
  explicit TextSearchIndex(std::string_view utf8);

  // At most `max_hits` hits (the first ones); none for an empty or all-whitespace query.
  std::vector<Span> find_all(std::string_view query, size_t max_hits = SIZE_MAX) const;

 private:
  std::string folded_;              // the folded text
  std::vector<uint32_t> begin_of_;  // folded byte i came from the code point starting here
  std::vector<uint32_t> end_of_;    // ... and ending here (exclusive)
};

// The query's folded form: fold_for_search(" Vučić ’s") => " vucic 's".
std::string fold_for_search(std::string_view utf8);

// One-off search (folds the whole text; keep a TextSearchIndex to search it repeatedly).
std::vector<Span> find_all(std::string_view utf8, std::string_view query,
                           size_t max_hits = SIZE_MAX);

}  // namespace ann
