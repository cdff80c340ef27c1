// Coordinated verbs inside and after a content: whose verb is "and told him"?
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimCoordination, AndToldBelongsToTheInnerSubject) {
  auto claims = claims_of(
      "Governor Ana Diaz says she called Mayor Ruiz and told him that the state will pay for "
      "the bridge.");
  ASSERT_EQ(claims.size(), 2u);
  const Seen* says = with_cue(claims, "says");
  const Seen* told = with_cue(claims, "told");
  ASSERT_TRUE(says && told);
  EXPECT_EQ(says->source, "Governor Ana Diaz");
  EXPECT_EQ(says->content,
            "she called Mayor Ruiz and told him that the state will pay for the bridge");
  EXPECT_EQ(told->source, "she");  // as written at the cue (GUIDELINES)
  EXPECT_EQ(told->content, "the state will pay for the bridge");
}

TEST(ClaimCoordination, AndAddedStartsAClaimOfTheSameSpeaker) {
  auto claims = claims_of("Diaz said she would stay and added that the budget was safe.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].content, "she would stay");
  const Seen* added = with_cue(claims, "added");
  ASSERT_TRUE(added);
  EXPECT_EQ(added->source, "Diaz");
  EXPECT_EQ(added->content, "the budget was safe");
}

TEST(ClaimCoordination, CommaAndANewSpeakerEndsTheQuote) {
  auto claims = claims_of(
      "\"The miners tell me it was the army, and the soldiers are telling me it was the "
      "miners,\" Ruiz says.");
  const Seen* tell = with_cue(claims, "tell");
  ASSERT_TRUE(tell);
  EXPECT_EQ(tell->source, "The miners");
  EXPECT_EQ(tell->content, "it was the army");
}

TEST(ClaimCoordination, WhileAnotherSpeakerSays) {
  auto claims = claims_of(
      "Officials in Kyiv said 40 missiles were fired overnight, while Moscow said it had hit "
      "only military targets.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].source, "Officials in Kyiv");
  EXPECT_EQ(claims[0].content, "40 missiles were fired overnight");
  EXPECT_EQ(claims[1].source, "Moscow");
  EXPECT_EQ(claims[1].content, "it had hit only military targets");
}

TEST(ClaimCoordination, WhileWithoutASpeakerStaysInTheContent) {
  auto claims = claims_of("The mayor said the roads were open, while the schools stayed shut.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the roads were open, while the schools stayed shut");
}

}  // namespace
}  // namespace ann
