// Shared by tests that build documents by hand: the byte span of a phrase in a test text.
//
//   span_in("Vučić met Vučić.", "Vučić", 1)   => {11, 18}   (the second occurrence)
#pragma once
#include <gtest/gtest.h>

#include <string_view>

#include "document/document.h"

namespace ann {

inline Span span_in(std::string_view text, std::string_view needle, int nth = 0) {
  size_t at = text.find(needle);
  while (nth-- > 0 && at != std::string_view::npos) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string_view::npos) << needle;
  if (at == std::string_view::npos) return Span{};
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

}  // namespace ann
