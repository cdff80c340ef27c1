#include "text/text_search.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace ann {
namespace {

// The text of each hit, for readable failures: {"Vučić", "VUCIC"}.
std::vector<std::string> hit_texts(std::string_view text, const std::vector<Span>& hits) {
  std::vector<std::string> out;
  for (Span s : hits) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(TextSearchTest, HeaderExample) {
  const std::string text = "Vučić met VUCIC’s aide";
  const std::vector<Span> hits = find_all(text, "vucic");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0], (Span{0, 7}));   // "č" and "ć" take two bytes each
  EXPECT_EQ(hits[1], (Span{12, 17}));
}

TEST(TextSearchTest, DiacriticsAndCaseOnEitherSide) {
  const std::string text = "Jarosław Kaczyński and JAROSLAW; then Ćuprija.";
  EXPECT_EQ(hit_texts(text, find_all(text, "jaroslaw")),
            (std::vector<std::string>{"Jarosław", "JAROSLAW"}));
  // A query typed with diacritics finds the plain spelling too.
  EXPECT_EQ(hit_texts(text, find_all(text, "JAROSŁAW")),
            (std::vector<std::string>{"Jarosław", "JAROSLAW"}));
  EXPECT_EQ(hit_texts(text, find_all(text, "cuprija")), (std::vector<std::string>{"Ćuprija"}));
}

TEST(TextSearchTest, ApostrophesAndQuotesMatchTheirPlainForms) {
  const std::string text = "Vučić’s party said “no” and \"yes\".";
  EXPECT_EQ(hit_texts(text, find_all(text, "vucic's")), (std::vector<std::string>{"Vučić’s"}));
  EXPECT_EQ(hit_texts(text, find_all(text, "\"no\"")), (std::vector<std::string>{"“no”"}));
}

TEST(TextSearchTest, WhitespaceRunsMatchOneSpaceAndTheHitCoversTheRun) {
  const std::string text = "in New  York\nand New\u00A0York";
  EXPECT_EQ(hit_texts(text, find_all(text, "new york")),
            (std::vector<std::string>{"New  York", "New\u00A0York"}));
  EXPECT_EQ(hit_texts(text, find_all(text, "york and")), (std::vector<std::string>{"York\nand"}));
}

TEST(TextSearchTest, CombiningMarksAreIgnoredAndStayInsideTheHit) {
  // "Vuc\u030Cic\u0301" is Vučić written with combining marks (NFD).
  const std::string text = "Vuc\u030Cic\u0301 spoke";
  const std::vector<Span> hits = find_all(text, "vucic");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0], (Span{0, static_cast<uint32_t>(text.find(' '))}));
}

TEST(TextSearchTest, OneCodePointThatFoldsToTwoLettersIsHitWhole) {
  const std::string text = "Straße";
  EXPECT_EQ(hit_texts(text, find_all(text, "strasse")), (std::vector<std::string>{"Straße"}));
  // "s" occurs three times in the fold "strasse"; the two inside "ß" give one hit.
  EXPECT_EQ(hit_texts(text, find_all(text, "s")), (std::vector<std::string>{"S", "ß"}));
}

TEST(TextSearchTest, CyrillicAndGreekCapitals) {
  const std::string text = "МОСКВА и Москва; ΑΘΗΝΑ";
  EXPECT_EQ(hit_texts(text, find_all(text, "москва")), (std::vector<std::string>{"МОСКВА", "Москва"}));
  EXPECT_EQ(hit_texts(text, find_all(text, "αθηνα")), (std::vector<std::string>{"ΑΘΗΝΑ"}));
}

TEST(TextSearchTest, HitsDoNotOverlap) {
  const std::string text = "aaaa";
  EXPECT_EQ(find_all(text, "aa"), (std::vector<Span>{{0, 2}, {2, 4}}));
}

TEST(TextSearchTest, EmptyBlankOrAbsentQueriesFindNothing) {
  const std::string text = "Vučić said";
  EXPECT_TRUE(find_all(text, "").empty());
  EXPECT_TRUE(find_all(text, "  \n").empty());
  EXPECT_TRUE(find_all(text, "belgrade").empty());
  EXPECT_TRUE(find_all("", "vucic").empty());
}

TEST(TextSearchTest, MaxHitsKeepsTheFirst) {
  const std::string text = "a b a b a b a";
  EXPECT_EQ(find_all(text, "a", 2), (std::vector<Span>{{0, 1}, {4, 5}}));
}

TEST(TextSearchTest, IndexSearchesRepeatedlyWithTheSameAnswers) {
  const std::string text = "Erdoğan met Erdogan’s rival in İstanbul.";
  const TextSearchIndex index(text);
  for (const char* query : {"erdogan", "ERDOĞAN", "rival", "istanbul", "n m"}) {
    EXPECT_EQ(index.find_all(query), find_all(text, query)) << query;
  }
  EXPECT_EQ(index.find_all("erdogan").size(), 2u);
  EXPECT_EQ(hit_texts(text, index.find_all("istanbul")), (std::vector<std::string>{"İstanbul"}));
}

// On a real article: every hit starts and ends on a code point boundary and folds to the
// query, and searching for each word of the text finds at least that word.
TEST(TextSearchTest, HitsOnARealArticleAreWholeCodePointsThatFoldToTheQuery) {
  const std::string path = std::string(ANNOTATOR_SOURCE_DIR) +
                           "/tests/corpus/heldout/voa-bush-colombia-venezuela.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " not found";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const TextSearchIndex index(text);
  for (const char* query : {"venezuela", "CHÁVEZ", "bush", "said", "the", "U.S."}) {
    const std::string folded = fold_for_search(query);
    for (Span hit : index.find_all(query)) {
      std::string_view piece = std::string_view(text).substr(hit.begin, hit.end - hit.begin);
      EXPECT_TRUE(is_valid_utf8(piece)) << query << " at " << hit.begin;
      EXPECT_EQ(fold_for_search(piece), folded) << query << " at " << hit.begin;
    }
  }
  EXPECT_GT(index.find_all("venezuela").size(), 2u);
}

}  // namespace
}  // namespace ann
