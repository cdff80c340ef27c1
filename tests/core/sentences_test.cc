#include "text/sentences.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/analyzed_text.h"
#include "text/utf8.h"

namespace ann {
namespace {

using Strings = std::vector<std::string>;

Strings sentences(const std::string& text) {
  const AnalyzedText a = analyze_text(text);
  Strings out;
  for (const Sentence& s : a.sentences) out.emplace_back(a.span_text(s.begin, s.end));
  return out;
}

Strings paragraphs(const std::string& text) {
  const AnalyzedText a = analyze_text(text);
  Strings out;
  for (const Paragraph& p : a.paragraphs) out.emplace_back(a.span_text(p.begin, p.end));
  return out;
}

TEST(SentencesTest, HeaderExamples) {
  EXPECT_EQ(sentences("Mr. Smith met Dr. Jones in the U.S. on Jan. 5. He left."),
            (Strings{"Mr. Smith met Dr. Jones in the U.S. on Jan. 5.", "He left."}));
  EXPECT_EQ(sentences("“We will go...,” he said. Prices rose 2.5 percent."),
            (Strings{"“We will go...,” he said.", "Prices rose 2.5 percent."}));
}

TEST(SentencesTest, EmptyText) {
  EXPECT_TRUE(sentences("").empty());
  EXPECT_TRUE(paragraphs(" \n\n ").empty());
}

TEST(SentencesTest, ClosingQuoteBelongsToTheSentence) {
  EXPECT_EQ(sentences("He said: “Go.” Then he left."),
            (Strings{"He said: “Go.”", "Then he left."}));
  EXPECT_EQ(sentences("He said \"Go.\" Then he left."),
            (Strings{"He said \"Go.\"", "Then he left."}));
  EXPECT_EQ(sentences("It was ‘over.’ We knew."), (Strings{"It was ‘over.’", "We knew."}));
}

TEST(SentencesTest, NoSplitBeforeLowercaseOrComma) {
  EXPECT_EQ(sentences("“Why?” he asked. “Because!” she said."),
            (Strings{"“Why?” he asked.", "“Because!” she said."}));
  EXPECT_EQ(sentences("We waited... and waited. Then... The bus came."),
            (Strings{"We waited... and waited.", "Then...", "The bus came."}));
}

TEST(SentencesTest, QuotedQuestionBeforeTheSpeaker) {
  EXPECT_EQ(sentences("“Why now?” Maria Lopez asked. “Go!” Smith shouted at them. “Go!” The crowd ran."),
            (Strings{"“Why now?” Maria Lopez asked.", "“Go!” Smith shouted at them.", "“Go!”",
                     "The crowd ran."}));
}

TEST(SentencesTest, ContractionStartsASentenceAfterAnAbbreviation) {
  EXPECT_EQ(sentences("He moved to the U.S. It’s cold there."),
            (Strings{"He moved to the U.S.", "It’s cold there."}));
}

TEST(SentencesTest, InitialsAndTitles) {
  EXPECT_EQ(sentences("J. K. Rowling wrote it. John F. Kennedy read it. Mrs. Smith did not."),
            (Strings{"J. K. Rowling wrote it.", "John F. Kennedy read it.", "Mrs. Smith did not."}));
  EXPECT_EQ(sentences("Говорил В. Путин. Он ушёл."), (Strings{"Говорил В. Путин.", "Он ушёл."}));
  EXPECT_EQ(sentences("They chose plan B. The rest failed."),
            (Strings{"They chose plan B.", "The rest failed."}));
}

TEST(SentencesTest, AbbreviationAtTheEndOfASentence) {
  // "U.S." before a sentence starter ends the sentence; before a name or lowercase it does not.
  EXPECT_EQ(sentences("He lives in the U.S. The president said so."),
            (Strings{"He lives in the U.S.", "The president said so."}));
  EXPECT_EQ(sentences("U.S. President Joe Biden spoke. U.S. officials agreed."),
            (Strings{"U.S. President Joe Biden spoke.", "U.S. officials agreed."}));
  EXPECT_EQ(sentences("It struck at 3:32 a.m. local time. At 10 a.m. It rained."),
            (Strings{"It struck at 3:32 a.m. local time.", "At 10 a.m.", "It rained."}));
  EXPECT_EQ(sentences("He works for Acme Inc. and likes it. She works for Acme Inc. She left."),
            (Strings{"He works for Acme Inc. and likes it.", "She works for Acme Inc.",
                     "She left."}));
  EXPECT_EQ(sentences("It rose on Sept. 23. No. 10 said so."),
            (Strings{"It rose on Sept. 23.", "No. 10 said so."}));
}

TEST(SentencesTest, DecimalsAndDomainsDoNotSplit) {
  EXPECT_EQ(sentences("It rose 6.3 percent at Amazon.com today. Next."),
            (Strings{"It rose 6.3 percent at Amazon.com today.", "Next."}));
}

TEST(SentencesTest, BracketsAndRepeatedMarks) {
  EXPECT_EQ(sentences("He left. (The meeting ended.) Then?! Yes."),
            (Strings{"He left.", "(The meeting ended.)", "Then?!", "Yes."}));
}

TEST(SentencesTest, HeadlineWithoutStopEndsAtLineBreak) {
  const std::string text = "Czech PM denies fraud in reopened case\nPavel Zeman has decided.";
  EXPECT_EQ(sentences(text),
            (Strings{"Czech PM denies fraud in reopened case", "Pavel Zeman has decided."}));
  EXPECT_EQ(paragraphs(text).size(), 2u);
}

TEST(SentencesTest, LineBreakBeforeLowercaseContinues) {
  EXPECT_EQ(sentences("The minister said the\nplan had failed."),
            (Strings{"The minister said the\nplan had failed."}));
  EXPECT_EQ(sentences("Officials in Belgrade,\nSerbia, denied it."),
            (Strings{"Officials in Belgrade,\nSerbia, denied it."}));
}

TEST(SentencesTest, BlankLineAlwaysEnds) {
  EXPECT_EQ(sentences("the end of a line\n\nanother one"),
            (Strings{"the end of a line", "another one"}));
  EXPECT_EQ(sentences("Mr.\n\nSmith"), (Strings{"Mr.", "Smith"}));
  // A single line break after an initial ends the sentence too ("Plan B." then a new line).
  EXPECT_EQ(sentences("We chose plan B.\nNext paragraph."),
            (Strings{"We chose plan B.", "Next paragraph."}));
}

TEST(SentencesTest, ColonAtLineEndStartsABlock) {
  const std::string text = "Chris Philp said:\nIllegal drugs harm us. They fund crime.\nNext.";
  EXPECT_EQ(sentences(text), (Strings{"Chris Philp said:", "Illegal drugs harm us.",
                                      "They fund crime.", "Next."}));
  EXPECT_EQ(paragraphs(text),
            (Strings{"Chris Philp said:", "Illegal drugs harm us. They fund crime.", "Next."}));
}

TEST(SentencesTest, HardWrappedTextIgnoresSingleLineBreaks) {
  const std::string text =
      "The ministry said on Tuesday that the\n"
      "factory in Valjevo had sold several\n"
      "batches of rockets. Officials in\n"
      "Belgrade denied the report and said\n"
      "the claims were false.\n"
      "\n"
      "A second paragraph starts here.";
  EXPECT_EQ(sentences(text).size(), 3u);
  EXPECT_EQ(paragraphs(text).size(), 2u);
}

TEST(SentencesTest, ParagraphsFollowLinesThatEndSentences) {
  const std::string text = "Headline Here\nFirst sentence. Second one.\nThird.\n\nFourth.";
  const AnalyzedText a = analyze_text(text);
  ASSERT_EQ(a.sentences.size(), 5u);
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_EQ(a.span_text(a.paragraphs[1].begin, a.paragraphs[1].end), "First sentence. Second one.");
  EXPECT_EQ(a.paragraphs[1].first_sentence, 1u);
  EXPECT_EQ(a.paragraphs[1].end_sentence, 3u);
  EXPECT_EQ(a.sentences[2].paragraph, 1u);
  EXPECT_EQ(a.sentences[4].paragraph, 3u);
}

// Sentences partition the tokens; paragraphs partition the sentences.
TEST(SentencesTest, StructureIsConsistent) {
  const AnalyzedText a = analyze_text(
      "Title\n\n“Go.” He left. Mr. X said:\nA block. U.S. aid rose 2-1.\n\nEnd");
  uint32_t next_token = 0;
  for (const Sentence& s : a.sentences) {
    EXPECT_EQ(s.first_token, next_token);
    EXPECT_LT(s.first_token, s.end_token);
    EXPECT_EQ(s.begin, a.tokens[s.first_token].begin);
    EXPECT_EQ(s.end, a.tokens[s.end_token - 1].end);
    next_token = s.end_token;
  }
  EXPECT_EQ(next_token, a.tokens.size());
  uint32_t next_sentence = 0;
  for (size_t p = 0; p < a.paragraphs.size(); ++p) {
    const Paragraph& para = a.paragraphs[p];
    EXPECT_EQ(para.first_sentence, next_sentence);
    for (uint32_t s = para.first_sentence; s < para.end_sentence; ++s)
      EXPECT_EQ(a.sentences[s].paragraph, p);
    next_sentence = para.end_sentence;
  }
  EXPECT_EQ(next_sentence, a.sentences.size());
}

TEST(SentencesTest, LargeInputIsLinear) {
  const std::string unit =
      "Mr. Vučić said on Jan. 5 that the U.S. had sent 1,000.5 tonnes. “We will go...,” he "
      "said.\nHeadline Without Stop\n\n";
  std::string text;
  while (text.size() < (4u << 20)) text += unit;
  const auto start = std::chrono::steady_clock::now();
  const AnalyzedText a = analyze_text(text);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(a.sentences.size(), 3 * (text.size() / unit.size()));
  EXPECT_EQ(a.paragraphs.size(), 2 * (text.size() / unit.size()));
  EXPECT_LT(seconds, 30.0);  // ~0.2 s optimised; generous for sanitizer builds
}

// Random bytes drawn from characters the tokenizer cares about: sanitized, then analyzed,
// the structure must stay consistent (run under ASan/UBSan too).
TEST(SentencesTest, RandomInputKeepsInvariants) {
  const char* pieces[] = {"a", "B", ".", ". ", "\n", "\n\n", " ", "'", "’", "“", "”", "\"",
                          "-", "—", "1", ",", ":", "U.S.", "Mr.", "http://", "@", "(", ")",
                          "\xC3", "\xA9", "\xF0\x9F", "é", "s", "…", "?", "!", "www."};
  uint32_t seed = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    const int length = round % 60;
    for (int k = 0; k < length; ++k) {
      seed = seed * 1103515245u + 12345u;
      bytes += pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    const AnalyzedText a = analyze_text(sanitize_utf8(bytes).utf8);
    size_t last_end = 0;
    for (const Token& t : a.tokens) {
      ASSERT_LE(last_end, t.begin) << bytes;
      ASSERT_LT(t.begin, t.end) << bytes;
      ASSERT_LE(t.end, a.text.size()) << bytes;
      last_end = t.end;
    }
    uint32_t next_token = 0;
    for (const Sentence& s : a.sentences) {
      ASSERT_EQ(s.first_token, next_token) << bytes;
      ASSERT_LT(s.first_token, s.end_token) << bytes;
      next_token = s.end_token;
    }
    ASSERT_EQ(next_token, a.tokens.size()) << bytes;
    if (!a.sentences.empty()) {
      ASSERT_FALSE(a.paragraphs.empty());
      ASSERT_EQ(a.paragraphs.back().end_sentence, a.sentences.size());
    }
  }
}

// Dev articles: sentence counts checked by hand (skipped when the corpus is absent).
std::string read_dev(const std::string& name) {
  std::ifstream in(std::string(ANNOTATOR_SHARED_DIR) + "/corpus/dev/" + name);
  if (!in) return {};
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SentencesTest, DevArticles) {
  struct Expected {
    const char* file;
    size_t sentences, paragraphs;
  };
  const Expected expected[] = {
      {"voa-iran-spy-charges.txt", 13, 10},
      {"wikinews-italy-earthquake.txt", 19, 8},
      {"voa-colombia-farc.txt", 13, 11},
      {"govuk-border-force-cocaine.txt", 17, 10},
  };
  int found = 0;
  for (const Expected& e : expected) {
    const std::string text = read_dev(e.file);
    if (text.empty()) continue;
    ++found;
    const AnalyzedText a = analyze_text(text);
    EXPECT_EQ(a.sentences.size(), e.sentences) << e.file;
    EXPECT_EQ(a.paragraphs.size(), e.paragraphs) << e.file;
  }
  if (found == 0) GTEST_SKIP() << "dev corpus not found";
}

}  // namespace
}  // namespace ann
