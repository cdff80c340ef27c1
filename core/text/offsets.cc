#include "text/offsets.h"

#include <algorithm>

#include "text/utf8.h"

namespace ann {

OffsetMap::OffsetMap(std::string_view valid_utf8) : bytes_(valid_utf8.size()) {
  cp_length_.reserve(valid_utf8.size());
  size_t i = 0;
  while (i < valid_utf8.size()) {
    if (cp_length_.size() % kStride == 0) checkpoints_.push_back(static_cast<uint32_t>(i));
    const auto lead = static_cast<unsigned char>(valid_utf8[i]);
    // On invalid input (a broken contract) never step past the end.
    const size_t length = std::min<size_t>(utf8_sequence_length(lead), valid_utf8.size() - i);
    if (length == 4) astral_cps_.push_back(static_cast<uint32_t>(cp_length_.size()));
    cp_length_.push_back(static_cast<uint8_t>(length));
    i += length;
  }
  if (checkpoints_.empty()) checkpoints_.push_back(0);
  cp_length_.shrink_to_fit();
  code_points_ = cp_length_.size();
  utf16_size_ = code_points_ + astral_cps_.size();
}

size_t OffsetMap::byte_to_code_point(size_t byte) const {
  byte = std::min(byte, bytes_);
  // The last checkpoint at or before `byte`, then walk forward.
  const size_t k = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte) -
                   checkpoints_.begin() - 1;
  size_t cp = k * kStride;
  size_t at = checkpoints_[k];
  while (cp < code_points_ && at + cp_length_[cp] <= byte) at += cp_length_[cp++];
  return cp;
}

size_t OffsetMap::code_point_to_byte(size_t cp) const {
  if (cp >= code_points_) return bytes_;
  const size_t k = cp / kStride;
  size_t at = checkpoints_[k];
  for (size_t c = k * kStride; c < cp; ++c) at += cp_length_[c];
  return at;
}

size_t OffsetMap::code_point_to_utf16(size_t cp) const {
  cp = std::min(cp, code_points_);
  // Each astral code point before `cp` takes one extra unit.
  return cp + (std::lower_bound(astral_cps_.begin(), astral_cps_.end(), cp) - astral_cps_.begin());
}

size_t OffsetMap::utf16_to_code_point(size_t unit) const {
  unit = std::min(unit, utf16_size_);
  // Astral number j starts at unit astral_cps_[j] + j and ends two units later. Count the
  // astrals that end at or before `unit`: each shifts the code point index by one.
  //   "a😀b": unit 3 => 1 astral before => code point 2;  unit 2 (inside 😀) => code point 1
  size_t lo = 0, hi = astral_cps_.size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (astral_cps_[mid] + mid + 2 <= unit) lo = mid + 1; else hi = mid;
  }
  if (lo < astral_cps_.size() && astral_cps_[lo] + lo + 1 == unit) return astral_cps_[lo];
  return unit - lo;
}

}  // namespace ann
