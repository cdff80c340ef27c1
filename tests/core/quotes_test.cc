#include "claims/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/analyzed_text.h"

namespace ann {
namespace {

struct Found {
  AnalyzedText text;
  std::vector<Quotation> quotes;
  std::string inner(size_t i) const {
    return std::string(text.span_text(quotes[i].begin, quotes[i].end));
  }
};

Found quotes_of(const std::string& s) {
  Found f{analyze_text(s), {}};
  f.quotes = find_quotations(f.text);
  return f;
}

TEST(Quotes, CurlyPairsAroundAnAttribution) {
  Found f = quotes_of("“We will rebuild the bridge,” the mayor said, “and the school too.”");
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_EQ(f.inner(0), "We will rebuild the bridge,");
  EXPECT_EQ(f.inner(1), "and the school too.");
  EXPECT_TRUE(f.quotes[0].sentence_like);
  EXPECT_FALSE(f.quotes[0].single);
}

TEST(Quotes, StraightMarksPairByPosition) {
  Found f = quotes_of("The minister called the plan \"reckless\" and \"too expensive by far.\"");
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_EQ(f.inner(0), "reckless");
  EXPECT_EQ(f.inner(1), "too expensive by far.");
  EXPECT_FALSE(f.quotes[0].sentence_like);
}

TEST(Quotes, NamesInMarksAreNotSpeech) {
  Found f = quotes_of("The “Blue Harbor” shipyard and the firm “Arko” signed a deal.");
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_TRUE(f.quotes[0].name_like);
  EXPECT_TRUE(f.quotes[1].name_like);
  EXPECT_FALSE(f.quotes[0].sentence_like);
}

TEST(Quotes, ApostrophesAreNotMarks) {
  Found f = quotes_of("The 'World's Oldest' tree isn't dying, the rangers' report says.");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_TRUE(f.quotes[0].single);
  EXPECT_EQ(f.inner(0), "World's Oldest");
}

TEST(Quotes, AQuoteReopenedInTheNextParagraphContinues) {
  Found f = quotes_of(
      "“The harvest was poor this year.\n\n“We expect prices to rise,” the farmer said.\n\n"
      "Markets opened late.");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.inner(0), "The harvest was poor this year.\n\n“We expect prices to rise,");
  EXPECT_NE(f.quotes[0].close_token, kNoToken);
}

TEST(Quotes, AnUnbalancedMarkStopsAtItsParagraph) {
  Found f =
      quotes_of("He said: “We will never leave.\n\nThe talks resumed on Monday. Nobody spoke.");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.inner(0), "We will never leave.");
  EXPECT_EQ(f.quotes[0].close_token, kNoToken);
}

TEST(Quotes, AStrayMarkInARunOnParagraphStopsAtItsSentence) {
  Found f = quotes_of(
      "The mayor said: “We will rebuild. The river rose. Roads closed. Schools shut. "
      "Power failed. Help came late.");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.inner(0), "We will rebuild.");
}

TEST(Quotes, SingleMarksInsideDoubleOnes) {
  Found f = quotes_of("“They told me 'wait here' and left,” she said.");
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_EQ(f.inner(0), "They told me 'wait here' and left,");  // sorted by opening mark
  EXPECT_EQ(f.inner(1), "wait here");
  std::vector<int32_t> of = quotation_of_tokens(f.quotes, f.text.tokens.size());
  // "wait" lies in both; the outer quotation is reported.
  size_t wait = 0;
  while (f.text.token_text(wait) != "wait") ++wait;
  EXPECT_EQ(of[wait], 0);
}

TEST(Quotes, NoMarksNoQuotations) {
  EXPECT_TRUE(quotes_of("Prices rose 2.5 percent in May.").quotes.empty());
  EXPECT_TRUE(quotes_of("").quotes.empty());
  EXPECT_TRUE(quotes_of("”").quotes.empty());  // a lone closing mark pairs with nothing
}

}  // namespace
}  // namespace ann
