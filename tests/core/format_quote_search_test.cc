// QuoteSearch (core/formats/quote_search.h): the nearest occurrence of a pattern, searched
// outwards from an old position; checked against a plain scan of every occurrence.
#include "formats/quote_search.h"

#include <gtest/gtest.h>

#include <optional>
#include <limits>
#include <random>
#include <string>

namespace ann {
namespace {

constexpr size_t kNoBudgetLimit = std::numeric_limits<size_t>::max();   // size_t is 32 bits in wasm

// What nearest() must answer, the slow way: every occurrence, the nearest, earlier on a tie,
// whole UTF-8 characters only.
std::optional<size_t> nearest_by_scan(const std::string& text, const std::string& pattern, size_t center) {
  auto inside = [&](size_t i) {
    return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  };
  std::optional<size_t> best;
  size_t best_distance = 0;
  if (pattern.empty()) return best;
  for (size_t at = text.find(pattern); at != std::string::npos; at = text.find(pattern, at + 1)) {
    if (inside(at) || inside(at + pattern.size())) continue;
    size_t distance = at > center ? at - center : center - at;
    if (!best || distance < best_distance) {
      best = at;
      best_distance = distance;
    }
  }
  return best;
}

TEST(QuoteSearch, NearestWinsAndTiesGoToTheEarlierOne) {
  QuoteSearch search("a cat, a cat, a dog", kNoBudgetLimit);
  EXPECT_EQ(search.nearest("a cat", 12), 7u);
  EXPECT_EQ(search.nearest("a cat", 0), 0u);
  EXPECT_EQ(search.nearest("a cat", 3), 0u);    // 3 from 0, 4 from 7
  EXPECT_EQ(search.nearest("a cat", 4), 7u);    // 4 from 0, 3 from 7
  EXPECT_EQ(search.nearest("cat, a", 6), 9u);   // at 2 and 9: 4 and 3 away
  EXPECT_EQ(search.nearest("a", 5), 3u);        // at 0, 3, 7, 10, 14: 3 and 7 tie
  EXPECT_EQ(search.nearest("a dog", 0), 14u);
  EXPECT_EQ(search.nearest("a dog", 999), 14u);   // past the end: from the end
  EXPECT_EQ(search.nearest("a cow", 5), std::nullopt);
  EXPECT_EQ(search.nearest("", 5), std::nullopt);
  EXPECT_EQ(search.nearest("a cat, a cat, a dog and more", 0), std::nullopt);
}

TEST(QuoteSearch, FindsOccurrencesFarBeyondTheFirstBandOnEitherSide) {
  // "x" at 10 and at 100,010 in 100 KB of "a": from 60,000 the later one is nearer.
  std::string text(110000, 'a');
  text[10] = 'x';
  text[100010] = 'x';
  QuoteSearch search(text, kNoBudgetLimit);
  EXPECT_EQ(search.nearest("x", 60000), 100010u);
  EXPECT_EQ(search.nearest("x", 50000), 10u);
  EXPECT_EQ(search.nearest("x", 50010), 10u);   // 50,000 either way: the earlier
  EXPECT_EQ(search.nearest("ax", 109999), 100009u);
  EXPECT_EQ(search.nearest("xa", 0), 10u);
}

TEST(QuoteSearch, NeverStartsOrEndsInsideACharacter) {
  // "😀" is F0 9F 98 80; the byte 0x98 alone occurs inside it and must not be found.
  std::string text = "😀 a 😀";
  QuoteSearch search(text, kNoBudgetLimit);
  EXPECT_EQ(search.nearest("\x98", 3), std::nullopt);
  EXPECT_EQ(search.nearest("\x80 a \xF0", 0), std::nullopt);
  EXPECT_EQ(search.nearest("😀", 6), 7u);
  EXPECT_EQ(search.nearest(" a ", 0), 4u);
}

TEST(QuoteSearch, AgreesWithAScanOfEveryOccurrence) {
  // Random texts over a small alphabet with a two-byte character, so patterns recur often.
  std::mt19937 random(7);
  const std::string letters[] = {"a", "b", "é", " "};
  for (int round = 0; round < 200; ++round) {
    std::string text;
    size_t length = random() % 3000;
    for (size_t i = 0; i < length; ++i) text += letters[random() % 4];
    QuoteSearch search(text, kNoBudgetLimit);
    for (int query = 0; query < 20; ++query) {
      std::string pattern;
      size_t pattern_length = 1 + random() % 4;
      for (size_t i = 0; i < pattern_length; ++i) pattern += letters[random() % 4];
      if (random() % 4 == 0) pattern = "\xA9";   // the second byte of "é" alone
      size_t center = random() % (text.size() + 10);
      ASSERT_EQ(search.nearest(pattern, center), nearest_by_scan(text, pattern, center))
          << "pattern \"" << pattern << "\" center " << center << " round " << round;
    }
  }
}

TEST(QuoteSearch, ManyQuotesOfACommonStringCostLittle) {
  // 2,000 searches for "a" in 1 MB of "a" from all over: each stops in its first band.
  const std::string text(1 << 20, 'a');
  QuoteSearch search(text, kNoBudgetLimit);
  for (size_t i = 0; i < 2000; ++i) ASSERT_EQ(search.nearest("a", i * 500), i * 500);
  EXPECT_LT(search.bytes_searched(), 2000u * 1024);
}

TEST(QuoteSearch, AnAbsentPatternIsSearchedOnce) {
  const std::string text(100000, 'a');
  QuoteSearch search(text, kNoBudgetLimit);
  EXPECT_EQ(search.nearest("ba", 50000), std::nullopt);
  size_t after_first = search.bytes_searched();
  EXPECT_GE(after_first, text.size());
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(search.nearest("ba", i), std::nullopt);
  EXPECT_EQ(search.bytes_searched(), after_first);
}

TEST(QuoteSearch, ASpentBudgetStopsEverySearch) {
  const std::string text(100000, 'a');
  QuoteSearch search(text, 250000);
  EXPECT_EQ(search.nearest("b1", 0), std::nullopt);
  EXPECT_EQ(search.nearest("b2", 0), std::nullopt);
  EXPECT_FALSE(search.exhausted());
  EXPECT_EQ(search.nearest("b3", 0), std::nullopt);   // would pass 300,000 bytes
  EXPECT_TRUE(search.exhausted());
  EXPECT_EQ(search.nearest("a", 0), std::nullopt);    // there, but the budget is spent
}

}  // namespace
}  // namespace ann
