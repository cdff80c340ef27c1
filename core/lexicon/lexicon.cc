#include "lexicon/lexicon.h"

#include <algorithm>

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

// Start of the line that contains byte `i` of the table.
size_t line_start(size_t i) {
  while (i > 0 && lexicon_data::kEntries[i - 1] != '\n') --i;
  return i;
}

// Same hashing as gen_lexicon.py: FNV-1a 64, double hashing h1 + i * h2.
bool in_common_bloom(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  uint64_t h1 = h & 0xFFFFFFFFu, h2 = (h >> 32) | 1;
  for (uint64_t i = 0; i < 7; ++i) {
    uint64_t bit = (h1 + i * h2) % lexicon_data::kCommonBloomBits;
    if (!(lexicon_data::kCommonBloom[bit >> 3] & (1u << (bit & 7)))) return false;
  }
  return true;
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
  if (key.empty()) return 0;
  const char* table = lexicon_data::kEntries;
  size_t lo = 0, hi = lexicon_data::kEntriesSize;   // search lines starting in [lo, hi)
  while (lo < hi) {
    size_t start = line_start(lo + (hi - lo) / 2);
    if (start < lo) start = lo;   // lo is always a line start
    size_t tab = start;
    while (table[tab] != '\t') ++tab;
    std::string_view entry(table + start, tab - start);
    size_t next = tab;
    while (table[next] != '\n') ++next;
    ++next;
    int cmp = entry.compare(key);
    if (cmp == 0) {
      uint32_t flags = 0;
      for (size_t j = tab + 1; j + 1 < next; ++j) {
        char h = table[j];
        flags = flags * 16 + static_cast<uint32_t>(h <= '9' ? h - '0' : h - 'a' + 10);
      }
      return flags;
    }
    if (cmp < 0) {
      lo = next;
    } else {
      hi = start;
    }
  }
  return 0;
}

// "largest" => "large", "activities" => "activity", "stopped" => "stop", "claims" => "claim",
// "leaders" => "leader" => "lead" (the generator keeps only base forms, so two levels).
static bool common_word(std::string_view w, int depth) {
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

bool has_common_word(std::string_view w) { return common_word(w, 2); }

}  // namespace ann::lexicon
