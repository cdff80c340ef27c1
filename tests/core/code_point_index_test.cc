#include "text/code_point_index.h"

#include <gtest/gtest.h>

#include <string>

#include "text/offsets.h"

namespace ann {
namespace {

TEST(CodePointIndexTest, HeaderExample) {
  // "😀 Vučić": 😀 is 4 bytes, č and ć 2 each.
  const std::string text = "\xF0\x9F\x98\x80 Vu\xC4\x8Di\xC4\x87";
  const CodePointIndex index(text);
  EXPECT_EQ(index.code_point(0), 0u);
  EXPECT_EQ(index.code_point(3), 0u);    // inside 😀
  EXPECT_EQ(index.code_point(5), 2u);    // "V"
  EXPECT_EQ(index.code_point(8), 4u);    // inside "č" => "č"
  EXPECT_EQ(index.code_point(12), 7u);   // the end
  EXPECT_EQ(index.code_point(99), 7u);   // past the end: the end
}

TEST(CodePointIndexTest, EmptyText) {
  const CodePointIndex index("");
  EXPECT_EQ(index.code_point(0), 0u);
  EXPECT_EQ(index.code_point(5), 0u);
  EXPECT_EQ(count_code_points(""), 0u);
}

// Every byte offset of a text longer than several 64-byte blocks, with 1- to 4-byte
// characters straddling the block edges, agrees with OffsetMap.
TEST(CodePointIndexTest, AgreesWithOffsetMapAtEveryByte) {
  std::string text;
  const char* pieces[] = {"a", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x91\x8D", " ", "\n"};
  for (int i = 0; i < 400; ++i) text += pieces[(i * 7 + i / 5) % 6];
  const CodePointIndex index(text);
  const OffsetMap map(text);
  ASSERT_GT(text.size(), 64u * 10);
  for (size_t byte = 0; byte <= text.size() + 1; ++byte) {
    ASSERT_EQ(index.code_point(byte), map.byte_to_code_point(byte)) << "byte " << byte;
  }
  EXPECT_EQ(count_code_points(text), map.code_point_size());
}

TEST(CodePointIndexTest, CountsCodePointsInAnyStretch) {
  EXPECT_EQ(count_code_points("abcdefghij"), 10u);                          // ASCII, 8 + 2 bytes
  EXPECT_EQ(count_code_points("\xE2\x80\x9C" "abcdefgh" "\xE2\x80\x9D"), 10u);  // “abcdefgh”
}

}  // namespace
}  // namespace ann
