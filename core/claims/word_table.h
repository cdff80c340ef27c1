// WordTable: what the claim finder knows about a word, in one lookup per token: its cue
// lexicon entry (cues.h) and its closed word classes (word_classes.h).
//
//   look_up_word("said")     => {cue: say/Past, classes: 0}
//   look_up_word("that")     => {cue: nullptr, classes: kClauseOpener | kDeterminer}
//   look_up_word("flatly")   => {cue: nullptr, classes: kAdverb}      ("-ly" rule)
//   look_up_word("Vučić")    => {}
// ClaimText looks every word up once, hashing it while it lowercases it (WordTable::find
// with a hash from hash_step); the finder then reads the per-token results instead of
// hashing the same word again for every question it asks.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "claims/cues.h"

namespace ann {

struct WordInfo {
  const CueInfo* cue = nullptr;
  uint16_t classes = 0;  // WordClass bits
};

class WordTable {
 public:
  static const WordTable& get();

  // FNV-1a, one byte at a time: h = hash_step(h, c) from kHashSeed over the lowercase word.
  static constexpr uint32_t kHashSeed = 2166136261u;
  static uint32_t hash_step(uint32_t h, char c) {
    return (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }

  // `lower`: the ASCII-lowercased word; `hash`: its hash. The "-ly" rule included.
  WordInfo find(std::string_view lower, uint32_t hash) const {
    if (lower.size() <= longest_) {
      size_t mask = slots_.size() - 1;
      for (size_t i = hash & mask; !slots_[i].word.empty(); i = (i + 1) & mask) {
        if (slots_[i].hash == hash && slots_[i].word == lower) return slots_[i].info;
      }
    }
    return WordInfo{nullptr, ly_adverb(lower)};
  }

  // "-ly" words are adverbs ("flatly", "consistently"); "only", "family" and "July" are not
  // verbs' satellites but never sit between a subject and its verb either.
  static uint16_t ly_adverb(std::string_view w);

 private:
  WordTable();
  WordInfo& add(std::string_view w);

  struct Slot {
    std::string_view word;  // empty: free
    uint32_t hash = 0;
    WordInfo info;
  };
  std::vector<Slot> slots_;  // open addressing, a power of two, at most a quarter full
  size_t longest_ = 0;       // longer words are in no list
};

// `lower`: the word, ASCII-lowercased.
WordInfo look_up_word(std::string_view lower);

}  // namespace ann
