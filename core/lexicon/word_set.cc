#include "lexicon/word_set.h"

namespace ann {

// An empty word is stored as a non-null view, so it is a member like any other.
static const char kEmptyWord[] = "";

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) insert(w);
}

void WordSet::insert(std::string_view word, uint64_t hash) {
  if (word.data() == nullptr) word = std::string_view(kEmptyWord, 0);
  if ((size_ + 1) * 2 > slots_.size()) grow();
  lengths_by_first_[first_byte(word)] |= filter_bit(word);
  const uint32_t bit = hash_bit(static_cast<uint32_t>(hash));
  hashes_[bit >> 6] |= uint64_t{1} << (bit & 63);
  const size_t mask = slots_.size() - 1;
  for (size_t slot = static_cast<uint32_t>(hash) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot].data() == nullptr) {
      slots_[slot] = word;
      ++size_;
      return;
    }
    if (slots_[slot] == word) return;
  }
}

bool WordSet::contains(std::string_view word) const {
  if (!(lengths_by_first_[first_byte(word)] & filter_bit(word))) return false;
  return probe(word, fnv1a(word));
}

bool WordSet::probe(std::string_view word, uint64_t hash) const {
  if (!(lengths_by_first_[first_byte(word)] & filter_bit(word))) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = static_cast<uint32_t>(hash) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot].data() == nullptr) return false;
    if (slots_[slot] == word) return true;
  }
}

void WordSet::grow() {
  std::vector<std::string_view> old = std::move(slots_);
  slots_.assign(old.empty() ? 16 : old.size() * 2, std::string_view());
  size_ = 0;
  for (std::string_view w : old) {
    if (w.data() != nullptr) insert(w);
  }
}

}  // namespace ann
