#include "claims/sources.h"

#include <gtest/gtest.h>

#include <string>

#include "text/analyzed_text.h"

namespace ann {
namespace {

class Sources : public ::testing::Test {
 protected:
  void load(const std::string& s) {
    text_ = analyze_text(s);
    ct_ = std::make_unique<ClaimText>(text_);
  }
  // Index of the first token equal to `word`.
  uint32_t at(std::string_view word) const {
    for (uint32_t i = 0; i < text_.tokens.size(); ++i) {
      if (text_.token_text(i) == word) return i;
    }
    ADD_FAILURE() << "no token " << word;
    return 0;
  }
  std::string str(TokenRange r) const {
    if (r.empty()) return "";
    return std::string(text_.span_text(text_.tokens[r.begin].begin, text_.tokens[r.end - 1].end));
  }
  AnalyzedText text_;
  std::unique_ptr<ClaimText> ct_;
};

TEST_F(Sources, SubjectWithTitleAndAppositive) {
  load("Hugh Hill, a doctor at the city hospital, said the ward was full.");
  EXPECT_EQ(str(subject_before(*ct_, at("said") - 1, 0)),
            "Hugh Hill, a doctor at the city hospital");
}

TEST_F(Sources, AppositiveWithAPlaceInside) {
  load("Ana Ruiz, a lawyer in Austin, Texas, says the law is void.");
  EXPECT_EQ(str(subject_before(*ct_, at("says") - 1, 0)), "Ana Ruiz, a lawyer in Austin, Texas");
}

TEST_F(Sources, AppositiveWithoutClosingComma) {
  load("Her main rival, former mayor Tom Reyes said the count was fair.");
  EXPECT_EQ(str(subject_before(*ct_, at("said") - 1, 0)), "Her main rival, former mayor Tom Reyes");
}

TEST_F(Sources, InsertedAdverbIsDropped) {
  load("The council, however, said the vote was valid.");
  EXPECT_EQ(str(subject_before(*ct_, at("said") - 1, 0)), "The council");
}

TEST_F(Sources, RelativeClauseIsDropped) {
  load("Mr Olsen, who owns the mill, denied the charges.");
  EXPECT_EQ(str(subject_before(*ct_, at("denied") - 1, 0)), "Mr Olsen");
}

TEST_F(Sources, OpeningAdverbialIsNotTheSubject) {
  load("After the vote the council said it would appeal.");
  EXPECT_EQ(str(subject_before(*ct_, at("said") - 1, 0)), "the council");
  load("Speaking on Friday, the governor said roads would reopen.");
  EXPECT_EQ(str(subject_before(*ct_, at("said") - 1, 0)), "the governor");
  load("In a letter to staff the chief executive of the bank said bonuses were cut.");
  EXPECT_EQ(str(subject_before(*ct_, at("said") - 1, 0)), "the chief executive of the bank");
}

TEST_F(Sources, ParticiplePhraseIsDropped) {
  load("The study, published in Nature, found that bees can count.");
  EXPECT_EQ(str(subject_before(*ct_, at("found") - 1, 0)), "The study");
  load("Earlier, the prime minister said the cabinet would meet.");
  EXPECT_EQ(str(subject_before(*ct_, at("said") - 1, 0)), "the prime minister");
}

TEST_F(Sources, CoordinatedSubjectsStayWhole) {
  load("Farmers and local traders say the road is too narrow.");
  EXPECT_EQ(str(subject_before(*ct_, at("say") - 1, 0)), "Farmers and local traders");
}

TEST_F(Sources, PronounEndsTheSubject) {
  load("When inspectors opened the crate they found that it was empty.");
  EXPECT_EQ(str(subject_before(*ct_, at("found") - 1, 0)), "they");
}

TEST_F(Sources, InvertedSourceAfterTheVerb) {
  load("“It will rain,” said the chief forecaster on Tuesday.");
  EXPECT_EQ(str(noun_phrase_after(*ct_, at("said") + 1, text_.tokens.size())),
            "the chief forecaster");
  load("“It will rain,” said Maria de la Cruz, who runs the station.");
  EXPECT_EQ(str(noun_phrase_after(*ct_, at("said") + 1, text_.tokens.size())), "Maria de la Cruz");
}

TEST_F(Sources, NounAParticipleHangsOn) {
  load("The firm rejected a letter from the union claiming that wages fell.");
  EXPECT_EQ(str(attached_noun_phrase(*ct_, at("claiming") - 1, 0)), "a letter from the union");
}

TEST_F(Sources, SentenceSubjectForParticiples) {
  load("However, she kept her post, saying: “I am staying.”");
  EXPECT_EQ(str(sentence_subject(*ct_, 0, text_.tokens.size())), "she");
  load("The agency kept its forecast.");
  EXPECT_EQ(str(sentence_subject(*ct_, 0, text_.tokens.size())), "The agency");
}

TEST_F(Sources, DocumentsAreRecognised) {
  load("A leaked audit of the ministry found gaps.");
  EXPECT_TRUE(is_document_phrase(*ct_, {0, at("found")}));
  load("The officers found gaps.");
  EXPECT_FALSE(is_document_phrase(*ct_, {0, at("found")}));
}

}  // namespace
}  // namespace ann
