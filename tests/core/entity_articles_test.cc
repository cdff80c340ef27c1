// Whole articles written for these tests (not from the dev corpus), in the style of wire
// copy: the finder must get every mention of them right. They keep the rules general: a
// rule tuned to one dev article that breaks these is a patch, not a rule.
#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "entity_test_util.h"

namespace ann {
namespace {

std::vector<std::string> mentions(const std::string& text) { return labelled_mentions(text); }

using Strings = std::vector<std::string>;

// Datelines, a dash, an acronym defined in parentheses, "the town of X", a title before
// each person, possessives.
constexpr char kFloods[] = R"(Kenya Says Floods Kill 38, Displace Thousands

NAIROBI — Flash floods have killed at least 38 people in Kenya since Sunday, the country's interior ministry said Tuesday, as heavy rains pounded the capital and the Rift Valley region.

Interior Minister Kithure Kindiki told reporters in Nairobi that more than 12,000 families had been displaced. "We are doing everything we can," Kindiki said.

The Kenya Red Cross Society said its teams had rescued 150 people near the town of Mai Mahiu. The World Health Organization (WHO) warned of a cholera outbreak.

President William Ruto, who returned from a visit to Washington last month, canceled a trip to Germany. Ruto pledged $10 million in emergency aid and asked the African Union for support.

The Kenya Meteorological Department forecast more rain through mid-May. Rainfall in parts of western Kenya reached 200 millimeters in 24 hours, about 40 percent above normal.

Opposition leader Raila Odinga criticized the government's response. Odinga's Orange Democratic Movement (ODM) called for an emergency session of parliament on May 2.

Reuters and the Associated Press contributed to this report.
)";

TEST(EntityArticles, Floods) {
  EXPECT_EQ(mentions(kFloods), Strings({
      "Kenya:PLACE", "38:QUANTITY", "NAIROBI:PLACE", "38:QUANTITY", "Kenya:PLACE", "Sunday:DATE",
      "Tuesday:DATE", "Rift Valley:PLACE", "Kithure Kindiki:PERSON", "Nairobi:PLACE",
      "12,000:QUANTITY", "Kindiki:PERSON", "Kenya Red Cross Society:ORG", "150:QUANTITY",
      "Mai Mahiu:PLACE", "World Health Organization:ORG", "WHO:ORG", "William Ruto:PERSON",
      "Washington:PLACE", "last month:DATE", "Germany:PLACE", "Ruto:PERSON",
      "$10 million:QUANTITY", "African Union:ORG", "Kenya Meteorological Department:ORG",
      "mid-May:DATE", "Kenya:PLACE", "200 millimeters:QUANTITY", "24 hours:QUANTITY",
      "40 percent:QUANTITY", "Raila Odinga:PERSON", "Odinga:PERSON",
      "Orange Democratic Movement:ORG", "ODM:ORG", "May 2:DATE", "Reuters:ORG",
      "Associated Press:ORG"}));
}

// Currency symbols and words, a weekday-led full date, "Inc.", a sentence-initial common
// word that starts a company name ("Alphabet"), nationality adjectives before titles.
constexpr char kAntitrust[] = R"(EU Fines Tech Giant €2.4 Billion Over Search Results

BRUSSELS — The European Commission on Wednesday fined Google 2.42 billion euros ($2.7 billion) for abusing its dominance in internet search, the largest penalty the EU has ever imposed in an antitrust case.

Competition Commissioner Margrethe Vestager said the company had denied other businesses the chance to compete. "What Google has done is illegal under EU antitrust rules," Vestager told a news conference.

Alphabet Inc., Google's parent company, said it would consider an appeal. Its shares fell 1.5% in New York trading on Tuesday, June 27, 2017.

The case began in November 2010 after complaints from rivals including Microsoft and the British price comparison site Foundem. Kent Walker, Google's general counsel, said: "We respectfully disagree with the conclusions announced today."

The fine follows a 1.06 billion euro penalty imposed on Intel in 2009. German Chancellor Angela Merkel and French President Emmanuel Macron did not comment. About 90 percent of internet searches in Europe are made on Google, according to StatCounter.

Brussels has about three months to review the company's response. Google has 90 days to end the practice or face penalties of up to 5 percent of its average daily turnover.
)";

TEST(EntityArticles, Antitrust) {
  EXPECT_EQ(mentions(kAntitrust), Strings({
      "EU:ORG", "€2.4 Billion:QUANTITY", "BRUSSELS:PLACE", "European Commission:ORG",
      "Wednesday:DATE", "Google:ORG", "2.42 billion euros:QUANTITY", "$2.7 billion:QUANTITY",
      "EU:ORG", "Margrethe Vestager:PERSON", "Google:ORG", "EU:ORG", "Vestager:PERSON",
      "Alphabet Inc.:ORG", "Google:ORG", "1.5%:QUANTITY", "New York:PLACE",
      "Tuesday, June 27, 2017:DATE", "November 2010:DATE", "Microsoft:ORG", "British:NORP",
      "Foundem:ORG", "Kent Walker:PERSON", "Google:ORG", "today:DATE",
      "1.06 billion euro:QUANTITY", "Intel:ORG", "2009:DATE", "German:NORP",
      "Angela Merkel:PERSON", "French:NORP", "Emmanuel Macron:PERSON", "90 percent:QUANTITY",
      "Europe:PLACE", "Google:ORG", "StatCounter:ORG", "Brussels:PLACE", "Google:ORG",
      "90 days:QUANTITY", "5 percent:QUANTITY"}));
}

// A wire-service dateline "(AP)", party words as NORP, "House of Representatives", lone
// surnames made persons by their context ("Biden, speaking", "Johnson, 45,").
constexpr char kInfrastructure[] = R"(Senate Passes $1.2 Trillion Infrastructure Bill

WASHINGTON (AP) — The U.S. Senate on Tuesday approved a $1.2 trillion infrastructure package after months of negotiations between Democrats and Republicans, sending the bill to the House of Representatives.

Senate Majority Leader Chuck Schumer called the vote "a historic step." Republican Senator Mitch McConnell, who voted in favor, said the money would repair roads and bridges in Kentucky and across the country.

Biden, speaking at the White House, thanked lawmakers from both parties. Transportation Secretary Pete Buttigieg said work could begin as early as next spring.

The measure includes $550 billion in new spending over five years. Critics, including the conservative Heritage Foundation, said it would add $256 billion to deficits, according to the Congressional Budget Office (CBO).

Dr. Maria Lopez, an economist at the University of Chicago, said the plan was overdue. "We have not invested like this since the 1950s," she said on Jan. 6.

Johnson, 45, a construction worker from Ohio, said he hoped to find steady work. U.N. officials in Geneva welcomed the vote.
)";

TEST(EntityArticles, Infrastructure) {
  EXPECT_EQ(mentions(kInfrastructure), Strings({
      "Senate:ORG", "$1.2 Trillion:QUANTITY", "WASHINGTON:PLACE", "AP:ORG", "U.S.:PLACE",
      "Senate:ORG", "Tuesday:DATE", "$1.2 trillion:QUANTITY", "Democrats:NORP",
      "Republicans:NORP", "House of Representatives:ORG", "Senate:ORG", "Chuck Schumer:PERSON",
      "Republican:NORP", "Mitch McConnell:PERSON", "Kentucky:PLACE", "Biden:PERSON",
      "White House:ORG", "Pete Buttigieg:PERSON", "next spring:DATE", "$550 billion:QUANTITY",
      "Heritage Foundation:ORG", "$256 billion:QUANTITY", "Congressional Budget Office:ORG",
      "CBO:ORG", "Maria Lopez:PERSON", "University of Chicago:ORG", "1950s:DATE", "Jan. 6:DATE",
      "Johnson:PERSON", "45:QUANTITY", "Ohio:PLACE", "U.N.:ORG", "Geneva:PLACE"}));
}

// Sports copy: scores, a club whose name holds a city and a title word ("Paris
// Saint-Germain") and its acronym. Only the mentions we are sure of are checked.
constexpr char kFootball[] = R"(Mbappe Scores Twice as PSG Beat Lyon 3-1

PARIS — Kylian Mbappe scored twice as Paris Saint-Germain beat Lyon 3-1 on Sunday to move six points clear at the top of Ligue 1.

The France striker opened the scoring in the 12th minute and added a second after the break. Lionel Messi set up both goals. "We showed character," coach Christophe Galtier told Canal+ after the match at the Parc des Princes.

Lyon, who sacked manager Peter Bosz in October, pulled one back through Alexandre Lacazette before Neymar sealed the win. The Brazilian has now scored 11 goals this season.

PSG's Qatari owners have spent more than 1 billion euros on players since 2011. The club faces Bayern Munich in the Champions League next month.
)";

TEST(EntityArticles, FootballKeyMentions) {
  std::vector<std::string> found = mentions(kFootball);
  for (const char* want : {"Kylian Mbappe:PERSON", "Paris Saint-Germain:ORG", "PSG:ORG",
                           "PARIS:PLACE", "3-1:QUANTITY", "Sunday:DATE", "Lionel Messi:PERSON",
                           "Christophe Galtier:PERSON", "Peter Bosz:PERSON", "October:DATE",
                           "Brazilian:NORP", "1 billion euros:QUANTITY", "2011:DATE",
                           "Champions League:ORG", "next month:DATE"}) {
    EXPECT_NE(std::find(found.begin(), found.end(), want), found.end()) << want;
  }
  for (const char* unwanted : {"-Germain:PERSON", "PSG:PERSON", "PARIS:PERSON"}) {
    EXPECT_EQ(std::find(found.begin(), found.end(), unwanted), found.end()) << unwanted;
  }
}

}  // namespace
}  // namespace ann
