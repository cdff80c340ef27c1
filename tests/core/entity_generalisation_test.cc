// Name rules that must hold on articles the finder was not tuned on (the held-out errors of
// docs/ACCURACY.md, by type), on sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entity_test_util.h"

namespace ann {
namespace {

std::vector<std::string> names(const std::string& text) { return labelled_mentions(text, true); }

using Strings = std::vector<std::string>;

// An organisation's own name keeps its nationality or religion word; a state body after one
// is only described by it.
TEST(EntityGeneralisation, NationalityWordsInsideOrganisationNames) {
  EXPECT_EQ(names("Fighters loyal to the Islamic Courts Union left the town."),
            Strings({"Islamic Courts Union:ORG"}));
  EXPECT_EQ(names("Members of the Muslim Brotherhood marched again."),
            Strings({"Muslim Brotherhood:ORG"}));
  EXPECT_EQ(names("Volunteers from the Philippine Red Cross arrived."),
            Strings({"Philippine Red Cross:ORG"}));
  EXPECT_EQ(names("The Syrian Democratic Forces took the dam."),
            Strings({"Syrian Democratic Forces:ORG"}));
  EXPECT_EQ(names("A statement from the Russian Foreign Ministry followed."),
            Strings({"Russian:NORP", "Foreign Ministry:ORG"}));
  EXPECT_EQ(names("Soldiers sent by the Kenyan Defence Ministry crossed the border."),
            Strings({"Kenyan:NORP", "Defence Ministry:ORG"}));
}

// A plural organisation word heads an organisation too.
TEST(EntityGeneralisation, PluralOrganisationWords) {
  EXPECT_EQ(names("Delegates of the Regional Olympic Committees met."),
            Strings({"Regional Olympic Committees:ORG"}));
}

// Unknown places from their context: a place noun after the name or before "of", "-based".
TEST(EntityGeneralisation, UnknownPlacesByContext) {
  EXPECT_EQ(names("Rescuers reached Barangay Lomot village before dawn."),
            Strings({"Barangay Lomot:PLACE"}));
  EXPECT_EQ(names("Fighting spread across the Qandala district on Friday."),
            Strings({"Qandala:PLACE"}));
  EXPECT_EQ(names("About 300 families lived in the fishing community of Tabuk."),
            Strings({"Tabuk:PLACE"}));
  EXPECT_EQ(names("A Kismayo-based militia denied it."), Strings({"Kismayo:PLACE"}));
}

// The Arabic article belongs to the name; the name is labelled as its word would be.
TEST(EntityGeneralisation, ArabicArticleParticles) {
  EXPECT_EQ(names("Militants of al-Shabab attacked a base."), Strings({"al-Shabab:ORG"}));
  EXPECT_EQ(names("The spokesman said el-Baradei would return."),
            Strings({"el-Baradei:PERSON"}));
  EXPECT_EQ(names("Leaders Of Al-Shabab Meet\n\nLeaders of al-Shabab met on Monday."),
            Strings({"Al-Shabab:ORG", "al-Shabab:ORG"}));
}

// In a title-case headline two lexicon names side by side stay two names, not one person.
TEST(EntityGeneralisation, HeadlineLexiconNamesStaySeparate) {
  EXPECT_EQ(names("Major Somali Islamic Official Arrested in Kenya\n\nHe was held."),
            Strings({"Somali:NORP", "Islamic:NORP", "Kenya:PLACE"}));
  // ... but an organisation's name with its nationality word stays whole, as in body text.
  EXPECT_EQ(names("Philippine Red Cross Sends Rescuers to Leyte\n\nThey left."),
            Strings({"Philippine Red Cross:ORG", "Leyte:PLACE"}));
}

// Greek or Cyrillic words are no organisation by default; context still labels them.
TEST(EntityGeneralisation, GreekAndCyrillicNamesAreNotOrganisationsByDefault) {
  EXPECT_EQ(names("The letter was signed Ξανθόπουλος and dated."), Strings({}));
  EXPECT_EQ(names("The word Путин appeared on the banner."), Strings({}));
  EXPECT_EQ(names("He stayed in Αθήνα on Monday."), Strings({"Αθήνα:PLACE"}));
  EXPECT_EQ(names("“Enough,” said Ξανθόπουλος."), Strings({"Ξανθόπουλος:PERSON"}));
}

}  // namespace
}  // namespace ann
