// Offset maps for one valid UTF-8 text. The core works in byte offsets; JSON formats use
// Unicode code points (as W3C TextPositionSelector); JavaScript strings use UTF-16 units.
//
//   text "a😀b":  bytes a=0 😀=1..5 b=5   code points a=0 😀=1 b=2   UTF-16 a=0 😀=1,2 b=3
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ann {

class OffsetMap {
 public:
  explicit OffsetMap(std::string_view valid_utf8);

  size_t byte_size() const { return bytes_; }
  size_t code_point_size() const { return code_points_; }
  size_t utf16_size() const { return utf16_size_; }

  // Each accepts an offset up to and including the size (end-exclusive spans). A byte offset
  // inside a multi-byte sequence maps to the code point that contains it.
  size_t byte_to_code_point(size_t byte) const;
  size_t code_point_to_byte(size_t cp) const;
  size_t code_point_to_utf16(size_t cp) const;
  size_t utf16_to_code_point(size_t unit) const;   // a unit inside a surrogate pair rounds down
  size_t byte_to_utf16(size_t byte) const { return code_point_to_utf16(byte_to_code_point(byte)); }
  size_t utf16_to_byte(size_t unit) const { return code_point_to_byte(utf16_to_code_point(unit)); }

 private:
  // Memory: one byte per code point (its UTF-8 length), the byte offset of every 64th code
  // point, and the index of each astral code point (U+10000 and up: two UTF-16 units).
  // A lookup is a binary search plus a walk over at most 63 code points.
  static constexpr size_t kStride = 64;
  std::vector<uint8_t> cp_length_;        // UTF-8 length of each code point
  size_t bytes_ = 0;
  size_t code_points_ = 0;
  size_t utf16_size_ = 0;
  std::vector<uint32_t> checkpoints_;     // checkpoints_[k] = byte offset of code point 64k
  std::vector<uint32_t> astral_cps_;      // code point indices of astral characters, sorted
};

}  // namespace ann
