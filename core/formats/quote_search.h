// Finds a quoted string in a text near where it used to be, for re-anchoring W3C
// TextQuoteSelectors (formats/w3c.cc) after the article was edited.
//
// The search starts at the old position and widens in both directions (256 bytes, then 512,
// 1024, ...), so its cost follows the distance to the answer, not the number of occurrences:
// 2,000 quotes of "a" in 100 KB of "a" cost 2,000 short searches instead of 2,000 × 100,000
// comparisons. A pattern found nowhere is remembered, so asking again is free.
//
//   QuoteSearch search("a cat, a cat, a dog");
//   search.nearest("a cat", 12)   => 7     (the second "a cat": |7 - 12| < |0 - 12|)
//   search.nearest("a cat", 3)    => 0     (ties go to the earlier one)
//   search.nearest("a cow", 0)    => nullopt
//
// A file can still ask for many different patterns that are nowhere in the text; each costs
// a pass over it. The bytes searched are counted against a budget: once it is spent, every
// search fails and exhausted() says why, so an import ends with a message instead of a hang.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ann {

class QuoteSearch {
 public:
  // `text` must outlive the search. `budget_bytes`: how many bytes all searches may scan.
  QuoteSearch(std::string_view text, size_t budget_bytes);

  // The start (a byte offset) of the occurrence of `pattern` nearest to `center`; among two
  // equally near, the earlier. Occurrences that start or end inside a UTF-8 sequence do not
  // count. nullopt when there is none, `pattern` is empty, or the budget is spent.
  std::optional<size_t> nearest(std::string_view pattern, size_t center);

  bool exhausted() const { return exhausted_; }
  size_t bytes_searched() const { return bytes_searched_; }

 private:
  // The first occurrence starting in [from, last] of `needle` in `haystack`, whose start
  // `to_text_start` maps to a start in the text that must be on UTF-8 boundaries.
  template <typename ToTextStart>
  std::optional<size_t> first_in(std::string_view haystack, std::string_view needle,
                                 size_t from, size_t last, ToTextStart to_text_start);
  bool on_boundaries(size_t start, size_t size) const;
  bool charge(size_t bytes);

  std::string_view text_;
  std::string reversed_text_;   // made on the first backward search: the text's bytes reversed
  std::unordered_set<std::string> absent_;   // patterns that occur nowhere
  size_t budget_;
  size_t bytes_searched_ = 0;
  bool exhausted_ = false;
};

}  // namespace ann
