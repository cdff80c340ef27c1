// Strings across the wasm boundary, shared by the headless core's C API (annotator_c_api.cc)
// and the app's embedding API (platform/embed_api.cc): JavaScript passes UTF-8 bytes with a
// length and frees what it is given.
//
//   char* json = copy_out(write_document_json(doc), &len);   // JS reads len bytes, then frees
#pragma once
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace ann::wasm {

// A malloc'd, NUL-terminated copy (null if out of memory); *out_len (if given) gets its size.
inline char* copy_out(std::string_view s, int* out_len) {
  char* buffer = static_cast<char*>(std::malloc(s.size() + 1));
  if (buffer == nullptr) return nullptr;
  std::memcpy(buffer, s.data(), s.size());
  buffer[s.size()] = '\0';
  if (out_len != nullptr) *out_len = static_cast<int>(s.size());
  return buffer;
}

// The bytes JavaScript passed; empty for a null pointer or a length <= 0.
inline std::string_view view_of(const char* bytes, int len) {
  if (bytes == nullptr || len <= 0) return {};
  return {bytes, static_cast<size_t>(len)};
}

}  // namespace ann::wasm
