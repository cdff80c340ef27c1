#include "text/offsets.h"

#include <gtest/gtest.h>

#include <string>

#include "text/utf8.h"

namespace ann {
namespace {

TEST(OffsetMapTest, HeaderExample) {
  // "a😀b": bytes a=0 😀=1..5 b=5; code points a=0 😀=1 b=2; UTF-16 a=0 😀=1,2 b=3
  const OffsetMap map("a\xF0\x9F\x98\x80" "b");
  EXPECT_EQ(map.byte_size(), 6u);
  EXPECT_EQ(map.code_point_size(), 3u);
  EXPECT_EQ(map.utf16_size(), 4u);
  EXPECT_EQ(map.code_point_to_byte(2), 5u);
  EXPECT_EQ(map.byte_to_code_point(5), 2u);
  EXPECT_EQ(map.code_point_to_utf16(2), 3u);
  EXPECT_EQ(map.utf16_to_code_point(3), 2u);
  EXPECT_EQ(map.byte_to_utf16(6), 4u);
  EXPECT_EQ(map.utf16_to_byte(4), 6u);
}

TEST(OffsetMapTest, ByteInsideSequenceMapsToItsCodePoint) {
  const OffsetMap map("a\xF0\x9F\x98\x80" "b");
  for (size_t byte = 1; byte < 5; ++byte) EXPECT_EQ(map.byte_to_code_point(byte), 1u) << byte;
}

TEST(OffsetMapTest, UnitInsideSurrogatePairRoundsDown) {
  const OffsetMap map("a\xF0\x9F\x98\x80" "b");
  EXPECT_EQ(map.utf16_to_code_point(1), 1u);
  EXPECT_EQ(map.utf16_to_code_point(2), 1u);  // the low surrogate of 😀
  EXPECT_EQ(map.utf16_to_byte(2), 1u);
}

TEST(OffsetMapTest, EmptyText) {
  const OffsetMap map("");
  EXPECT_EQ(map.code_point_size(), 0u);
  EXPECT_EQ(map.utf16_size(), 0u);
  EXPECT_EQ(map.byte_to_code_point(0), 0u);
  EXPECT_EQ(map.code_point_to_byte(0), 0u);
  EXPECT_EQ(map.utf16_to_code_point(0), 0u);
}

TEST(OffsetMapTest, OffsetsPastTheEndAreClamped) {
  const OffsetMap map("ab\xC3\xA9");
  EXPECT_EQ(map.byte_to_code_point(100), 3u);
  EXPECT_EQ(map.code_point_to_byte(100), 4u);
  EXPECT_EQ(map.utf16_to_code_point(100), 3u);
  EXPECT_EQ(map.code_point_to_utf16(100), 3u);
}

// Reference: walk the text once and record every offset, then compare all lookups.
TEST(OffsetMapTest, MatchesALinearWalkOnMixedText) {
  std::string text;
  const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", " ", "\xD0\x96"};
  for (int i = 0; i < 700; ++i) text += pieces[(i * 7 + i / 3) % 6];  // crosses checkpoints
  const OffsetMap map(text);
  size_t byte = 0, cp = 0, unit = 0;
  while (byte < text.size()) {
    ASSERT_EQ(map.code_point_to_byte(cp), byte);
    ASSERT_EQ(map.byte_to_code_point(byte), cp);
    ASSERT_EQ(map.code_point_to_utf16(cp), unit);
    ASSERT_EQ(map.utf16_to_code_point(unit), cp);
    ASSERT_EQ(map.byte_to_utf16(byte), unit);
    ASSERT_EQ(map.utf16_to_byte(unit), byte);
    const size_t next = byte + utf8_sequence_length(static_cast<unsigned char>(text[byte]));
    for (size_t inside = byte + 1; inside < next; ++inside)
      ASSERT_EQ(map.byte_to_code_point(inside), cp);
    unit += (next - byte == 4) ? 2 : 1;
    byte = next;
    ++cp;
  }
  EXPECT_EQ(map.code_point_size(), cp);
  EXPECT_EQ(map.utf16_size(), unit);
  EXPECT_EQ(map.code_point_to_byte(cp), text.size());
  EXPECT_EQ(map.byte_to_code_point(text.size()), cp);
}

TEST(OffsetMapTest, AstralCharactersBackToBack) {
  // "😀😀😀": code point k starts at unit 2k; the odd units are low surrogates.
  const OffsetMap map("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80");
  EXPECT_EQ(map.utf16_size(), 6u);
  for (size_t unit = 0; unit <= 6; ++unit) EXPECT_EQ(map.utf16_to_code_point(unit), unit / 2);
  for (size_t cp = 0; cp <= 3; ++cp) EXPECT_EQ(map.code_point_to_utf16(cp), 2 * cp);
}

}  // namespace
}  // namespace ann
