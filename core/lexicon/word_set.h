// A set of words (string_views whose bytes outlive the set): one flat open-addressing table,
// no allocation per word as in std::unordered_set, and a filter by first byte and length
// that answers most misses without hashing (and one by hash bits when the hash is known). For the per-document sets of the finders.
//
//   WordSet known;
//   known.insert("bush");
//   known.contains("bush")  => true
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace ann {

// FNV-1a 64 of the bytes: the lexicon's hash.
inline uint64_t fnv1a(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words);

  void insert(std::string_view word) { insert(word, fnv1a(word)); }
  bool contains(std::string_view word) const;
  // The same with the word's hash known already (only its low 32 bits are used): hash ==
  // fnv1a(word), e.g. TokenFeatures::fold_hash.
  void insert(std::string_view word, uint64_t hash);
  bool contains(std::string_view word, uint64_t hash) const {
    return may_hold(hash) && probe(word, hash);   // inline: most words asked are not members
  }
  size_t size() const { return size_; }

 private:
  void grow();
  bool probe(std::string_view word, uint64_t hash) const;

  // Bit (length % 32) of lengths_by_first_[first byte] is set when a word of that length
  // starting with that byte may be in the set.
  static uint32_t filter_bit(std::string_view w) { return 1u << (w.size() & 31); }
  static unsigned char first_byte(std::string_view w) {
    return w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  }

  // Bit (hash >> 19) % 8192 is set when a word with that hash may be in the set: with the
  // hash known, most misses cost a shift and a load.
  static uint32_t hash_bit(uint64_t hash) { return static_cast<uint32_t>(hash >> 19) & 8191; }
  bool may_hold(uint64_t hash) const {
    const uint32_t bit = hash_bit(hash);
    return (hashes_[bit >> 6] >> (bit & 63)) & 1;
  }

  std::vector<std::string_view> slots_;   // data() == nullptr: empty slot
  size_t size_ = 0;
  uint32_t lengths_by_first_[256] = {};
  uint64_t hashes_[8192 / 64] = {};
};

}  // namespace ann
