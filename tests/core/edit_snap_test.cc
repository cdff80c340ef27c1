// snap_to_words (core/editing/snap.h): drag selections extended to whole words, on UTF-8
// character edges.
#include "editing/snap.h"

#include <gtest/gtest.h>

#include <string>

namespace ann {
namespace {

// Snaps the selection [from, to) given as byte offsets and returns the selected text.
std::string snapped(std::string_view text, size_t from, size_t to) {
  Span s = snap_to_words(text, Span{static_cast<uint32_t>(from), static_cast<uint32_t>(to)});
  EXPECT_LE(s.begin, s.end);
  EXPECT_LE(s.end, text.size());
  return std::string(text.substr(s.begin, s.end - s.begin));
}

size_t at(std::string_view text, std::string_view needle) { return text.find(needle); }

TEST(EditSnap, ExtendsBothEdgesToTheWord) {
  std::string_view t = "Aleksandar Vučić’s visit";
  EXPECT_EQ(snapped(t, 2, at(t, "Vu") + 2), "Aleksandar Vučić’s");
  EXPECT_EQ(snapped(t, at(t, "Vu") + 1, at(t, "Vu") + 2), "Vučić’s");
  EXPECT_EQ(snapped(t, 0, t.size()), t);
}

TEST(EditSnap, AnOffsetInsideAMultiByteCharacterMovesToItsEdge) {
  std::string_view t = "Vučić said";
  size_t inside_c_caron = at(t, "č") + 1;   // the second byte of "č"
  EXPECT_EQ(snapped(t, inside_c_caron, inside_c_caron + 1), "Vučić");
  // An emoji is no word character: a selection inside it selects just it, whole.
  std::string_view e = "ok 😀 fine";
  size_t emoji = at(e, "😀");
  EXPECT_EQ(snapped(e, emoji + 1, emoji + 2), "😀");
  EXPECT_EQ(snapped(e, emoji + 3, emoji + 4 + 2), "😀 fine");
}

TEST(EditSnap, TrimsWhitespaceAtTheEdges) {
  std::string_view t = "said  Vučić \n today";
  EXPECT_EQ(snapped(t, at(t, "  Vu"), at(t, " \n")), "Vučić");
  EXPECT_EQ(snapped(t, at(t, "  Vu"), at(t, "  Vu") + 2), "");   // only spaces
}

TEST(EditSnap, ACaretSelectsTheWordItTouches) {
  std::string_view t = "the Krušik factory";
  EXPECT_EQ(snapped(t, at(t, "šik"), at(t, "šik")), "Krušik");
  EXPECT_EQ(snapped(t, at(t, "Kru"), at(t, "Kru")), "Krušik");        // at its start
  EXPECT_EQ(snapped(t, at(t, " fac"), at(t, " fac")), "Krušik");      // at its end
  EXPECT_EQ(snapped(t, 3, 3), "the");
  EXPECT_EQ(snapped("a  b", 2, 2), "");                               // between spaces
}

TEST(EditSnap, InnerApostrophesAndDecimalSeparatorsJoinWords) {
  std::string_view t = "It’s 1,000.5 tonnes, O'Brien's.";
  EXPECT_EQ(snapped(t, 0, 1), "It’s");
  EXPECT_EQ(snapped(t, at(t, "000"), at(t, "000") + 1), "1,000.5");
  EXPECT_EQ(snapped(t, at(t, "Brien"), at(t, "Brien") + 1), "O'Brien's");
  // A comma after a word is an edge.
  EXPECT_EQ(snapped(t, at(t, "tonnes"), at(t, "tonnes") + 2), "tonnes");
}

TEST(EditSnap, HyphensAndPunctuationAreEdges) {
  std::string_view t = "long-range (Grad) missiles.";
  EXPECT_EQ(snapped(t, at(t, "ran"), at(t, "ran") + 1), "range");
  EXPECT_EQ(snapped(t, at(t, "Gr"), at(t, "ad)") + 1), "Grad");
  EXPECT_EQ(snapped(t, at(t, "(G"), at(t, "ad)") + 1), "(Grad");
}

TEST(EditSnap, OutOfRangeAndReversedSpansAreSafe) {
  std::string_view t = "Vučić said";
  EXPECT_EQ(snapped(t, 500, 900), "said");   // a caret clamped to the end touches "said"
  EXPECT_EQ(snapped("Vučić said.", 500, 900), "");
  EXPECT_EQ(snapped(t, at(t, "said") + 2, 900), "said");
  EXPECT_EQ(snapped(t, at(t, "id"), 1), "Vučić said");   // reversed: swapped
  EXPECT_EQ(snapped("", 0, 3), "");
  // Greek and Cyrillic letters are letters.
  std::string_view g = "Αθήνα и Москва";
  EXPECT_EQ(snapped(g, at(g, "ήν"), at(g, "ήν") + 2), "Αθήνα");
  EXPECT_EQ(snapped(g, at(g, "ск"), at(g, "ск") + 2), "Москва");
}

}  // namespace
}  // namespace ann
