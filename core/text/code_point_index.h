// Byte offset => code point index for valid UTF-8, lighter than OffsetMap when only that one
// direction is needed (the JSON writer): the code point count before every 64th byte, built
// in one pass that counts 8 bytes a step; a lookup adds the code points of at most 63 bytes.
//
//   text "😀 Vučić"  (😀 is 4 bytes, č and ć 2 each)
//   index.code_point(5) => 2 ("V")   code_point(12) => 7 (the end)   code_point(3) => 0 (inside 😀)
// A byte offset inside a multi-byte sequence gives the code point containing it, and one
// past the end gives the code point count, as OffsetMap::byte_to_code_point does.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ann {

class CodePointIndex {
 public:
  // `valid_utf8` must be valid (is_valid_utf8) and outlive the index; for other bytes use
  // OffsetMap.
  explicit CodePointIndex(std::string_view valid_utf8);

  size_t code_point(size_t byte) const;

 private:
  static constexpr size_t kBlock = 64;
  std::string_view text_;
  std::vector<uint32_t> before_block_;   // [k] = code points in text_[0, 64k)
};

// Code points in valid UTF-8: the bytes that are not continuation bytes (10xxxxxx).
size_t count_code_points(std::string_view valid_utf8);

}  // namespace ann
