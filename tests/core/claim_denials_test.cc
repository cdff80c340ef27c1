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

TEST(ClaimDenials, WhereTheDenialWasMadeIsNoContent) {
  auto claims = claims_of("The company denied the allegations in a statement on Friday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the allegations");
  claims = claims_of("The minister denied the charges on Monday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the charges");
  // What was denied keeps its own prepositions.
  claims = claims_of("The general denied involvement in the attack on the village.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "involvement in the attack on the village");
}

TEST(ClaimDenials, ClaimedToHave) {
  auto claims = claims_of("The army claimed to have killed 20 fighters in the raid.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The army");
  EXPECT_EQ(claims[0].cue, "claimed");
  EXPECT_EQ(claims[0].content, "to have killed 20 fighters in the raid");
  EXPECT_EQ(claims[0].stance, ClaimStance::Assert);
}

}  // namespace
}  // namespace ann
