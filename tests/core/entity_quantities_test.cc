// QUANTITY mentions: numbers with their currency, magnitude and unit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entity_test_util.h"

namespace ann {
namespace {

std::vector<std::string> found(const std::string& text, Label label = Label::Quantity) {
  return mention_texts(text, label);
}

using Strings = std::vector<std::string>;

TEST(EntityQuantities, CurrencyAndMagnitude) {
  EXPECT_EQ(found("The deal is worth $5 million, or £1.6million, and shares fell 49 cents."),
            Strings({"$5 million", "£1.6million", "49 cents"}));
  EXPECT_EQ(found("He obtained two million euros and nine million cigarettes."),
            Strings({"two million euros", "nine million"}));
}

TEST(EntityQuantities, UnitsStayWithTheNumber) {
  EXPECT_EQ(found("Officers found 380kg in a 40ft trailer with 122 mm rockets."),
            Strings({"380kg", "40ft", "122 mm"}));
  EXPECT_EQ(found("Profits fell 4 per cent, sales 26% and costs 60 percent."),
            Strings({"4 per cent", "26%", "60 percent"}));
  EXPECT_EQ(found("A magnitude 6.3 quake struck 95 kilometres away."),
            Strings({"magnitude 6.3", "95 kilometres"}));
  // A currency hyphenated onto the number, like a unit.
  EXPECT_EQ(found("The dollar bought 110-yen notes and a 20-euro meal."),
            Strings({"110-yen", "20-euro"}));
}

TEST(EntityQuantities, CountedThingsGiveTheNumberAlone) {
  EXPECT_EQ(found("The court sentenced 23 soldiers and 1,500 people fled."),
            Strings({"23", "1,500"}));
  EXPECT_EQ(found("The 59-year-old was jailed for 18 months."),
            Strings({"59-year-old", "18 months"}));
}

TEST(EntityQuantities, ScoresAndWhatIsNoQuantity) {
  EXPECT_EQ(found("The match ended 1-1 after extra time."), Strings({"1-1"}));
  // Small spelled numbers, ordinals, names with digits.
  EXPECT_EQ(found("Two men and several women came 5th in the COVID-19 trial."), Strings({}));
  // Numbers inside a date belong to the date.
  EXPECT_EQ(found("On May 5, 2014, 300 people marched."), Strings({"300"}));
}

}  // namespace
}  // namespace ann
