// The raw tables generated at build time by gen_lexicon.py (see lexicon.h for the API).
#pragma once
#include <cstddef>
#include <cstdint>

namespace ann::lexicon_data {

// The keys (folded, see fold in lexicon.h), sorted by bytes and written end to end: key i is
// kKeys[i == 0 ? 0 : kKeyEnd[i - 1], kKeyEnd[i]); its flags are kFlagValues[kFlagClass[i]].
extern const size_t kEntryCount;
extern const char kKeys[];
extern const uint32_t kKeyEnd[];
extern const uint8_t kFlagClass[];
extern const uint32_t kFlagValues[];

// The hash index over the keys, built by the generator: slot fnv1a(key) & (kSlotCount - 1),
// then the next ones (linear probing), hold key index + 1; 0 is an empty slot, which ends a
// miss. kSlotCount is a power of two.
extern const size_t kSlotCount;
extern const uint16_t kSlots[];

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
