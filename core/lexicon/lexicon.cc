#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstring>
#include <vector>

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

// An open-addressing hash index over the table's lines, built once on first use (the table
// ships without it to stay small; building it takes about 0.3 ms). A slot holds a line's key
// position and its flags, decoded once, so a lookup is a hash, a length check and a memcmp.
class Index {
 public:
  Index() {
    const char* table = lexicon_data::kEntries;
    const size_t size = lexicon_data::kEntriesSize;
    size_t lines = static_cast<size_t>(std::count(table, table + size, '\n'));
    size_t slots = 1;
    while (slots < lines * 2) slots <<= 1;
    mask_ = slots - 1;
    slots_.assign(slots, Slot{});
    for (size_t start = 0; start < size;) {
      const char* line = table + start;
      const char* tab = static_cast<const char*>(std::memchr(line, '\t', size - start));
      Slot entry;
      entry.start = static_cast<uint32_t>(start);
      entry.length = static_cast<uint32_t>(tab - line);
      const char* hex = tab + 1;
      for (; *hex != '\n'; ++hex) {
        entry.flags = entry.flags * 16 + static_cast<uint32_t>(*hex <= '9' ? *hex - '0' : *hex - 'a' + 10);
      }
      size_t slot = fnv1a(std::string_view(line, entry.length)) & mask_;
      while (slots_[slot].length != 0) slot = (slot + 1) & mask_;
      slots_[slot] = entry;
      start = static_cast<size_t>(hex - table) + 1;
    }
  }

  // Flags of `key` (kLongerKey included), 0 when absent.
  uint32_t find(std::string_view key) const {
    for (size_t slot = fnv1a(key) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.length == 0) return 0;
      if (s.length == key.size() &&
          std::memcmp(lexicon_data::kEntries + s.start, key.data(), key.size()) == 0) {
        return s.flags;
      }
    }
  }

 private:
  struct Slot {
    uint32_t start = 0;    // of the key in kEntries
    uint32_t length = 0;   // of the key; 0 = empty slot (no key is empty)
    uint32_t flags = 0;
  };
  size_t mask_ = 0;
  std::vector<Slot> slots_;
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
  return index().find(key);
}

uint32_t lookup(std::string_view key) { return lookup_word(key) & ~kLongerKey; }

bool has_common_word(std::string_view w) { return common_word(w, 2); }

bool may_start_longer_key(std::string_view folded_word) {
  return (lookup_word(folded_word) & kLongerKey) != 0;
}

}  // namespace ann::lexicon
