// The verb before its source: “A,” said X; Said X: “A.”; A, said X, who …
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimVerbFirst, SaidAfterTheQuote) {
  auto claims = claims_of(
      "“The storm hit us hard,” said Ana Ruiz, a spokeswoman for the Red Cross. “Hundreds of "
      "homes are gone.”");
  ASSERT_EQ(claims.size(), 2u);
  for (const Seen& c : claims) {
    EXPECT_EQ(c.source, "Ana Ruiz");
    EXPECT_EQ(c.cue, "said");
    EXPECT_EQ(c.kind, ClaimKind::Direct);
  }
  EXPECT_EQ(claims[0].content, "The storm hit us hard");
  EXPECT_EQ(claims[1].content, "Hundreds of homes are gone");
}

TEST(ClaimVerbFirst, SaidAfterAClauseWithARelative) {
  auto claims = claims_of(
      "The sanctions will stay, said foreign policy chief Ana Ruiz, who met the envoy on Monday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "foreign policy chief Ana Ruiz");
  EXPECT_EQ(claims[0].content, "The sanctions will stay");
  EXPECT_EQ(claims[0].kind, ClaimKind::Indirect);
}

TEST(ClaimVerbFirst, SaidOpensTheSentence) {
  auto claims = claims_of("Said the mayor: “The bridge will reopen next week.”");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the mayor");
  EXPECT_EQ(claims[0].cue, "Said");
  EXPECT_EQ(claims[0].content, "The bridge will reopen next week");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimVerbFirst, ParticipleOpeningASentenceIsNoInversion) {
  // No quotation after the noun phrase: "Reported cases" is a subject.
  EXPECT_TRUE(claims_of("Reported cases rose by 20 percent in May, to 3,000.").empty());
}

TEST(ClaimVerbFirst, QuoteWithoutPunctuationBeforeAWordIsNoAttribution) {
  // A quoted word inside the sentence is no quotation closing before "reports".
  auto claims = claims_of("The palace dismissed as “fake” reports that the king was ill.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "dismissed");
}

}  // namespace
}  // namespace ann
