// Passive attributions: no source ("It was reported that A") unless the one quoted is the
// subject ("X was quoted as saying A").
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimPassives, ReportedThatHasNoSource) {
  auto claims = claims_of("It was reported that the talks in Oslo had collapsed.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "-");
  EXPECT_EQ(claims[0].cue, "was reported");
  EXPECT_EQ(claims[0].content, "the talks in Oslo had collapsed");
}

TEST(ClaimPassives, TimeBeforeThat) {
  // "on Tuesday" sits between the passive cue and its clause.
  auto claims = claims_of("It was also reported on Tuesday that the governor had left the state.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "-");
  EXPECT_EQ(claims[0].cue, "was also reported");
  EXPECT_EQ(claims[0].content, "the governor had left the state");

  claims = claims_of("It was announced last week that the mill would close in June.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "was announced");
  EXPECT_EQ(claims[0].content, "the mill would close in June");
}

TEST(ClaimPassives, PassiveWithoutClauseIsNoClaim) {
  // The "that" is a relative pronoun here, after a noun, not after the cue.
  EXPECT_TRUE(claims_of("The plan was announced in the town hall that burned down.").empty());
}

TEST(ClaimPassives, QuotedAsSaying) {
  auto claims = claims_of("The finance minister was quoted as saying the budget would be cut.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The finance minister");
  EXPECT_EQ(claims[0].cue, "was quoted as saying");
  EXPECT_EQ(claims[0].content, "the budget would be cut");
  EXPECT_EQ(claims[0].kind, ClaimKind::Indirect);
}

TEST(ClaimPassives, QuotedByAPaperAsSaying) {
  auto claims = claims_of(
      "Mayor Ana Diaz was quoted by the Lima Post as saying that the water is safe to drink.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Mayor Ana Diaz");
  EXPECT_EQ(claims[0].content, "the water is safe to drink");
}

TEST(ClaimPassives, QuotedAsSayingAQuote) {
  auto claims = claims_of("The coach was quoted as saying: \"We were simply not good enough.\"");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The coach");
  EXPECT_EQ(claims[0].content, "We were simply not good enough");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimPassives, TrailingPassiveAfterTheContent) {
  auto claims = claims_of("The factory will close in May, the workers were told.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "-");
  EXPECT_EQ(claims[0].cue, "were told");
  EXPECT_EQ(claims[0].content, "The factory will close in May");
}

}  // namespace
}  // namespace ann
