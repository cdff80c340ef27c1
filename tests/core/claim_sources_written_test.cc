// Sources as written at the cue: a restrictive relative clause belongs to the noun
// phrase, a quoted speaker's "I", a listener who passes on what he heard, the maker of a
// "statement".
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimSourcesWritten, RestrictiveRelativeStaysInTheSource) {
  auto claims = claims_of("The company that makes the phones says the batteries are safe.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The company that makes the phones");
  EXPECT_EQ(claims[0].content, "the batteries are safe");

  claims = claims_of("Engineers at the firm that built the dam say it is safe.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Engineers at the firm that built the dam");

  claims = claims_of("A man who saw the crash told police the driver had fled.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "A man who saw the crash");
  EXPECT_EQ(claims[0].content, "the driver had fled");
}

TEST(ClaimSourcesWritten, RelativeWithAnAuxiliary) {
  auto claims = claims_of("The firm that has built the dam insists it is safe.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The firm that has built the dam");
}

TEST(ClaimSourcesWritten, ComplementThatIsNoRelative) {
  // "shows that officials say": "officials" is the subject, not a relative clause.
  auto claims = claims_of("He knew that the minister said the plan was sound.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the minister");
}

TEST(ClaimSourcesWritten, QuotedSpeakerWithThat) {
  auto claims = claims_of(
      "“I told the governor that we need more trucks,” Mayor Ana Diaz said. “He agreed.”");
  const Seen* told = with_cue(claims, "told");
  ASSERT_NE(told, nullptr);
  EXPECT_EQ(told->source, "I");
  EXPECT_EQ(told->content, "we need more trucks");
  EXPECT_EQ(told->group, "Ana Diaz");
  // The outer quote is still the mayor's, and so is the next one.
  int mayor = 0;
  for (const Seen& c : claims) mayor += c.source == "Mayor Ana Diaz";
  EXPECT_EQ(mayor, 2);
}

TEST(ClaimSourcesWritten, QuotedSpeakerWithoutThatIsNoClaim) {
  auto claims = claims_of("“What I tell you is that nobody came,” the coach said.");
  // "I tell you is": no claim of its own ("that" follows "is", not the cue).
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the coach");
  claims = claims_of("“We urge our fans to stay calm,” the club said.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the club");
}

TEST(ClaimSourcesWritten, AuthorsWeIsNoSource) {
  EXPECT_TRUE(claims_of("We reported last week that the mill would close.").empty());
}

TEST(ClaimSourcesWritten, HeardFromAPerson) {
  auto claims = claims_of("The mayor, Ana Diaz, said he has heard that the mill may close.");
  const Seen* heard = with_cue(claims, "heard");
  ASSERT_NE(heard, nullptr);
  EXPECT_EQ(heard->source, "he");
  EXPECT_EQ(heard->content, "the mill may close");
}

TEST(ClaimSourcesWritten, CourtHeardHasNoSource) {
  auto claims = claims_of("The court heard that the driver had been drinking.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "-");
}

TEST(ClaimSourcesWritten, MakerOfAStatement) {
  auto claims = claims_of(
      "The consul said he was not aware of the case, but he can make a general statement "
      "that the embassy supports a free press.");
  const Seen* statement = with_cue(claims, "statement");
  ASSERT_NE(statement, nullptr);
  EXPECT_EQ(statement->source, "he");
  EXPECT_EQ(statement->content, "the embassy supports a free press");
}

TEST(ClaimSourcesWritten, QuotedWordIsNoInvertedAttribution) {
  // "reports" after a quoted word is a noun, not “A” reports X.
  auto claims =
      claims_of("The palace dismissed as \"nonsense\" reports that the king was ill.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The palace");
  EXPECT_EQ(claims[0].cue, "dismissed");
  EXPECT_EQ(claims[0].stance, ClaimStance::Deny);
}

}  // namespace
}  // namespace ann
