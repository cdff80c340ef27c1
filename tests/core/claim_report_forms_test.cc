// Report forms beyond "X said that A": no "that", fronted "As X reports", a relative
// "that", an issued statement, a verb that is a verb only.
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimReportForms, FrontedAsReports) {
  auto claims = claims_of(
      "As Ana Diaz reports from Lima, there appears to be some confusion about the vote.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Ana Diaz");
  EXPECT_EQ(claims[0].cue, "reports");
  EXPECT_EQ(claims[0].content, "there appears to be some confusion about the vote");
}

TEST(ClaimReportForms, FrontedAsSaidShortClause) {
  auto claims = claims_of("As the minister said, the plan failed.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the minister");
  EXPECT_EQ(claims[0].content, "the plan failed");
}

TEST(ClaimReportForms, ReportsCommaClause) {
  auto claims = claims_of(
      "Our correspondent Ana Diaz reports, Peru and Chile closed the border after the storm.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Our correspondent Ana Diaz");
  EXPECT_EQ(claims[0].content, "Peru and Chile closed the border after the storm");
}

TEST(ClaimReportForms, SayInterruptedByHowever) {
  auto claims = claims_of("They say, however, they need more help from their neighbours.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "They");
  EXPECT_EQ(claims[0].content, "they need more help from their neighbours");
}

TEST(ClaimReportForms, CommaAdjunctIsNoContent) {
  // A comma then a participle or a preposition: no clause to report.
  EXPECT_TRUE(claims_of("The mayor said, in a short interview on the radio.").empty());
  auto claims = claims_of("The mayor spoke, and the crowd left the square quietly.");
  EXPECT_TRUE(claims.empty());
}

TEST(ClaimReportForms, RelativeThatBeforeTheCue) {
  auto claims = claims_of("A nurse carries a sign that says: \"We want our jobs back.\"");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "a sign");
  EXPECT_EQ(claims[0].cue, "says");
  EXPECT_EQ(claims[0].content, "We want our jobs back");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimReportForms, RelativeThatWithAnAside) {
  auto claims = claims_of(
      "The parties signed a treaty in May that, among other things, called for a joint fleet.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "a treaty in May");
  EXPECT_EQ(claims[0].cue, "called for");
  EXPECT_EQ(claims[0].content, "a joint fleet");
}

TEST(ClaimReportForms, IssuedTheFollowingStatement) {
  auto claims = claims_of(
      "Lima, May 2 - Station director Ana Diaz issued the following statement today in "
      "response to the charges of treason: \"These charges are false. We stand by our "
      "reporters.\"");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Station director Ana Diaz");
  EXPECT_EQ(claims[0].cue, "issued the following statement");
  EXPECT_EQ(claims[0].content, "These charges are false. We stand by our reporters");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimReportForms, SaysBeforeAWordThatIsAlsoACue) {
  // "charges" could be a verb; after "says" it is the content's subject.
  auto claims = claims_of("Diaz says charges against the station are false.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "says");
  EXPECT_EQ(claims[0].content, "charges against the station are false");
}

TEST(ClaimReportForms, HeadlineWithCommaForAnd) {
  auto claims = claims_of("Chile, Peru Request More Aid After Storm\n\nThe storm hit on Monday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Chile, Peru");
  EXPECT_EQ(claims[0].cue, "Request");
  EXPECT_EQ(claims[0].content, "More Aid After Storm");
}

TEST(ClaimReportForms, SecondParticipleKeepsTheSpeaker) {
  auto claims = claims_of(
      "Deputy Mayor Ana Diaz tells the Lima Post newspaper that leaders want calm, saying "
      "force is no solution.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].cue, "saying");
  EXPECT_EQ(claims[1].source, "Deputy Mayor Ana Diaz");
  EXPECT_EQ(claims[1].content, "force is no solution");
}

TEST(ClaimReportForms, ToldAMediaOutlet) {
  auto claims = claims_of("\"We will not give up the square,\" Diaz told Peruvian television.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "told");
  EXPECT_EQ(claims[0].content, "We will not give up the square");
}

TEST(ClaimReportForms, WeakVerbWithAPronounClause) {
  // Weak verbs need "that" before a noun ("added two frequencies"), not before a clause
  // with a pronoun subject and its auxiliary.
  auto claims = claims_of("The judge ruled there was no evidence of fraud.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "ruled");
  EXPECT_EQ(claims[0].content, "there was no evidence of fraud");
  claims = claims_of("The police warned they would close the road.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "they would close the road");
  EXPECT_TRUE(claims_of("She added it to the list of demands.").empty());
  EXPECT_TRUE(claims_of("The court ruled the country for a decade.").empty());
}

}  // namespace
}  // namespace ann
