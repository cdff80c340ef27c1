// A found entity mention over a token range, before grouping.
#pragma once
#include <cstdint>

#include "document/document.h"

namespace ann {

// How sure the finder is of a mention's label: a later pass may relabel weak ones from their
// group ("Santos" after "Juan Manuel Santos"), never dictionary ones.
enum class Evidence : uint8_t { Guess, Context, Lexicon, Dictionary };

struct Mention {
  uint32_t first = 0, end = 0;   // token range [first, end)
  Label label = Label::Person;
  Evidence evidence = Evidence::Guess;
  int dictionary_entry = -1;     // index in Dictionary::entries when matched from it
};

}  // namespace ann
