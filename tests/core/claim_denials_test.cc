// Denials: the stance, and contents that start with a demonstrative "that".
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimDenials, DemonstrativeThatIsKept) {
  auto claims = claims_of("The mayor flatly rejected that claim.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "that claim");
  EXPECT_EQ(claims[0].stance, ClaimStance::Deny);

  claims = claims_of("\"That is simply not true,\" the mayor said.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "That is simply not true");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimDenials, ComplementiserThatIsDropped) {
  auto claims = claims_of("The mayor denied that the city had run out of money.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the city had run out of money");
  EXPECT_EQ(claims[0].stance, ClaimStance::Deny);
}

TEST(ClaimDenials, LongBetweenAuxiliaryAndVerb) {
  auto claims = claims_of("Iran has long denied sending weapons to the rebels.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Iran");
  EXPECT_EQ(claims[0].cue, "denied");
  EXPECT_EQ(claims[0].content, "sending weapons to the rebels");
}

TEST(ClaimDenials, RejectedClaimsThatGivesTwoClaims) {
  // As in the corpus: the noun "claims" reports its own claim, with no source written.
  auto claims = claims_of("The club rejected claims that the coach had been fired.");
  ASSERT_EQ(claims.size(), 2u);
  const Seen* rejected = with_cue(claims, "rejected");
  const Seen* noun = with_cue(claims, "claims");
  ASSERT_TRUE(rejected && noun);
  EXPECT_EQ(rejected->stance, ClaimStance::Deny);
  EXPECT_EQ(rejected->content, "claims that the coach had been fired");
  EXPECT_EQ(noun->source, "-");
  EXPECT_EQ(noun->content, "the coach had been fired");
  EXPECT_EQ(noun->stance, ClaimStance::Assert);
}

}  // namespace
}  // namespace ann
