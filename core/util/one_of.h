// is_one_of: whether a word is one of a few literal words, for the finders' small fixed lists
// (the lexicon holds the long ones):
//   is_one_of("for", {"of", "and", "for"}) => true
#pragma once

#include <initializer_list>
#include <string_view>

namespace ann {

inline bool is_one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

}  // namespace ann
