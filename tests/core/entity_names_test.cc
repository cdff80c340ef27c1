// PERSON, ORG, PLACE and NORP mentions: spans (no titles, no "the", possessives split) and
// labels, on sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entity_test_util.h"

namespace ann {
namespace {

// "Serbia:PLACE", ... for every name mention (dates and quantities left out).
std::vector<std::string> names(const std::string& text) { return labelled_mentions(text, true); }

using Strings = std::vector<std::string>;

TEST(EntityNames, SentenceInitialCommonWordsAreNoNames) {
  EXPECT_EQ(names("However, Serbia denied it. The Czech company agreed. Ammunition was sent."),
            Strings({"Serbia:PLACE", "Czech:NORP"}));
  EXPECT_EQ(names("Meanwhile the ministry said nothing. It’s late."), Strings({}));
}

TEST(EntityNames, TitlesAreDropped) {
  EXPECT_EQ(names("Prime Minister Hun Sen met Mr. Mam Sonando and judge Kong Saet."),
            Strings({"Hun Sen:PERSON", "Mam Sonando:PERSON", "Kong Saet:PERSON"}));
  EXPECT_EQ(names("Russian Foreign Minister Sergei Lavrov spoke."),
            Strings({"Russian:NORP", "Sergei Lavrov:PERSON"}));
}

TEST(EntityNames, PossessivesSplitNestedNames) {
  EXPECT_EQ(names("The media office of Russia’s Foreign Intelligence Service (SVR) said so."),
            Strings({"Russia:PLACE", "Foreign Intelligence Service:ORG", "SVR:ORG"}));
}

TEST(EntityNames, OrganisationsByTheirHeadWord) {
  EXPECT_EQ(names("He leads the Association of Free Labor Union Workers in Phnom Penh."),
            Strings({"Association of Free Labor Union Workers:ORG", "Phnom Penh:PLACE"}));
  EXPECT_EQ(names("She joined the Movement for Democratic Change and the Ghana Health Service."),
            Strings({"Movement for Democratic Change:ORG", "Ghana Health Service:ORG"}));
  // "and" between two places is no part of a name.
  EXPECT_EQ(names("It was assembled in the Czech Republic and Bulgaria."),
            Strings({"Czech Republic:PLACE", "Bulgaria:PLACE"}));
}

TEST(EntityNames, PlacesByContextAndWord) {
  EXPECT_EQ(names("The factory in Valjevo sent kits to Herat Province."),
            Strings({"Valjevo:PLACE", "Herat Province:PLACE"}));
  EXPECT_EQ(names("He spoke in Washington, D.C., on the plan."),
            Strings({"Washington, D.C.:PLACE"}));
}

TEST(EntityNames, NationalitiesAndGroups) {
  EXPECT_EQ(names("Iranian-Americans and Western diplomats met Marxist rebels."),
            Strings({"Iranian-Americans:NORP", "Western:NORP", "Marxist:NORP"}));
}

TEST(EntityNames, DiacriticsAndParticles) {
  EXPECT_EQ(names("Jarosław Kaczyński met Humberto de la Calle and José Luis Carballido."),
            Strings({"Jarosław Kaczyński:PERSON", "Humberto de la Calle:PERSON",
                     "José Luis Carballido:PERSON"}));
}

TEST(EntityNames, TitleCaseAndAllCapsHeadlines) {
  EXPECT_EQ(names("Cambodia Court Indicts Four More Border Activists\n\nThe court acted."),
            Strings({"Cambodia:PLACE"}));
  EXPECT_EQ(names("US Dismisses Iranian Spy Charges as Absurd\n\nOfficials spoke."),
            Strings({"US:PLACE", "Iranian:NORP"}));
  EXPECT_EQ(names("SERBIA DENIES ARMS EXPORTS TO UKRAINE\n\nBelgrade said no."),
            Strings({"SERBIA:PLACE", "UKRAINE:PLACE", "Belgrade:PLACE"}));
}

TEST(EntityNames, TreatiesAndFacilitiesAreNotTagged) {
  EXPECT_EQ(names("Vietnam signed the Supplemental Border Treaty. He is held in Evin prison."),
            Strings({"Vietnam:PLACE"}));
}

TEST(EntityNames, TwoOrganisationsJoinedByAndAreTwoNames) {
  EXPECT_EQ(names("Researchers at the University of Nairobi and Stanford University agreed."),
            Strings({"University of Nairobi:ORG", "Stanford University:ORG"}));
  EXPECT_EQ(names("Flights on Kenya Airways and Ethiopian Airlines resumed."),
            Strings({"Kenya Airways:ORG", "Ethiopian Airlines:ORG"}));
  EXPECT_EQ(names("Shares of Toyota Motor Corp. and Honda Motor Co. rose."),
            Strings({"Toyota Motor Corp.:ORG", "Honda Motor Co.:ORG"}));
  // One name with "and" inside stays whole: the right side is one word.
  EXPECT_EQ(names("He spoke for the Department of Trade and Customs on Monday."),
            Strings({"Department of Trade and Customs:ORG"}));
}

TEST(EntityNames, KnownNamesKeepTheirOwnAnd) {
  // Country names from the gazetteer with "and" inside, side by side with another "and".
  EXPECT_EQ(names("Envoys from Bosnia and Herzegovina and Trinidad and Tobago met on Monday."),
            Strings({"Bosnia and Herzegovina:PLACE", "Trinidad and Tobago:PLACE"}));
  // Two unknown places are still two names.
  EXPECT_EQ(names("Troops moved between Czech Republic and Bulgaria."),
            Strings({"Czech Republic:PLACE", "Bulgaria:PLACE"}));
}

TEST(EntityNames, PeoplesPossessiveInsideAnOrganisationName) {
  EXPECT_EQ(names("Fighters of the Lord’s Resistance Army fled."),
            Strings({"Lord’s Resistance Army:ORG"}));
  EXPECT_EQ(names("The Sudan People's Liberation Movement and the Uganda People’s Defence Force met."),
            Strings({"Sudan People's Liberation Movement:ORG", "Uganda People’s Defence Force:ORG"}));
  // A place's possessive still splits, and a people word before a common noun joins nothing.
  EXPECT_EQ(names("Officials at Russia’s Foreign Ministry said the People’s plan failed."),
            Strings({"Russia:PLACE", "Foreign Ministry:ORG"}));
}

TEST(EntityNames, NationalityBeforeAnOrganisationHeadedBeforeOf) {
  EXPECT_EQ(names("He appealed to the European Court of Human Rights in May."),
            Strings({"European Court of Human Rights:ORG"}));
}

}  // namespace
}  // namespace ann
