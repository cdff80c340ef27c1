// Asides around an attribution that are neither source nor content: "in a statement",
// "citing two sources", "Asked whether …", "who asked not to be named", "on Twitter".
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimAsides, ParticipleBetweenCommasBeforeThat) {
  auto claims = claims_of("Reuters reported, citing two sources, that the deal had collapsed.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Reuters");
  EXPECT_EQ(claims[0].cue, "reported");
  EXPECT_EQ(claims[0].content, "the deal had collapsed");

  claims = claims_of("The ministry said, in a brief statement, that the border was closed.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the border was closed");
}

TEST(ClaimAsides, AdverbialBetweenSubjectAndVerb) {
  auto claims = claims_of("The ministry, in a statement, said the border would remain closed.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The ministry");
  EXPECT_EQ(claims[0].content, "the border would remain closed");
}

TEST(ClaimAsides, OfPhraseIsPartOfTheSource) {
  auto claims = claims_of(
      "Ana Diaz, of the University of Lima, said the glacier had lost a third of its ice.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Ana Diaz, of the University of Lima");
}

TEST(ClaimAsides, QuestionBeforeTheAnswer) {
  // The question is the reporter's, not a content.
  auto claims = claims_of("Asked whether he would resign, Smith said: \"Not today.\"");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Smith");
  EXPECT_EQ(claims[0].content, "Not today");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimAsides, AnonymityIsNoRequest) {
  auto claims = claims_of(
      "A government spokesman, who asked not to be named, said the talks would resume.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "said");
  EXPECT_EQ(claims[0].source, "A government spokesman");
  EXPECT_TRUE(claims_of("One officer, who requested anonymity, left the room.").empty());
}

TEST(ClaimAsides, OnAPlatformBeforeThat) {
  // "on Twitter" is no day: the clause starts after "that", not at "Twitter".
  auto claims = claims_of("Jones said on Twitter that the vote was rigged.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the vote was rigged");
  claims = claims_of("Jones wrote on Facebook that the vote was rigged.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "wrote");
  EXPECT_EQ(claims[0].content, "the vote was rigged");
  claims = claims_of("\"The vote was rigged,\" Jones wrote on Twitter.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "The vote was rigged");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimAsides, ParentheticalBeforeASecondClause) {
  // The part after the attribution is a new clause ("and will appear …"), not the content.
  auto claims =
      claims_of("The man was arrested on Tuesday, police said, and will appear in court today.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "police");
  EXPECT_EQ(claims[0].content, "The man was arrested on Tuesday");
}

TEST(ClaimAsides, ParentheticalAttributionInsideTheSubject) {
  // "the paper reported" is an attribution of its own, not an appositive of "The minister".
  auto claims = claims_of("The minister, the paper reported, had said the deal was dead.");
  const Seen* said = with_cue(claims, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->source, "The minister");
  EXPECT_EQ(said->content, "the deal was dead");
  const Seen* reported = with_cue(claims, "reported");
  ASSERT_NE(reported, nullptr);
  EXPECT_EQ(reported->source, "the paper");
}

}  // namespace
}  // namespace ann
