#include "formats/quote_search.h"

#include <string.h>   // memmem (glibc and musl: linear time, the two-way algorithm)

#include <algorithm>

namespace ann {
namespace {

constexpr size_t kFirstBand = 256;   // bytes on each side searched first; doubles each round

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

QuoteSearch::QuoteSearch(std::string_view text, size_t budget_bytes)
    : text_(text), budget_(budget_bytes) {}

bool QuoteSearch::charge(size_t bytes) {
  bytes_searched_ += bytes;
  if (bytes_searched_ > budget_) exhausted_ = true;
  return !exhausted_;
}

bool QuoteSearch::on_boundaries(size_t start, size_t size) const {
  size_t end = start + size;
  return !is_continuation_byte(text_[start]) && (end == text_.size() || !is_continuation_byte(text_[end]));
}

template <typename ToTextStart>
std::optional<size_t> QuoteSearch::first_in(std::string_view haystack, std::string_view needle,
                                            size_t from, size_t last, ToTextStart to_text_start) {
  while (from <= last) {
    size_t window = last - from + needle.size();   // every start in [from, last]
    if (!charge(window)) return std::nullopt;
    const void* hit = memmem(haystack.data() + from, window, needle.data(), needle.size());
    if (!hit) return std::nullopt;
    size_t at = static_cast<size_t>(static_cast<const char*>(hit) - haystack.data());
    if (on_boundaries(to_text_start(at), needle.size())) return at;
    from = at + 1;   // inside a character: look further
  }
  return std::nullopt;
}

std::optional<size_t> QuoteSearch::nearest(std::string_view pattern, size_t center) {
  const size_t n = text_.size(), m = pattern.size();
  if (m == 0 || m > n || exhausted_ || absent_.contains(std::string(pattern))) return std::nullopt;
  const size_t last_start = n - m;
  center = std::min(center, n);
  // Backward searches run forward over the reversed text for the reversed pattern: a start s
  // in the text is the start n - m - s there, so the latest s is the earliest there.
  std::string reversed_pattern;
  if (center > 0) {
    if (reversed_text_.empty()) reversed_text_.assign(text_.rbegin(), text_.rend());
    reversed_pattern.assign(pattern.rbegin(), pattern.rend());
  }
  auto forward = [](size_t at) { return at; };
  auto backward = [n, m](size_t at) { return n - m - at; };

  // Round k looks at distances up to `radius`: starts [center, center + radius) forward and
  // [center - radius, center) backward, each beyond what the rounds before looked at.
  size_t next_forward = center;   // the first forward start not searched yet
  size_t next_backward = center;  // every start >= this one, below center, is searched
  for (size_t band = kFirstBand; next_forward <= last_start || next_backward > 0; band *= 2) {
    std::optional<size_t> ahead, behind;
    if (next_forward <= last_start) {
      size_t last = std::min(last_start, next_forward + band - 1);
      ahead = first_in(text_, pattern, next_forward, last, forward);
      next_forward = last + 1;
    }
    if (next_backward > 0) {
      size_t lowest = next_backward > band ? next_backward - band : 0;
      size_t highest = std::min(next_backward - 1, last_start);
      if (lowest <= highest) {
        if (auto at = first_in(reversed_text_, reversed_pattern, n - m - highest, n - m - lowest, backward)) {
          behind = backward(*at);
        }
      }
      next_backward = lowest;
    }
    if (exhausted_) return std::nullopt;
    if (ahead && behind) return center - *behind <= *ahead - center ? behind : ahead;
    if (ahead || behind) return ahead ? ahead : behind;
  }
  absent_.insert(std::string(pattern));
  return std::nullopt;
}

}  // namespace ann
