// UTF-8 validation and decoding. Pasted text is untrusted: invalid bytes never crash the
// core, they become U+FFFD and are counted.
//
//   sanitize_utf8("caf\xC3\xA9")  => {"café", 0}
//   sanitize_utf8("a\xFF" "b")    => {"a\uFFFDb", 1}
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ann {

struct SanitizedText {
  std::string utf8;          // valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF)
  size_t replaced = 0;       // invalid sequences replaced by U+FFFD
};

bool is_valid_utf8(std::string_view bytes);
SanitizedText sanitize_utf8(std::string_view bytes);

// Decodes the code point at byte offset `i` of VALID UTF-8 and advances `i` past it.
// ASCII is decoded inline (most of any news text); the rest by decode_utf8_multibyte.
char32_t decode_utf8_multibyte(std::string_view valid, size_t& i);
inline char32_t decode_utf8(std::string_view valid, size_t& i) {
  const auto lead = static_cast<unsigned char>(valid[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  return decode_utf8_multibyte(valid, i);
}
// Byte length of the sequence starting with lead byte `lead` (1 for continuation bytes).
int utf8_sequence_length(unsigned char lead);
void append_utf8(std::string& out, char32_t cp);

}  // namespace ann
