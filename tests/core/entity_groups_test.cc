// Entity groups: one group per real-world entity, with its canonical (longest) name, and
// labels made consistent; a newsroom dictionary takes precedence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/entity_finder.h"

namespace ann {
namespace {

struct Found {
  Document doc;
  // The mention whose text is `s` (the n-th one), or nullptr.
  const Entity* mention(std::string_view s, int nth = 0) const {
    for (const Entity& e : doc.entities) {
      if (doc.span_text(e.span) == s && nth-- == 0) return &e;
    }
    return nullptr;
  }
  std::string canonical(std::string_view s, int nth = 0) const {
    const Entity* e = mention(s, nth);
    const EntityGroup* g = e ? doc.find_group(e->group) : nullptr;
    return g ? g->canonical : "(none)";
  }
  bool same_group(std::string_view a, std::string_view b) const {
    const Entity* x = mention(a);
    const Entity* y = mention(b);
    return x && y && x->group == y->group;
  }
};

Found find(const std::string& text, const Dictionary* dictionary = nullptr) {
  AnalyzedText analyzed = analyze_text(text);
  Found f;
  f.doc.text = analyzed.text;
  find_entities(analyzed, dictionary, f.doc);
  return f;
}

TEST(EntityGroups, DiacriticInsensitiveSurnames) {
  Found f = find("Serbian President Aleksandar Vučić spoke. Vučić said the report was false. "
                 "Critics of Vucic disagreed.");
  ASSERT_NE(f.mention("Vucic"), nullptr);
  EXPECT_TRUE(f.same_group("Aleksandar Vučić", "Vučić"));
  EXPECT_TRUE(f.same_group("Aleksandar Vučić", "Vucic"));
  EXPECT_EQ(f.canonical("Vucic"), "Aleksandar Vučić");
  EXPECT_EQ(f.mention("Vucic")->label, Label::Person);
}

TEST(EntityGroups, ShortMentionTakesTheFullNamesLabel) {
  // Alone, "Santos" would be a guess; the full name makes it a person.
  Found f = find("President Juan Manuel Santos spoke in Bogota. Santos said peace was near.");
  ASSERT_NE(f.mention("Santos"), nullptr);
  EXPECT_EQ(f.mention("Santos")->label, Label::Person);
  EXPECT_TRUE(f.same_group("Juan Manuel Santos", "Santos"));
}

TEST(EntityGroups, AcronymsInParenthesesAndByInitials) {
  Found f = find("Russia’s Foreign Intelligence Service (SVR) said so. The SVR added more. "
                 "The Movement for Democratic Change won. MDC leaders celebrated.");
  EXPECT_TRUE(f.same_group("Foreign Intelligence Service", "SVR"));
  EXPECT_EQ(f.canonical("SVR", 1), "Foreign Intelligence Service");
  EXPECT_TRUE(f.same_group("Movement for Democratic Change", "MDC"));
  EXPECT_FALSE(f.same_group("Russia", "SVR"));
}

TEST(EntityGroups, WashingtonPersonOrPlaceByContext) {
  Found f = find("George Washington led the army. Washington said it would win. "
                 "Later he lived in Washington.");
  EXPECT_EQ(f.mention("Washington", 0)->label, Label::Person);
  EXPECT_EQ(f.mention("Washington", 1)->label, Label::Place);
}

TEST(EntityGroups, OrganisationPrefixJoinsTheFullName) {
  Found f = find("Techiman Eleven Wonders FC lost. Fans of Techiman Eleven Wonders were angry.");
  ASSERT_NE(f.mention("Techiman Eleven Wonders"), nullptr);
  EXPECT_EQ(f.mention("Techiman Eleven Wonders")->label, Label::Org);
  EXPECT_TRUE(f.same_group("Techiman Eleven Wonders FC", "Techiman Eleven Wonders"));
}

TEST(EntityGroups, DictionaryNamesWinAndShareAGroup) {
  Dictionary dictionary;
  dictionary.entries.push_back({"Policske Strojirny", Label::Org, {"PS"}});
  dictionary.entries.push_back({"Valjevo", Label::Org, {}});   // a newsroom's own call
  Found f = find("Policske Strojirny bought kits. PS said the Valjevo deal was done.",
                 &dictionary);
  ASSERT_NE(f.mention("PS"), nullptr);
  EXPECT_EQ(f.mention("PS")->label, Label::Org);
  EXPECT_TRUE(f.same_group("Policske Strojirny", "PS"));
  EXPECT_EQ(f.canonical("PS"), "Policske Strojirny");
  EXPECT_EQ(f.mention("Valjevo")->label, Label::Org);
}

TEST(EntityGroups, ExistingAnnotationsWinOverlaps) {
  std::string text = "Hun Sen met officials in Phnom Penh.";
  AnalyzedText analyzed = analyze_text(text);
  Document doc;
  doc.text = text;
  doc.groups.push_back(EntityGroup{1, "Phnom Penh Municipality", Label::Org, Origin::Manual});
  doc.entities.push_back(Entity{2, Span{25, 35}, Label::Org, 1, Origin::Manual});
  find_entities(analyzed, nullptr, doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.span_text(doc.entities[0].span), "Hun Sen");
  EXPECT_EQ(doc.entities[1].origin, Origin::Manual);
  EXPECT_EQ(doc.entities[1].label, Label::Org);
  // Fresh ids never collide with existing ones.
  EXPECT_GT(doc.entities[0].id, 2u);
  EXPECT_GT(doc.entities[0].group, 2u);
}

}  // namespace
}  // namespace ann
