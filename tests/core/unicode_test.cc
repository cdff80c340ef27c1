#include "text/unicode.h"

#include <gtest/gtest.h>

namespace ann {
namespace {

TEST(UnicodeTest, LettersOfEuropeanScripts) {
  for (char32_t c : {U'a', U'Z', U'é', U'ß', U'Ø', U'ł', U'Ž', U'ș', U'ǅ', U'ə', U'Ω', U'ά', U'ж',
                     U'Ё', U'ґ', U'ә', U'Ա', U'ạ', U'ἀ'})
    EXPECT_TRUE(is_letter(c)) << static_cast<uint32_t>(c);
  for (char32_t c : {U'1', U'×', U'÷', U'·', U'€', U'“', U'—', U' ', U'\u00A0', U'·', U';'})
    EXPECT_FALSE(is_letter(c)) << static_cast<uint32_t>(c);
}

TEST(UnicodeTest, LettersOfOtherScripts) {
  for (char32_t c : {U'א', U'ب', U'क', U'ก', U'中', U'か', U'カ', U'한', U'ሀ'})
    EXPECT_TRUE(is_letter(c)) << static_cast<uint32_t>(c);
  EXPECT_FALSE(is_upper(U'中'));
  EXPECT_FALSE(is_lower(U'中'));
  EXPECT_FALSE(is_lower(U'ب'));
}

TEST(UnicodeTest, CaseOfLatinExtended) {
  // Latin Extended-A alternates upper/lower, but the parity flips at U+0139 and U+0179.
  EXPECT_TRUE(is_upper(U'Ā'));
  EXPECT_TRUE(is_lower(U'ā'));
  EXPECT_TRUE(is_upper(U'Ĺ'));  // U+0139, odd
  EXPECT_TRUE(is_lower(U'ĺ'));
  EXPECT_TRUE(is_upper(U'Ł'));
  EXPECT_TRUE(is_lower(U'ł'));
  EXPECT_TRUE(is_upper(U'Ž'));  // U+017D, odd
  EXPECT_TRUE(is_lower(U'ž'));
  EXPECT_TRUE(is_upper(U'Ÿ'));  // U+0178 breaks the pattern
  EXPECT_FALSE(is_upper(U'ĸ'));  // kra has no uppercase
  EXPECT_FALSE(is_lower(U'ĸ') && is_upper(U'ĸ'));
  // Latin Extended-B and Additional: Romanian, Vietnamese, titlecase digraphs.
  EXPECT_TRUE(is_upper(U'Ș'));
  EXPECT_TRUE(is_lower(U'ș'));
  EXPECT_TRUE(is_upper(U'ǅ'));
  EXPECT_TRUE(is_upper(U'Ạ'));
  EXPECT_TRUE(is_lower(U'ạ'));
  EXPECT_TRUE(is_upper(U'ẞ'));
  EXPECT_TRUE(is_lower(U'ß'));
  EXPECT_FALSE(is_upper(U'×'));  // between À..Þ but a symbol
}

TEST(UnicodeTest, CaseOfGreekAndCyrillic) {
  EXPECT_TRUE(is_upper(U'Ά'));
  EXPECT_TRUE(is_lower(U'ά'));
  EXPECT_TRUE(is_lower(U'ς'));
  EXPECT_TRUE(is_upper(U'Ω'));
  EXPECT_TRUE(is_upper(U'Ἀ'));
  EXPECT_TRUE(is_lower(U'ἀ'));
  EXPECT_TRUE(is_upper(U'Ё'));
  EXPECT_TRUE(is_lower(U'ё'));
  EXPECT_TRUE(is_upper(U'Ґ'));  // U+0490, even
  EXPECT_TRUE(is_lower(U'ґ'));
  EXPECT_TRUE(is_upper(U'Ӂ'));  // U+04C1, odd: the parity flips here
  EXPECT_TRUE(is_lower(U'ӂ'));
  EXPECT_TRUE(is_upper(U'Ә'));
  EXPECT_TRUE(is_lower(U'ә'));
  EXPECT_TRUE(is_upper(U'Ա'));
  EXPECT_TRUE(is_lower(U'ա'));
}

TEST(UnicodeTest, SpacesAndLineBreaks) {
  for (char32_t c : {U' ', U'\t', U'\n', U'\r', U'\u00A0', U'\u2009', U'\u202F', U'\u3000',
                     U'\u2028', U'\u2029', U'\uFEFF'})
    EXPECT_TRUE(is_space(c)) << static_cast<uint32_t>(c);
  EXPECT_TRUE(is_line_break(U'\u2028'));
  EXPECT_TRUE(is_line_break(U'\r'));
  EXPECT_FALSE(is_line_break(U'\u00A0'));
  EXPECT_FALSE(is_space(U'_'));
}

TEST(UnicodeTest, PunctuationQuotesDashesSymbols) {
  for (char32_t c : {U'“', U'”', U'„', U'«', U'»', U'‹', U'›', U'‘', U'"'})
    EXPECT_TRUE(is_quote_char(c)) << static_cast<uint32_t>(c);
  EXPECT_FALSE(is_quote_char(U'’'));  // an apostrophe first
  EXPECT_TRUE(is_apostrophe(U'’'));
  EXPECT_TRUE(is_apostrophe(U'\''));
  EXPECT_TRUE(is_dash_char(U'–'));
  EXPECT_TRUE(is_dash_char(U'—'));
  EXPECT_FALSE(is_dash_char(U'-'));
  EXPECT_TRUE(is_hyphen_char(U'-'));
  for (char32_t c : {U'.', U',', U';', U'!', U'?', U'(', U'…', U'¿', U'/'})
    EXPECT_TRUE(is_punct_char(c)) << static_cast<uint32_t>(c);
  for (char32_t c : {U'$', U'€', U'£', U'%', U'&', U'@', U'#', U'+', U'°', U'©', U'№'})
    EXPECT_TRUE(is_symbol_char(c)) << static_cast<uint32_t>(c);
  EXPECT_TRUE(is_mark(U'\u0301'));  // combining acute
  EXPECT_TRUE(is_mark(U'\u200D'));  // zero-width joiner
}

}  // namespace
}  // namespace ann
