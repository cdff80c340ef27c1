#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "lexicon/lexicon_data.h"
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

uint64_t fnv1a(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
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

// The key of the table line starting at byte `start` (keys are shorter than 200 bytes).
std::string_view key_at(uint32_t start) {
  const char* line = lexicon_data::kEntries + start;
  const char* tab = static_cast<const char*>(std::memchr(line, '\t', 256));
  return std::string_view(line, static_cast<size_t>(tab - line));
}

// An open-addressing hash index over the table's lines, built once on first use: the table
// ships without it to stay small, and building it takes about a millisecond.
class Index {
 public:
  static constexpr uint32_t kEmpty = UINT32_MAX;

  Index() {
    const char* table = lexicon_data::kEntries;
    const size_t size = lexicon_data::kEntriesSize;
    size_t lines = static_cast<size_t>(std::count(table, table + size, '\n'));
    size_t slots = 1;
    while (slots < lines * 2) slots <<= 1;
    mask_ = slots - 1;
    slots_.assign(slots, kEmpty);
    for (size_t i = 0; i < size; ++i) {
      if (i != 0 && table[i - 1] != '\n') continue;
      std::string_view key = key_at(static_cast<uint32_t>(i));
      size_t slot = fnv1a(key) & mask_;
      while (slots_[slot] != kEmpty) slot = (slot + 1) & mask_;
      slots_[slot] = static_cast<uint32_t>(i);
      // "zanu-pf" => "zanu"; "phnom penh" => "phnom"; "u.s. embassy" => "u", "u.s", "u.s.".
      for (size_t k = 1; k < key.size(); ++k) {
        if (std::strchr(" -.,'/&", key[k]) != nullptr) prefixes_.push_back(fnv1a(key.substr(0, k)));
      }
    }
    std::sort(prefixes_.begin(), prefixes_.end());
    prefixes_.erase(std::unique(prefixes_.begin(), prefixes_.end()), prefixes_.end());
  }

  bool is_prefix(std::string_view word) const {
    return std::binary_search(prefixes_.begin(), prefixes_.end(), fnv1a(word));
  }

  // Start of the line whose key is `key`, or kEmpty.
  uint32_t find(std::string_view key) const {
    for (size_t slot = fnv1a(key) & mask_;; slot = (slot + 1) & mask_) {
      uint32_t start = slots_[slot];
      if (start == kEmpty || key_at(start) == key) return start;
    }
  }

 private:
  size_t mask_ = 0;
  std::vector<uint32_t> slots_;
  std::vector<uint64_t> prefixes_;   // hashes of key prefixes that end before " -.,'/&"
};

const Index& index() {
  static const Index instance;
  return instance;
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

uint32_t lookup(std::string_view key) {
  if (key.empty() || key.size() >= 200) return 0;
  uint32_t start = index().find(key);
  if (start == Index::kEmpty) return 0;
  uint32_t flags = 0;
  for (const char* h = lexicon_data::kEntries + start + key.size() + 1; *h != '\n'; ++h) {
    flags = flags * 16 + static_cast<uint32_t>(*h <= '9' ? *h - '0' : *h - 'a' + 10);
  }
  return flags;
}

bool has_common_word(std::string_view w) { return common_word(w, 2); }

bool may_start_longer_key(std::string_view folded_word) { return index().is_prefix(folded_word); }

}  // namespace ann::lexicon
