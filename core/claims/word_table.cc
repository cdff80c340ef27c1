#include "claims/word_table.h"

#include <algorithm>
#include <vector>

#include "claims/word_classes.h"

namespace ann {
namespace {

// FNV-1a: short words, no setup cost.
uint32_t hash_of(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// "-ly" words are adverbs ("flatly", "consistently"); "only", "family" and "July" are not
// verbs' satellites but never sit between a subject and its verb either.
uint16_t ly_adverb(std::string_view w) {
  return w.size() > 4 && w.ends_with("ly") && w != "july" ? kAdverb : 0;
}

// Open addressing over a power-of-two array, at most a quarter full: a miss (most words)
// usually ends at the first empty slot.
class Table {
 public:
  Table() {
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

  WordInfo find(std::string_view w) const {
    if (w.empty() || w.size() > longest_) return {};
    return slots_[index_of(w)].info;  // a free slot holds an empty WordInfo
  }

 private:
  struct Slot {
    std::string_view word;  // empty: free
    WordInfo info;
  };
  // The slot holding `w`, or the free one where it would go.
  size_t index_of(std::string_view w) const {
    size_t mask = slots_.size() - 1;
    size_t i = hash_of(w) & mask;
    while (!slots_[i].word.empty() && slots_[i].word != w) i = (i + 1) & mask;
    return i;
  }
  WordInfo& add(std::string_view w) {
    Slot& s = slots_[index_of(w)];
    s.word = w;
    longest_ = std::max(longest_, w.size());
    return s.info;
  }
  std::vector<Slot> slots_;
  size_t longest_ = 0;
};

const Table& table() {
  static const Table* t = new Table();  // never destroyed: no exit-time order issues
  return *t;
}

}  // namespace

WordInfo look_up_word(std::string_view lower) {
  WordInfo info = table().find(lower);
  if (info.cue == nullptr && info.classes == 0) info.classes = ly_adverb(lower);
  return info;
}

}  // namespace ann
