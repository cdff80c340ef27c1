#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace ann {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER

TEST(Utf8Test, ValidTextIsCopiedUnchanged) {
  const std::string text = "caf\xC3\xA9 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xF0\x9F\x98\x80 \xE2\x80\x9Cq\xE2\x80\x9D";
  EXPECT_TRUE(is_valid_utf8(text));
  const SanitizedText clean = sanitize_utf8(text);
  EXPECT_EQ(clean.utf8, text);
  EXPECT_EQ(clean.replaced, 0u);
}

TEST(Utf8Test, EmptyInput) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_EQ(sanitize_utf8("").utf8, "");
}

TEST(Utf8Test, StrayByteBecomesOneReplacement) {
  const SanitizedText clean = sanitize_utf8("a\xFF" "b");
  EXPECT_EQ(clean.utf8, "a" + kFffd + "b");
  EXPECT_EQ(clean.replaced, 1u);
}

TEST(Utf8Test, StrayContinuationBytesAreReplacedOneEach) {
  const SanitizedText clean = sanitize_utf8("x\x80\xBFy");
  EXPECT_EQ(clean.utf8, "x" + kFffd + kFffd + "y");
  EXPECT_EQ(clean.replaced, 2u);
}

TEST(Utf8Test, OverlongsAreReplacedBytePerByte) {
  // C0 AF is an overlong "/": C0 never starts a sequence, so each byte is its own U+FFFD.
  EXPECT_EQ(sanitize_utf8("\xC0\xAF").utf8, kFffd + kFffd);
  // E0 80 AF: E0 needs A0..BF next, so E0 alone is the maximal subpart; 80 and AF follow.
  const SanitizedText three = sanitize_utf8("\xE0\x80\xAF");
  EXPECT_EQ(three.utf8, kFffd + kFffd + kFffd);
  EXPECT_EQ(three.replaced, 3u);
  EXPECT_FALSE(is_valid_utf8("\xF0\x80\x80\x80"));
}

TEST(Utf8Test, SurrogatesAreRejected) {
  // ED A0 80 would be U+D800.
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
  EXPECT_EQ(sanitize_utf8("\xED\xA0\x80").replaced, 3u);
  EXPECT_TRUE(is_valid_utf8("\xED\x9F\xBF"));  // U+D7FF, the last one before
}

TEST(Utf8Test, AboveMaxCodePointIsRejected) {
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_EQ(sanitize_utf8("\xF5\x80\x80\x80").replaced, 4u);
}

TEST(Utf8Test, TruncatedSequenceIsOneReplacement) {
  // The maximal subpart E2 82 of a cut-off "€" (E2 82 AC) gives one U+FFFD, then "x".
  const SanitizedText clean = sanitize_utf8("\xE2\x82x");
  EXPECT_EQ(clean.utf8, kFffd + "x");
  EXPECT_EQ(clean.replaced, 1u);
  // Truncated at the very end of the input.
  const SanitizedText at_end = sanitize_utf8("ab\xF0\x9F\x98");
  EXPECT_EQ(at_end.utf8, "ab" + kFffd);
  EXPECT_EQ(at_end.replaced, 1u);
}

TEST(Utf8Test, UnicodeTableExample) {
  // The example of Unicode 15, table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
  // => a, FFFD, FFFD, FFFD, b, FFFD, c, FFFD, FFFD, d
  const SanitizedText clean =
      sanitize_utf8("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64");
  EXPECT_EQ(clean.utf8, "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d");
  EXPECT_EQ(clean.replaced, 6u);
}

TEST(Utf8Test, InvalidByteInsideLongAsciiRunIsFound) {
  // The 8-byte ASCII fast path must not skip a bad byte sitting at any position.
  for (size_t pos = 0; pos < 20; ++pos) {
    std::string text(20, 'a');
    text[pos] = '\x92';  // a Windows-1252 curly apostrophe pasted as raw byte
    EXPECT_FALSE(is_valid_utf8(text)) << pos;
    const SanitizedText clean = sanitize_utf8(text);
    EXPECT_EQ(clean.replaced, 1u) << pos;
    EXPECT_EQ(clean.utf8.size(), 19u + 3u) << pos;
    EXPECT_TRUE(is_valid_utf8(clean.utf8));
  }
}

TEST(Utf8Test, SanitizedOutputIsAlwaysValid) {
  // Every 2-byte combination, behind a valid prefix: output valid, never a crash.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; b += 5) {
      std::string text = "x";
      text.push_back(static_cast<char>(a));
      text.push_back(static_cast<char>(b));
      const SanitizedText clean = sanitize_utf8(text);
      ASSERT_TRUE(is_valid_utf8(clean.utf8)) << a << " " << b;
      EXPECT_EQ(clean.replaced == 0, is_valid_utf8(text));
    }
  }
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  for (char32_t cp : {U'a', U'\u00E9', U'\u0416', U'\u20AC', U'\U0001F600', U'\U0010FFFF'}) {
    std::string s;
    append_utf8(s, cp);
    size_t i = 0;
    EXPECT_EQ(decode_utf8(s, i), cp);
    EXPECT_EQ(i, s.size());
    EXPECT_EQ(utf8_sequence_length(static_cast<unsigned char>(s[0])), static_cast<int>(s.size()));
  }
}

TEST(Utf8Test, AppendReplacesImpossibleCodePoints) {
  std::string s;
  append_utf8(s, 0xD800);
  append_utf8(s, 0x110000);
  EXPECT_EQ(s, kFffd + kFffd);
}

TEST(Utf8Test, DecodeNeverReadsPastATruncatedEnd) {
  const std::string cut = "\xE2\x82";  // breaks the "valid" contract: still no overrun
  size_t i = 0;
  EXPECT_EQ(decode_utf8(cut, i), U'\uFFFD');
  EXPECT_EQ(i, 1u);
}

TEST(Utf8Test, SequenceLengthOfContinuationByteIsOne) {
  EXPECT_EQ(utf8_sequence_length(0x80), 1);
  EXPECT_EQ(utf8_sequence_length(0xBF), 1);
  EXPECT_EQ(utf8_sequence_length(0xC3), 2);
  EXPECT_EQ(utf8_sequence_length(0xE2), 3);
  EXPECT_EQ(utf8_sequence_length(0xF0), 4);
}

}  // namespace
}  // namespace ann
