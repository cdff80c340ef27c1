// A set of words (string_views whose bytes outlive the set): one flat open-addressing table,
// no allocation per word as in std::unordered_set. For the per-document sets of the finders.
//
//   WordSet known;
//   known.insert("bush");
//   known.contains("bush")  => true
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace ann {

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words);

  void insert(std::string_view word);
  bool contains(std::string_view word) const;
  size_t size() const { return size_; }

 private:
  void grow();

  std::vector<std::string_view> slots_;   // data() == nullptr: empty slot
  size_t size_ = 0;
};

// FNV-1a 64 of the bytes: the lexicon's hash.
inline uint64_t fnv1a(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

}  // namespace ann
