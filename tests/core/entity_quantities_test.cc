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

// Business wire copy: currency codes and abbreviations before the number, a nationality
// word before the currency after it, Indian magnitudes.
TEST(EntityQuantities, CurrencyCodesAndNamedCurrencies) {
  EXPECT_EQ(found("The bank was fined CHF 10,000, or 10,000 Swiss francs, and paid USD 2m."),
            Strings({"CHF 10,000", "10,000 Swiss francs", "USD 2m"}));
  EXPECT_EQ(found("The state set aside Rs 500 crore and 40,000 US dollars for the dam."),
            Strings({"Rs 500 crore", "40,000 US dollars"}));
  // A lowercase currency word before a number is no currency: "won" the verb.
  EXPECT_EQ(found("The club won 3 games in a row."), Strings({"3"}));
  // The code alone names a currency, not an organisation.
  EXPECT_EQ(labelled_mentions("Traders sold CHF and bought gold.", true), Strings({}));
}

// East and South African copy writes the currency onto the number: "Sh2.5 billion".
TEST(EntityQuantities, CurrencyAbbreviationsWrittenOntoTheNumber) {
  EXPECT_EQ(found("The county lost Sh2.5 billion, KSh1,000 a day and R500 million in rand."),
            Strings({"Sh2.5 billion", "KSh1,000", "R500 million"}));
  // One letter and a number is a model or a mask, not money.
  EXPECT_EQ(found("Nurses wore N95 masks and the K9 unit searched the bus."), Strings({}));
}

// Science and weather copy: hyphenated magnitudes, signed temperatures, speeds.
TEST(EntityQuantities, MeasuresInScienceAndWeather) {
  EXPECT_EQ(found("A 7.1-magnitude quake struck as it fell to minus 5 degrees Celsius."),
            Strings({"7.1-magnitude", "minus 5 degrees Celsius"}));
  EXPECT_EQ(found("Gusts of 250 km/h and 40 m/s were recorded."),
            Strings({"250 km/h", "40 m/s"}));
  // "Celsius" after "degrees" is the unit, not a name.
  EXPECT_EQ(labelled_mentions("It was 30 degrees Celsius in the shade.", true), Strings({}));
}

// Laws, products and indexes numbered in their names: the number is no amount.
TEST(EntityQuantities, NumbersInsideNamesAreNoQuantities) {
  EXPECT_EQ(found("Under Article 5 the airline grounded its Boeing 737 jets as the Nikkei 225 fell."),
            Strings({}));
  EXPECT_EQ(found("The FTSE 100 rose as the station FM 98 played."), Strings({}));
  // ... but a count before the name, a number after a date or a place, and a headline's
  // verb are no names.
  EXPECT_EQ(found("The ministry ordered 12 Airbus jets; on Monday 300 people marched."),
            Strings({"12", "300"}));
  EXPECT_EQ(found("Vietnam Sentences 3 to Prison\n\nThe court ruled on Tuesday."),
            Strings({"3"}));
  EXPECT_EQ(found("Arsenal beat Chelsea 3-1 and Leeds drew with Everton 0–0."),
            Strings({"3-1", "0–0"}));
}

// Clock hours and dates written in digits are not amounts; "ppm" is a unit, not "pm".
TEST(EntityQuantities, ClockHoursAndDigitDatesAreNoQuantities) {
  EXPECT_EQ(found("The polls close at 8 p.m., at 10am in the east, and at 9 GMT abroad."),
            Strings({}));
  EXPECT_EQ(found("Carbon dioxide reached 420ppm, the report of 3/4/2021 said."),
            Strings({"420ppm"}));
}

}  // namespace
}  // namespace ann
