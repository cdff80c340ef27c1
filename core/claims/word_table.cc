#include "claims/word_table.h"

#include <algorithm>
#include <utility>

#include "claims/word_classes.h"

namespace ann {

uint16_t WordTable::ly_adverb(std::string_view w) {
  return w.size() > 4 && w.ends_with("ly") && w != "july" ? kAdverb : 0;
}

WordTable::WordTable() {
  std::vector<std::string_view> cues = cue_words();
  std::vector<std::pair<std::string_view, uint16_t>> classes = class_words();
  size_t size = 64;
  while (size < (cues.size() + classes.size()) * 4) size *= 2;
  slots_.resize(size);
  for (std::string_view w : cues) add(w).cue = find_cue(w);
  for (const auto& [w, bits] : classes) add(w).classes |= bits;
  // A listed "-ly" word keeps the rule's bit: "reply" is an adverb as before.
  for (Slot& s : slots_) s.info.classes |= ly_adverb(s.word);
}

WordInfo& WordTable::add(std::string_view w) {
  uint32_t h = kHashSeed;
  for (char c : w) h = hash_step(h, c);
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & mask;
  slots_[i].word = w;
  slots_[i].hash = h;
  longest_ = std::max(longest_, w.size());
  return slots_[i].info;
}

const WordTable& WordTable::get() {
  static const WordTable* table = new WordTable();  // never destroyed: no exit-time order issues
  return *table;
}

WordInfo look_up_word(std::string_view lower) {
  uint32_t h = WordTable::kHashSeed;
  for (char c : lower) h = WordTable::hash_step(h, c);
  return WordTable::get().find(lower, h);
}

}  // namespace ann
