#include "lexicon/word_set.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace ann {
namespace {

TEST(WordSet, FindsWhatWasInsertedAndNothingElse) {
  WordSet set = {"bush", "said", "vucic"};
  EXPECT_TRUE(set.contains("bush"));
  EXPECT_TRUE(set.contains("vucic"));
  EXPECT_FALSE(set.contains("bus"));      // a prefix is another word
  EXPECT_FALSE(set.contains("bushes"));
  EXPECT_FALSE(set.contains(""));
  EXPECT_EQ(set.size(), 3u);
}

TEST(WordSet, InsertingTwiceKeepsOneCopy) {
  WordSet set;
  set.insert("serbia");
  set.insert(std::string_view("serbia"));
  EXPECT_EQ(set.size(), 1u);
}

TEST(WordSet, EmptyWordIsAMemberLikeAnyOther) {
  WordSet set;
  EXPECT_FALSE(set.contains(""));
  set.insert(std::string_view());   // a null view: stored as a non-null empty word
  EXPECT_TRUE(set.contains(""));
  EXPECT_EQ(set.size(), 1u);
}

// The first-byte-and-length filter must not hide a member: words sharing both, and lengths
// 32 apart (the same filter bit), are all found.
TEST(WordSet, FilterKeepsWordsOfTheSameFirstByteAndLength) {
  std::string long_a(33, 'a'), long_b = "a" + std::string(32, 'b');
  WordSet set = {"abc", "abd", "a", long_a};
  EXPECT_TRUE(set.contains("abd"));
  EXPECT_TRUE(set.contains("a"));
  EXPECT_TRUE(set.contains(long_a));
  EXPECT_FALSE(set.contains(long_b));   // passes the filter (length 33 like long_a), not in the set
  EXPECT_FALSE(set.contains("abe"));
  EXPECT_FALSE(set.contains("b"));
}

// Growing rehashes every word: all of many words stay findable, none appears by accident.
TEST(WordSet, KeepsManyWordsAcrossGrowth) {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7));
  WordSet set;
  for (const std::string& w : words) set.insert(w);
  EXPECT_EQ(set.size(), words.size());
  for (const std::string& w : words) EXPECT_TRUE(set.contains(w)) << w;
  for (int i = 0; i < 5000; ++i) EXPECT_FALSE(set.contains("w" + std::to_string(i * 7 + 1)));
}

// The hashed calls are the plain ones with the hash computed by the caller: a word inserted
// one way is found the other way, through growth too (the table rehashes with fnv1a).
TEST(WordSet, HashedCallsAgreeWithPlainOnes) {
  WordSet set;
  std::vector<std::string> words;
  for (int i = 0; i < 200; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (size_t i = 0; i < words.size(); ++i) {
    if (i % 2) set.insert(words[i]);
    else set.insert(words[i], fnv1a(words[i]));
  }
  EXPECT_EQ(set.size(), words.size());
  for (const std::string& w : words) {
    EXPECT_TRUE(set.contains(w)) << w;
    EXPECT_TRUE(set.contains(w, fnv1a(w))) << w;
    // Only the low 32 bits are used: TokenFeatures keeps a uint32_t hash.
    EXPECT_TRUE(set.contains(w, static_cast<uint32_t>(fnv1a(w)))) << w;
    const std::string other = w + "x";
    EXPECT_FALSE(set.contains(other, fnv1a(other))) << other;
  }
}

}  // namespace
}  // namespace ann
