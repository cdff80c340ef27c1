// WordTable: what the claim finder knows about a word, in one lookup per token: its cue
// lexicon entry (cues.h) and its closed word classes (word_classes.h).
//
//   look_up_word("said")     => {cue: say/Past, classes: 0}
//   look_up_word("that")     => {cue: nullptr, classes: kClauseOpener | kDeterminer}
//   look_up_word("flatly")   => {cue: nullptr, classes: kAdverb}      ("-ly" rule)
//   look_up_word("Vučić")    => {}
// ClaimText calls it once per word; the finder then reads the per-token results, instead
// of hashing the same word again for every question it asks.
#pragma once
#include <cstdint>
#include <string_view>

#include "claims/cues.h"

namespace ann {

struct WordInfo {
  const CueInfo* cue = nullptr;
  uint16_t classes = 0;  // WordClass bits
};

// `lower`: the word, ASCII-lowercased.
WordInfo look_up_word(std::string_view lower);

}  // namespace ann
