#include "claims/cues.h"

#include <gtest/gtest.h>

namespace ann {
namespace {

TEST(Cues, EveryFormOfAVerbOfSaying) {
  for (const char* form : {"say", "says", "said", "saying", "Said", "SAYS"}) {
    const CueInfo* cue = find_cue(form);
    ASSERT_NE(cue, nullptr) << form;
    EXPECT_EQ(cue->lemma, "say");
    EXPECT_TRUE(cue->has(kCueVerb));
    EXPECT_FALSE(cue->has(kCueDeny));
  }
  EXPECT_EQ(find_cue("told")->form, VerbForm::Past);
  EXPECT_EQ(find_cue("insists")->form, VerbForm::ThirdPerson);
  EXPECT_EQ(find_cue("warning")->form, VerbForm::Gerund);
  EXPECT_EQ(find_cue("emphasised")->lemma, "emphasise");
}

TEST(Cues, RejectingVerbsDeny) {
  for (const char* form : {"denied", "rejects", "dismissing", "refuted", "rebutted"}) {
    const CueInfo* cue = find_cue(form);
    ASSERT_NE(cue, nullptr) << form;
    EXPECT_TRUE(cue->has(kCueDeny)) << form;
    EXPECT_TRUE(cue->has(kCueNounContent)) << form;  // "denied wrongdoing"
  }
  EXPECT_FALSE(find_cue("claimed")->has(kCueDeny));
}

TEST(Cues, ObjectsListenersAndWeakVerbs) {
  EXPECT_TRUE(find_cue("told")->has(kCueTakesObject));     // told reporters that
  EXPECT_TRUE(find_cue("accused")->has(kCueTakesObject));  // accused X of Y
  EXPECT_TRUE(find_cue("heard")->has(kCueNoSource));       // a jury heard: not the speaker
  EXPECT_TRUE(find_cue("found")->has(kCueWeak));           // found the keys: not a claim
  EXPECT_FALSE(find_cue("stated")->has(kCueWeak));
}

TEST(Cues, NounsThatReportSpeech) {
  EXPECT_TRUE(find_cue("statement")->has(kCueNoun));
  EXPECT_FALSE(find_cue("statement")->has(kCueVerb));
  EXPECT_TRUE(find_cue("allegations")->has(kCueNoun));
  // "claims" is both: "she claims that" and "refuted claims that".
  EXPECT_TRUE(find_cue("claims")->has(kCueNoun));
  EXPECT_TRUE(find_cue("claims")->has(kCueVerb));
}

TEST(Cues, OpinionsAndOtherWordsAreNotCues) {
  for (const char* w : {"think", "believes", "hoped", "apologized", "", "sai", "statementsx"}) {
    EXPECT_EQ(find_cue(w), nullptr) << w;
  }
  EXPECT_EQ(find_cue(std::string(100, 's')), nullptr);  // longer than any cue
}

TEST(Cues, SaidTyposOneLetterAway) {
  EXPECT_TRUE(is_said_typo("sai"));    // letter dropped
  EXPECT_TRUE(is_said_typo("saidd"));  // letter added
  EXPECT_TRUE(is_said_typo("tolf"));   // letter changed
  EXPECT_FALSE(is_said_typo("said"));  // the word itself is no typo
  EXPECT_FALSE(is_said_typo("sad"));   // a real word
  EXPECT_FALSE(is_said_typo("paid"));
  EXPECT_FALSE(is_said_typo("slid"));
  EXPECT_FALSE(is_said_typo("saint"));
}

TEST(Cues, AsciiLowerKeepsOtherLetters) { EXPECT_EQ(ascii_lower("Vučić SAID"), "vučić said"); }

}  // namespace
}  // namespace ann
