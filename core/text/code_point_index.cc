#include "text/code_point_index.h"

#include <cstring>

namespace ann {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Continuation bytes among the 8 at p: bit 7 set and bit 6 clear. The marks (one bit per
// byte) are summed by a multiply: x86-64's baseline has no popcount instruction.
int continuations_in_8(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  const uint64_t marks = (word & ~(word << 1) & kHighBits) >> 7;
  return static_cast<int>((marks * 0x0101010101010101ULL) >> 56);
}

}  // namespace

size_t count_code_points(std::string_view s) {
  size_t continuations = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) continuations += continuations_in_8(s.data() + i);
  for (; i < s.size(); ++i) continuations += is_continuation(s[i]);
  return s.size() - continuations;
}

CodePointIndex::CodePointIndex(std::string_view valid_utf8) : text_(valid_utf8) {
  before_block_.resize(text_.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t k = 0; k + 1 < before_block_.size(); ++k) {
    before_block_[k] = count;
    count += static_cast<uint32_t>(count_code_points(text_.substr(k * kBlock, kBlock)));
  }
  before_block_.back() = count;
}

size_t CodePointIndex::code_point(size_t byte) const {
  if (byte > text_.size()) byte = text_.size();
  while (byte > 0 && byte < text_.size() && is_continuation(text_[byte])) --byte;   // inside "č"
  const size_t block = byte / kBlock;
  return before_block_[block] + count_code_points(text_.substr(block * kBlock, byte - block * kBlock));
}

}  // namespace ann
