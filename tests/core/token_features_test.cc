#include "entities/token_features.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lexicon/lexicon.h"
#include "lexicon/word_set.h"

namespace ann {
namespace {

struct Features {
  AnalyzedText text;
  std::string folds;
  std::vector<TokenFeatures> f;
  explicit Features(const std::string& s) : text(analyze_text(s)) { f = token_features(text, folds); }
};

// Every fold is lexicon::fold of the token's own text, whether it was lowercased in place
// (plain ASCII) or folded after the text (diacritics, curly quotes, Cyrillic, no-break space).
TEST(TokenFeatures, FoldsEveryTokenAsLexiconFoldDoes) {
  Features x("Vučić met NATO’s chief in L’Aquila — ПУТИН said “No,” Jarosław Kaczyński "
             "added; U.S.-backed Straße 12,000 Æsir $5 AT&T.");
  ASSERT_GT(x.f.size(), 20u);
  for (size_t i = 0; i < x.f.size(); ++i) {
    const std::string expected = lexicon::fold(x.text.token_text(i));
    EXPECT_EQ(x.f[i].folded, expected) << x.text.token_text(i);
    EXPECT_EQ(x.f[i].fold_hash, static_cast<uint32_t>(fnv1a(expected))) << x.text.token_text(i);
  }
}

// The flags a lookup gives: what a word is, and whether a longer key may start with it.
TEST(TokenFeatures, LexiconFlagsAndLongerKeys) {
  Features x("Officials in Phnom Penh and Serbia said.");
  //          0         1  2     3    4   5      6   7
  ASSERT_EQ(x.f.size(), 8u);
  EXPECT_TRUE(x.f[1].lex & lexicon::kPlaceCue);      // "in"
  EXPECT_TRUE(x.f[2].starts_longer_key);             // "phnom" of "phnom penh"
  EXPECT_FALSE(x.f[5].starts_longer_key);            // "serbia"
  EXPECT_TRUE(x.f[5].lex & lexicon::kCountry);
  EXPECT_EQ(x.f[7].lex, 0u);                         // punctuation is not looked up
}

// A capitalised common word is common each time it comes back (the answer is cached per
// word); names are not, and lowercase words are never asked.
TEST(TokenFeatures, CommonWordsAmongCapitalisedOnes) {
  Features x("Court rules. Santos said the Court and Santos met. court");
  std::vector<std::string> common;
  for (const TokenFeatures& t : x.f) {
    if (t.common) common.emplace_back(t.folded);
  }
  EXPECT_EQ(common, (std::vector<std::string>{"court", "court"}));
}

}  // namespace
}  // namespace ann
