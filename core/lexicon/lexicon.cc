#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstring>

#include "lexicon/lexicon_data.h"
#include "lexicon/word_set.h"
#include "text/utf8.h"

namespace ann::lexicon {
namespace {

const char* fold_of(char32_t cp) {
  const auto* begin = lexicon_data::kFold;
  const auto* end = begin + lexicon_data::kFoldSize;
  const auto* it = std::lower_bound(begin, end, cp, [](const lexicon_data::FoldRow& row,
                                                       char32_t c) { return row.code_point < c; });
  return (it != end && it->code_point == cp) ? it->folded : nullptr;
}

// Same hashing as gen_lexicon.py: FNV-1a 64, double hashing h1 + i * h2.
bool in_common_bloom(std::string_view key) {
  uint64_t h = fnv1a(key);
  uint64_t h1 = h & 0xFFFFFFFFu, h2 = (h >> 32) | 1;
  for (uint64_t i = 0; i < 7; ++i) {
    uint64_t bit = (h1 + i * h2) % lexicon_data::kCommonBloomBits;
    if (!(lexicon_data::kCommonBloom[bit >> 3] & (1u << (bit & 7)))) return false;
  }
  return true;
}

// Flags of `key` (kLongerKey included), 0 when absent: a hash, then a length check and a
// memcmp per probed slot (the index is ~35% full: most lookups probe one or two slots).
uint32_t find(std::string_view key, uint64_t hash) {
  using namespace lexicon_data;
  const size_t mask = kSlotCount - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const uint32_t entry = kSlots[slot];
    if (entry == 0) return 0;
    const uint32_t begin = entry == 1 ? 0 : kKeyEnd[entry - 2];
    const uint32_t end = kKeyEnd[entry - 1];
    if (end - begin == key.size() && std::memcmp(kKeys + begin, key.data(), key.size()) == 0) {
      return kFlagValues[kFlagClass[entry - 1]];
    }
  }
}

// "largest" => "large", "activities" => "activity", "stopped" => "stop", "claims" => "claim",
// "leaders" => "leader" (the generator keeps base forms only, so up to two levels).
bool common_word(std::string_view w, int depth) {
  if (w.empty()) return false;
  if (in_common_bloom(w)) return true;
  if (depth == 0) return false;
  static constexpr std::string_view kEndings[] = {"s", "es", "ed", "ing", "ly", "er", "est", "d"};
  std::string base;
  for (std::string_view e : kEndings) {
    if (w.size() < e.size() + 3 || !w.ends_with(e)) continue;
    std::string_view stem = w.substr(0, w.size() - e.size());
    if (common_word(stem, depth - 1)) return true;
    base.assign(stem);
    base += 'e';   // "larg" + e, "indicat" + e
    if (in_common_bloom(base)) return true;
    if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2] &&
        in_common_bloom(stem.substr(0, stem.size() - 1))) {
      return true;   // "stopp" => "stop"
    }
    if (stem.back() == 'i') {   // "activiti" => "activity"
      base.assign(stem.substr(0, stem.size() - 1));
      base += 'y';
      if (in_common_bloom(base)) return true;
    }
  }
  return false;
}

}  // namespace

void append_fold(std::string_view utf8, std::string& out) {
  // Most tokens are short ASCII words: lowercased into a buffer in one pass, appended once.
  if (utf8.size() <= 64) {
    char lower[64];
    size_t k = 0;
    for (; k < utf8.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(utf8[k]);
      if (c - 0x21u >= 0x5Eu) break;   // space, control or non-ASCII: the general path
      lower[k] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + ('a' - 'A') : c);
    }
    if (k == utf8.size()) {
      out.append(lower, k);
      return;
    }
  }
  bool pending_space = false;
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      ++i;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      continue;
    }
    size_t start = i;
    char32_t cp = decode_utf8(utf8, i);
    if (cp == 0xA0) {   // no-break space
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (const char* f = fold_of(cp)) {
      out += f;
    } else if (cp >= 0x410 && cp <= 0x42F) {   // Cyrillic capitals: lowercase them
      append_utf8(out, cp + 0x20);
    } else {
      out.append(utf8.substr(start, i - start));
    }
  }
}

std::string fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  append_fold(utf8, out);
  return out;
}

uint32_t lookup_word(std::string_view key) {
  if (key.empty() || key.size() >= 200) return 0;
  return find(key, fnv1a(key));
}

uint32_t lookup_word(std::string_view key, uint64_t hash) {
  if (key.empty() || key.size() >= 200) return 0;
  return find(key, hash);
}

uint32_t lookup(std::string_view key) { return lookup_word(key) & ~kLongerKey; }

bool has_common_word(std::string_view w) { return common_word(w, 2); }

bool may_start_longer_key(std::string_view folded_word) {
  return (lookup_word(folded_word) & kLongerKey) != 0;
}

}  // namespace ann::lexicon
