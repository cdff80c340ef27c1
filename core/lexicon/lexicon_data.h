// The raw tables generated at build time by gen_lexicon.py (see lexicon.h for the API).
#pragma once
#include <cstddef>
#include <cstdint>

namespace ann::lexicon_data {

// Lines "key\tFLAGS\n", sorted by key bytes; key folded (see fold in lexicon.h), FLAGS in hex.
extern const char kEntries[];
extern const size_t kEntriesSize;

// Code point -> folded ASCII ("é" -> "e", "ł" -> "l", "ß" -> "ss"), sorted by code point.
struct FoldRow {
  char32_t code_point;
  char folded[4];
};
extern const FoldRow kFold[];
extern const size_t kFoldSize;

// Bloom filter of common English words (folded): bit i is kCommonBloom[i / 8] >> (i % 8).
extern const unsigned char kCommonBloom[];
extern const size_t kCommonBloomBits;

}  // namespace ann::lexicon_data
