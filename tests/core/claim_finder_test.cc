#include "claims/claim_finder.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "annotator.h"
#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimFinder, SubjectVerbThatClause) {
  auto claims =
      claims_of("The mayor of Springfield said on Monday that the bridge will reopen in May.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The mayor of Springfield");
  EXPECT_EQ(claims[0].cue, "said");
  EXPECT_EQ(claims[0].content, "the bridge will reopen in May");
  EXPECT_EQ(claims[0].kind, ClaimKind::Indirect);
  EXPECT_EQ(claims[0].stance, ClaimStance::Assert);
}

TEST(ClaimFinder, DayBetweenVerbAndClause) {
  auto claims = claims_of("Navy officials said Thursday the ship was never in danger.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the ship was never in danger");
}

TEST(ClaimFinder, BareClauseAndAuxiliaries) {
  auto claims = claims_of("Officials in Denver have repeatedly insisted the water is safe.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Officials in Denver");
  EXPECT_EQ(claims[0].cue, "insisted");  // the main verb, not "have repeatedly insisted"
  EXPECT_EQ(claims[0].content, "the water is safe");
}

TEST(ClaimFinder, ContentBeforeTheAttribution) {
  auto claims = claims_of("Exports fell by a third last year, the trade ministry has announced.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the trade ministry");
  EXPECT_EQ(claims[0].cue, "announced");
  EXPECT_EQ(claims[0].content, "Exports fell by a third last year");
}

TEST(ClaimFinder, QuoteBeforeInvertedAttribution) {
  auto claims = claims_of("“We have nothing to hide,” said Ruth Okafor, the company's lawyer.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Ruth Okafor");
  EXPECT_EQ(claims[0].content, "We have nothing to hide");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimFinder, AttributionInsideAQuoteGivesTwoClaims) {
  auto claims = claims_of("“The river is rising,” he said, “and we must leave tonight.”");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].content, "The river is rising");
  EXPECT_EQ(claims[1].content, "and we must leave tonight");
  for (const Seen& c : claims) {
    EXPECT_EQ(c.source, "he");
    EXPECT_EQ(c.cue, "said");
    EXPECT_EQ(c.kind, ClaimKind::Direct);
  }
}

TEST(ClaimFinder, NextQuoteSentenceRepeatsSourceAndCue) {
  auto claims =
      claims_of("“The levee held,” the engineer said. “It was built for a flood twice this size.”");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].content, "It was built for a flood twice this size");
  EXPECT_EQ(claims[1].source, "the engineer");
  EXPECT_EQ(claims[1].cue, "said");
}

TEST(ClaimFinder, ShortQuoteSentenceAlsoRepeats) {
  auto claims = claims_of("\"It's over,\" the coach said. \"We lost.\"");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].content, "We lost");
  EXPECT_EQ(claims[1].source, "the coach");
}

TEST(ClaimFinder, SaidInAStatementThat) {
  auto claims = claims_of("The company said in a statement that profits rose 10 percent.");
  ASSERT_EQ(claims.size(), 1u);  // "statement that" is not a second claim
  EXPECT_EQ(claims[0].cue, "said");
  EXPECT_EQ(claims[0].content, "profits rose 10 percent");
}

TEST(ClaimFinder, QuoteOverSeveralParagraphs) {
  auto claims = claims_of(
      "The coach spoke after the match.\n\n"
      "“We played badly in the first half.\n\n"
      "“The second half was better, and I am proud of the team,” he added.\n\n"
      "The club plays again on Sunday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "added");
  EXPECT_EQ(claims[0].content,
            "We played badly in the first half.\n\n“The second half was better, and I am proud of "
            "the team");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimFinder, ColonBeforeAQuote) {
  auto claims =
      claims_of("The inspector said: \"The wiring was never checked. Nobody signed the form.\"");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "The wiring was never checked. Nobody signed the form");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimFinder, ColonBeforeABlockParagraph) {
  auto claims = claims_of(
      "Fire Chief Dana Wells said:\n"
      "We reached the building within six minutes. Every resident was out by midnight.\n"
      "This was a textbook response by our crews.\n"
      "Investigators will visit the site on Friday.\n");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Fire Chief Dana Wells");
  EXPECT_EQ(claims[0].content,
            "We reached the building within six minutes. Every resident was out by midnight.\n"
            "This was a textbook response by our crews");
  EXPECT_EQ(claims[0].kind, ClaimKind::Direct);
}

TEST(ClaimFinder, MixedQuote) {
  auto claims =
      claims_of("The senator said the proposal was “dead on arrival” in its current form.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the proposal was “dead on arrival” in its current form");
  EXPECT_EQ(claims[0].kind, ClaimKind::Mixed);
}

TEST(ClaimFinder, NamesInQuotesAreNotQuotes) {
  auto claims = claims_of(
      "The union said the “Northern Star” plant in Leeds would close. Workers call it “Old Smoky” "
      "too.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "the “Northern Star” plant in Leeds would close");
  EXPECT_EQ(claims[0].kind, ClaimKind::Indirect);
}

TEST(ClaimFinder, UnbalancedQuoteDoesNotSwallowTheArticle) {
  auto claims = claims_of(
      "The pilot told investigators: “The engine stopped twice.\n\n"
      "Rescue teams reached the plane at dawn. The airline said it would cooperate fully.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].content, "The engine stopped twice");
  EXPECT_EQ(claims[1].source, "The airline");
  EXPECT_EQ(claims[1].content, "it would cooperate fully");
}

TEST(ClaimFinder, StraightAndCurlyQuotesAlike) {
  auto curly = claims_of("“Prices will fall,” the bank said.");
  auto straight = claims_of("\"Prices will fall,\" the bank said.");
  ASSERT_EQ(curly.size(), 1u);
  ASSERT_EQ(straight.size(), 1u);
  EXPECT_EQ(curly[0].content, straight[0].content);
  EXPECT_EQ(straight[0].kind, ClaimKind::Direct);
}

TEST(ClaimFinder, AttributionInTheMiddleTakesTheLongerPart) {
  auto claims = claims_of("The driver, police said, had fallen asleep at the wheel near Leeds.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "police");
  EXPECT_EQ(claims[0].content, "had fallen asleep at the wheel near Leeds");
}

TEST(ClaimFinder, CollectiveSubjectsTakeTheBaseForm) {
  auto claims = claims_of("Police say the driver had fallen asleep.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Police");
}

TEST(ClaimFinder, ButAddedStartsAnotherClaim) {
  auto claims =
      claims_of("Ortiz said the plan was “a good start,” but added that funding was short.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].content, "the plan was “a good start");
  EXPECT_EQ(claims[1].source, "Ortiz");
  EXPECT_EQ(claims[1].content, "funding was short");
}

TEST(ClaimFinder, AccordingToBeforeAndAfter) {
  auto before =
      claims_of("According to the weather service, the storm will reach the coast tonight.");
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].cue, "According to");
  EXPECT_EQ(before[0].source, "the weather service");
  EXPECT_EQ(before[0].content, "the storm will reach the coast tonight");
  auto after = claims_of("The storm will reach the coast tonight, according to forecasters.");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].source, "forecasters");
  EXPECT_EQ(after[0].content, "The storm will reach the coast tonight");
}

TEST(ClaimFinder, AccordingToInsideTheContentTakesTheLongerPart) {
  auto claims = claims_of(
      "The firm “Delta,” according to the same report, shipped engines to three countries in "
      "Asia.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "shipped engines to three countries in Asia");
}

TEST(ClaimFinder, DocumentSource) {
  auto claims = claims_of("The report dated March 3 says the dam needs urgent repairs.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The report dated March 3");
  EXPECT_EQ(claims[0].cue, "says");
}

TEST(ClaimFinder, PassivesHaveNoSource) {
  auto stated = claims_of("It is also stated that the contract was signed in secret.");
  ASSERT_EQ(stated.size(), 1u);
  EXPECT_EQ(stated[0].source, "-");
  EXPECT_EQ(stated[0].cue, "is also stated");
  EXPECT_EQ(stated[0].content, "the contract was signed in secret");
  auto reported = claims_of("Four workers are reported to have been injured in the blast.");
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0].cue, "are reported");
  EXPECT_EQ(reported[0].content, "to have been injured in the blast");
  EXPECT_EQ(reported[0].source, "-");
}

TEST(ClaimFinder, DenyingCues) {
  auto claims =
      claims_of("The minister denied that funds were misused. The party rejected the accusations.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].stance, ClaimStance::Deny);
  EXPECT_EQ(claims[0].content, "funds were misused");
  EXPECT_EQ(claims[1].stance, ClaimStance::Deny);
  EXPECT_EQ(claims[1].content, "the accusations");  // a bare noun object counts for denials
}

TEST(ClaimFinder, NotTrueThatDenies) {
  auto claims = claims_of("It is not true that the clinic closed, the minister said.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].stance, ClaimStance::Deny);
}

TEST(ClaimFinder, AccusationsAndRequests) {
  auto claims = claims_of(
      "The opposition accused the government of hiding the report. The judge asked both sides to "
      "settle.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].content, "the government of hiding the report");
  EXPECT_EQ(claims[1].content, "both sides to settle");
}

TEST(ClaimFinder, ParticipleSharesTheSubject) {
  auto claims = claims_of(
      "Local officials have denied that the plant leaked, adding that tests showed no damage.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].content, "the plant leaked");
  const Seen* adding = with_cue(claims, "adding");
  ASSERT_NE(adding, nullptr);
  EXPECT_EQ(adding->source, "Local officials");
  EXPECT_EQ(adding->content, "tests showed no damage");
}

TEST(ClaimFinder, NounCues) {
  auto claims = claims_of("The club refuted claims that its manager had been fired.");
  ASSERT_EQ(claims.size(), 2u);
  const Seen* refuted = with_cue(claims, "refuted");
  const Seen* noun = with_cue(claims, "claims");
  ASSERT_NE(refuted, nullptr);
  ASSERT_NE(noun, nullptr);
  EXPECT_EQ(refuted->content, "claims that its manager had been fired");
  EXPECT_EQ(noun->source, "-");
  EXPECT_EQ(noun->content, "its manager had been fired");
}

TEST(ClaimFinder, AuthorSentencesAndLookalikesAreNotClaims) {
  EXPECT_TRUE(claims_of("The United States and the State Department budget grew.").empty());
  EXPECT_TRUE(claims_of("The said option was never tested.").empty());
  EXPECT_TRUE(claims_of("Scientists think the comet is old.").empty());
  EXPECT_TRUE(claims_of("Police found the car near the river.").empty());
  EXPECT_TRUE(claims_of("She wants to state her case in court.").empty());
  EXPECT_TRUE(claims_of("He took charge of the team in May.").empty());
  EXPECT_TRUE(claims_of("").empty());
}

TEST(ClaimFinder, NegatedCuesReportNothing) {
  EXPECT_TRUE(claims_of("Mr. Lee did not say when the talks would resume.").empty());
  EXPECT_TRUE(claims_of("The firm has never denied the payments.").empty());
}

TEST(ClaimFinder, TimeBetweenSubjectAndVerb) {
  auto claims = claims_of("The White House on Monday rejected the report.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The White House");
  EXPECT_EQ(claims[0].stance, ClaimStance::Deny);
}

TEST(ClaimFinder, SaidTypoAfterAQuote) {
  auto claims = claims_of("“The tests were clean,” sai Peter Novak, the team doctor.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "sai");
  EXPECT_EQ(claims[0].source, "Peter Novak");
}

TEST(ClaimFinder, HeadlineWithColonHasNoCue) {
  auto claims = claims_of("Novak: the tests were clean\n\nThe doctor spoke on Monday.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Novak");
  EXPECT_EQ(claims[0].cue, "-");
  EXPECT_EQ(claims[0].content, "the tests were clean");
}

TEST(ClaimFinder, PronounSourcesResolveToTheSpeakerGroup) {
  auto claims = claims_of(
      "Maria Lopez, the city treasurer, said the budget is balanced. She added that taxes "
      "would not rise. Lopez also said the audit was complete.");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].source, "Maria Lopez, the city treasurer");
  EXPECT_EQ(claims[1].source, "She");
  ASSERT_FALSE(claims[0].group.empty());
  EXPECT_EQ(claims[1].group, claims[0].group);
  EXPECT_EQ(claims[2].group, claims[0].group);
}

TEST(ClaimFinder, PronounPrefersTheSentenceSubjectOverAnAddressee) {
  auto claims = claims_of(
      "Karen Holt is the head of the nurses' union. Speaking to the reporter Tom Baines on "
      "Monday, she said the strike would go ahead.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "she");
  EXPECT_EQ(claims[0].group, "Karen Holt");
}

TEST(ClaimFinder, ModifiersAreNotSpeakers) {
  auto claims = claims_of("Norway's largest union says the deal is fair.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Norway's largest union");
  EXPECT_EQ(claims[0].group, "");  // not Norway
}

TEST(ClaimFinder, KeepsManualClaimsAndGivesFreshIds) {
  Document doc;
  doc.text = "The mayor said the road is closed.";
  AnalyzedText text = analyze_text(doc.text);
  Claim manual;
  manual.id = 7;
  manual.content = Span{0, 9};
  manual.origin = Origin::Manual;
  doc.claims.push_back(manual);
  find_claims(text, doc);
  ASSERT_EQ(doc.claims.size(), 2u);
  EXPECT_EQ(doc.claims[0].id, 7u);
  EXPECT_EQ(doc.claims[0].origin, Origin::Manual);
  EXPECT_GT(doc.claims[1].id, 7u);
  EXPECT_EQ(doc.span_text(doc.claims[1].content), "the road is closed");
}

TEST(ClaimFinder, LongArticleIsFast) {
  std::string article;
  while (article.size() < 32000) {  // about 5,000 words
    article +=
        "“We will not close the factory,” said Anna Berg, the union leader. Officials in Oslo "
        "have denied that jobs are at risk, adding that orders rose. According to the ministry, "
        "exports grew 4 percent. The report says demand is strong.\n\n";
  }
  AnalyzedText text = analyze_text(article);
  Document doc;
  doc.text = article;
  auto start = std::chrono::steady_clock::now();
  find_claims(text, doc);
  auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(doc.claims.size(), 500u);
  EXPECT_LT(ms, 200.0);  // generous for sanitizer builds; about 1 ms natively
}

TEST(ClaimFinder, PathologicalInputStaysLinear) {
  std::string words;
  for (int i = 0; i < 20000; ++i) words += "said \" , ";  // one endless sentence
  AnalyzedText text = analyze_text(words);
  Document doc;
  doc.text = words;
  auto start = std::chrono::steady_clock::now();
  find_claims(text, doc);
  auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(ms, 2000.0);
}

}  // namespace
}  // namespace ann
