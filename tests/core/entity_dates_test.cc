// DATE mentions: whole calendar expressions, relative dates, and what is not a date.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "entity_test_util.h"

namespace ann {
namespace {

std::vector<std::string> found(const std::string& text, Label label = Label::Date) {
  return mention_texts(text, label);
}

using Strings = std::vector<std::string>;

TEST(EntityDates, FullCalendarDatesAreOneSpan) {
  EXPECT_EQ(found("The quake struck on Monday, April 6, 2009, near the town."),
            Strings({"Monday, April 6, 2009"}));
  EXPECT_EQ(found("The vote was held Apr. 5, 2014 and results came Sept. 23."),
            Strings({"Apr. 5, 2014", "Sept. 23"}));
  EXPECT_EQ(found("He arrived on 13 July and left in February 2017."),
            Strings({"13 July", "February 2017"}));
}

TEST(EntityDates, YearsAndSeasons) {
  EXPECT_EQ(found("The funds were paid in 2008 for the 2017/18 season."),
            Strings({"2008", "2017/18"}));
  // A four-digit number with a unit is an amount, not a year.
  EXPECT_EQ(found("They seized 2000 kg of cocaine."), Strings({}));
  EXPECT_EQ(found("They seized 2000 kg of cocaine.", Label::Quantity), Strings({"2000 kg"}));
  // An estimate of a count is an amount too; "the 2008 elections" stays a year.
  EXPECT_EQ(found("More than 1500 soldiers and some 2000 protesters saw the 2008 elections."),
            Strings({"2008"}));
  EXPECT_EQ(found("More than 1500 soldiers and some 2000 protesters saw the 2008 elections.",
                  Label::Quantity),
            Strings({"1500", "2000"}));
}

TEST(EntityDates, RelativeDates) {
  EXPECT_EQ(found("Police arrested him last week and charged him earlier this month."),
            Strings({"last week", "earlier this month"}));
  EXPECT_EQ(found("The talks end by the end of this week, not in the first week of January."),
            Strings({"end of this week", "first week of January"}));
  EXPECT_EQ(found("He was jailed two weeks ago; the bones lived 95 million years ago."),
            Strings({"two weeks ago", "95 million years ago"}));
  EXPECT_EQ(found("Results are due in mid-May, officials said yesterday."),
            Strings({"mid-May", "yesterday"}));
}

TEST(EntityDates, MayTheVerbIsNoDate) {
  EXPECT_EQ(found("May I ask a question? He said prices may rise."), Strings({}));
  EXPECT_EQ(found("May 28 was the deadline; he took charge in May."),
            Strings({"May 28", "May"}));
}

TEST(EntityDates, ClockTimesAreNotDatesNorQuantities) {
  EXPECT_EQ(found("It struck at 3:32 a.m. local time on Tuesday."), Strings({"Tuesday"}));
  EXPECT_EQ(found("It struck at 3:32 a.m. local time on Tuesday.", Label::Quantity), Strings({}));
}

// Business and history copy: parts of a year or month, decades, quarters, fiscal years.
TEST(EntityDates, PartsOfYearsQuartersAndFiscalYears) {
  EXPECT_EQ(found("Growth slowed in the mid-1980s and should recover in early 2025."),
            Strings({"mid-1980s", "early 2025"}));
  EXPECT_EQ(found("The rains came in late September and ended by mid-2024."),
            Strings({"late September", "mid-2024"}));
  EXPECT_EQ(found("Sales rose in Q3 and in Q4 2024, and the firm expects a profit in fiscal 2026."),
            Strings({"Q3", "Q4 2024", "fiscal 2026"}));
  // "late" before a weekday is a time of day and stays out; "early" before an amount too.
  EXPECT_EQ(found("The strike lasted until late Sunday, with early 2,000 arrests."),
            Strings({"Sunday"}));
}

// Relative dates counted from the story's own time, and dates written in digits.
TEST(EntityDates, LaterEarlierFromNowAndDigitDates) {
  EXPECT_EQ(found("Three days later the rebels withdrew; a day earlier they had attacked."),
            Strings({"Three days later", "a day earlier"}));
  EXPECT_EQ(found("The vote is due two years from now, the law of 3/4/2021 says."),
            Strings({"two years from now", "3/4/2021"}));
  EXPECT_EQ(found("The decree dated 2021-03-04 was repealed."), Strings({"2021-03-04"}));
  // "later than" compares: the amount stays a quantity, not a date.
  EXPECT_EQ(found("It opened 18 months later than planned."), Strings({}));
  EXPECT_EQ(found("It opened 18 months later than planned.", Label::Quantity),
            Strings({"18 months"}));
}

// Holidays are not tagged (guidelines), neither as dates nor as names.
TEST(EntityDates, HolidaysAreNotTagged) {
  EXPECT_EQ(labelled_mentions("Talks resume a week after Easter and end before Christmas."),
            Strings({}));
}

}  // namespace
}  // namespace ann
