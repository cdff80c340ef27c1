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

}  // namespace
}  // namespace ann
