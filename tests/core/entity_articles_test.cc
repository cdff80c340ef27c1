// Whole articles written for these tests (not from the dev corpus), in the style of wire
// copy: the finder must get every mention of them right. They keep the rules general: a
// rule tuned to one dev article that breaks these is a patch, not a rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/entity_finder.h"

namespace ann {
namespace {

std::vector<std::string> mentions(const std::string& text) {
  AnalyzedText analyzed = analyze_text(text);
  Document doc;
  doc.text = analyzed.text;
  find_entities(analyzed, nullptr, doc);
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    out.push_back(std::string(doc.span_text(e.span)) + ":" + std::string(label_name(e.label)));
  }
  return out;
}

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

}  // namespace
}  // namespace ann
