#include "text/utf8.h"

#include <cstring>

namespace ann {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// True when the 8 bytes at p are all ASCII: the fast path skips them in one step.
inline bool eight_ascii(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  return (word & 0x8080808080808080ULL) == 0;
}

// Valid range of the second byte after `lead` (Unicode Table 3-7). The later bytes of a
// sequence are always 80..BF. Leads C0, C1 and F5..FF start nothing: {1, 0}.
//   E0 A0..BF (no overlongs)   ED 80..9F (no surrogates)   F0 90..BF   F4 80..8F (<= U+10FFFF)
struct SecondByte {
  unsigned char low, high;
};
inline SecondByte second_byte_range(unsigned char lead) {
  if (lead == 0xE0) return {0xA0, 0xBF};
  if (lead == 0xED) return {0x80, 0x9F};
  if (lead == 0xF0) return {0x90, 0xBF};
  if (lead == 0xF4) return {0x80, 0x8F};
  if (lead >= 0xC2 && lead <= 0xF3) return {0x80, 0xBF};
  return {1, 0};
}

// Length of the well-formed sequence at bytes[i], or, when it is ill-formed, 0 and in
// `bad` the length of its maximal subpart (the bytes one U+FFFD replaces, at least 1):
//   "\xE2\x82" then "x"  => bad = 2 (a truncated € is one U+FFFD)
//   "\xC0\xAF"           => bad = 1 twice (C0 never starts a sequence)
size_t well_formed_length(std::string_view bytes, size_t i, size_t& bad) {
  const auto lead = static_cast<unsigned char>(bytes[i]);
  if (lead < 0x80) return 1;
  const int length = utf8_sequence_length(lead);
  const SecondByte second = second_byte_range(lead);
  if (second.low > second.high) {
    bad = 1;
    return 0;
  }
  size_t k = 1;
  for (; k < static_cast<size_t>(length); ++k) {
    if (i + k >= bytes.size()) break;
    const auto b = static_cast<unsigned char>(bytes[i + k]);
    const bool ok = (k == 1) ? (b >= second.low && b <= second.high) : (b >= 0x80 && b <= 0xBF);
    if (!ok) break;
  }
  if (k == static_cast<size_t>(length)) return k;
  bad = k;
  return 0;
}

}  // namespace

int utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC0 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF7) return 4;
  return 1;  // a continuation byte or F8..FF
}

bool is_valid_utf8(std::string_view bytes) {
  size_t i = 0;
  const size_t n = bytes.size();
  while (i < n) {
    if (i + 8 <= n && eight_ascii(bytes.data() + i)) {
      i += 8;
      continue;
    }
    size_t bad = 0;
    const size_t length = well_formed_length(bytes, i, bad);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

SanitizedText sanitize_utf8(std::string_view bytes) {
  SanitizedText out;
  if (is_valid_utf8(bytes)) {  // the common case: one copy, no per-byte appends
    out.utf8.assign(bytes);
    return out;
  }
  out.utf8.reserve(bytes.size() + 16);
  size_t i = 0;
  const size_t n = bytes.size();
  while (i < n) {
    if (i + 8 <= n && eight_ascii(bytes.data() + i)) {
      out.utf8.append(bytes.data() + i, 8);
      i += 8;
      continue;
    }
    size_t bad = 0;
    const size_t length = well_formed_length(bytes, i, bad);
    if (length > 0) {
      out.utf8.append(bytes.data() + i, length);
      i += length;
    } else {
      append_utf8(out.utf8, kReplacement);
      ++out.replaced;
      i += bad;
    }
  }
  return out;
}

char32_t decode_utf8_multibyte(std::string_view valid, size_t& i) {
  const auto lead = static_cast<unsigned char>(valid[i]);
  const int length = utf8_sequence_length(lead);
  if (length == 1 || i + length > valid.size()) {  // not valid after all: never read past
    ++i;
    return kReplacement;
  }
  char32_t cp = lead & (0x7F >> length);
  for (int k = 1; k < length; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(valid[i + k]) & 0x3F);
  i += length;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace ann
