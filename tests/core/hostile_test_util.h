// Shared by the hostile-input tests: how much to shrink the big inputs in slow builds, and
// the UTF-8 boundary check every span must pass.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

// Sanitizers, Debug builds and wasm under Node run the big cases ten times smaller.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOSTILE_SLOW_BUILD 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__EMSCRIPTEN__) || !defined(NDEBUG)
#define HOSTILE_SLOW_BUILD 1
#endif

namespace ann {

#ifdef HOSTILE_SLOW_BUILD
constexpr size_t kScale = 10;   // 10 MB becomes 1 MB
#else
constexpr size_t kScale = 1;
#endif

// True when `offset` is the end of `text` or the first byte of a UTF-8 sequence.
inline bool on_boundary(const std::string& text, uint32_t offset) {
  return offset == text.size() ||
         (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

}  // namespace ann
