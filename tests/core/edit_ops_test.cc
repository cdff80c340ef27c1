// Edit operations (core/editing/edits.h): each one's effect on entities, groups and claims,
// and its checks (a rejected edit leaves the document untouched).
#include "editing/edits.h"

#include <gtest/gtest.h>

#include <string>

#include "test_spans.h"

namespace ann {
namespace {

// Sentences written for these tests.
constexpr std::string_view kText =
    "Aleksandar Vučić said on Monday that Serbia would not sell arms 😀. "
    "Vučić’s office denied it, the Krušik factory said.";

// The byte span of the nth occurrence of `needle`.
Span span_of(std::string_view needle, int nth = 0) { return span_in(kText, needle, nth); }

// An "auto" document as the finders would give it:
//   g1 PERSON "Aleksandar Vučić" (e2, e3 "Vučić"), g4 PLACE "Serbia" (e5), g6 ORG "Krušik"
//   (e7), claim c8: Aleksandar Vučić / said / Serbia would not sell arms.
Document sample() {
  Document d;
  d.text = std::string(kText);
  d.groups = {{1, "Aleksandar Vučić", Label::Person, Origin::Auto},
              {4, "Serbia", Label::Place, Origin::Auto},
              {6, "Krušik", Label::Org, Origin::Auto}};
  d.entities = {{2, span_of("Aleksandar Vučić"), Label::Person, 1, Origin::Auto},
                {5, span_of("Serbia"), Label::Place, 4, Origin::Auto},
                {3, span_of("Vučić", 1), Label::Person, 1, Origin::Auto},
                {7, span_of("Krušik"), Label::Org, 6, Origin::Auto}};
  Claim c;
  c.id = 8;
  c.source = span_of("Aleksandar Vučić");
  c.source_group = 1;
  c.cue = span_of("said");
  c.content = span_of("Serbia would not sell arms");
  d.claims = {c};
  return d;
}

const Entity* entity_at(const Document& d, Span s) {
  for (const Entity& e : d.entities) {
    if (e.span == s) return &e;
  }
  return nullptr;
}

TEST(EditOps, AddEntityCreatesAManualGroupNamedAfterTheSpan) {
  Document d = sample();
  ChangeSet applied;
  ASSERT_TRUE(apply_edit(d, AddEntity{span_of("Monday"), Label::Date}, &applied).ok());
  const Entity* e = entity_at(d, span_of("Monday"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->label, Label::Date);
  EXPECT_EQ(e->origin, Origin::Manual);
  const EntityGroup* g = d.find_group(e->group);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->canonical, "Monday");
  EXPECT_EQ(g->origin, Origin::Manual);
  EXPECT_EQ(applied.description, "add DATE “Monday”");
  // Sorted by start: Monday comes between "Aleksandar Vučić" and "Serbia".
  EXPECT_EQ(d.entities[1].span, span_of("Monday"));
  EXPECT_GT(e->id, 8u);   // a fresh id above every id in use
}

TEST(EditOps, AddEntityJoinsTheGroupWithTheSameNormalisedTextAndLabel) {
  Document d = sample();
  // "Vučić’s" normalises to "vučić", the text of e3, a mention of g1.
  Span with_possessive = span_of("Vučić’s");
  ASSERT_TRUE(apply_edit(d, AddEntity{with_possessive, Label::Person}).ok());
  EXPECT_EQ(entity_at(d, with_possessive)->group, 1u);
  EXPECT_EQ(d.groups.size(), 3u);
  // Other text: a new group.
  ASSERT_TRUE(apply_edit(d, AddEntity{span_of("Krušik factory"), Label::Org}).ok());
  EXPECT_NE(entity_at(d, span_of("Krušik factory"))->group, 6u);
  EXPECT_EQ(d.groups.size(), 4u);
}

TEST(EditOps, AddEntityWithTheSameTextButAnotherLabelMakesAnotherGroup) {
  Document d;
  d.text = "Jordan met Jordan.";
  ASSERT_TRUE(apply_edit(d, AddEntity{{0, 6}, Label::Person}).ok());
  ASSERT_TRUE(apply_edit(d, AddEntity{{11, 17}, Label::Place}).ok());
  ASSERT_EQ(d.groups.size(), 2u);
  EXPECT_NE(d.entities[0].group, d.entities[1].group);
  d.text = "Jordan met JORDAN.";
  ASSERT_TRUE(apply_edit(d, DeleteEntity{d.entities[1].id}).ok());
  ASSERT_TRUE(apply_edit(d, AddEntity{{11, 17}, Label::Person}).ok());
  EXPECT_EQ(d.entities[0].group, d.entities[1].group);   // case folded
}

TEST(EditOps, BadSpansAreRejectedAndTheDocumentIsUntouched) {
  Document d = sample();
  const std::string before = annotations_listing(d);
  const uint32_t size = static_cast<uint32_t>(kText.size());
  Span vucic = span_of("Vučić");
  struct Case {
    Span span;
    std::string message;
  } cases[] = {
      {{size - 2, size + 5}, "ends past the end of the text"},
      {{size + 1, size + 3}, "ends past the end of the text"},
      {{7, 7}, "is empty"},
      {{9, 3}, "is empty"},
      {{vucic.begin + 3, vucic.end}, "starts inside a UTF-8 character"},   // inside "č"
      {{vucic.begin, vucic.end - 1}, "ends inside a UTF-8 character"},     // inside "ć"
      {{span_of("😀").begin + 2, span_of("😀").end}, "starts inside a UTF-8 character"},
      {{span_of("😀").begin, span_of("😀").end - 1}, "ends inside a UTF-8 character"},
  };
  for (const Case& c : cases) {
    Status s = apply_edit(d, AddEntity{c.span, Label::Person});
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("entity span"), std::string::npos) << s.message();
    EXPECT_EQ(annotations_listing(d), before);
  }
  Status dup = apply_edit(d, AddEntity{span_of("Serbia"), Label::Org});
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.message(), "“Serbia” is already an entity (PLACE): relabel it instead");
  // The emoji itself is a valid span (4 bytes).
  EXPECT_TRUE(apply_edit(d, AddEntity{span_of("😀"), Label::Quantity}).ok());
}

TEST(EditOps, UnknownIdsAreRejected) {
  Document d = sample();
  const std::string before = annotations_listing(d);
  EXPECT_EQ(apply_edit(d, DeleteEntity{99}).message(), "entity e99 does not exist");
  EXPECT_EQ(apply_edit(d, RelabelEntity{4, Label::Org}).message(), "entity e4 does not exist");
  EXPECT_EQ(apply_edit(d, SplitMention{99}).message(), "entity e99 does not exist");
  EXPECT_EQ(apply_edit(d, MergeGroups{1, 99}).message(), "group g99 does not exist");
  EXPECT_EQ(apply_edit(d, MergeGroups{1, 1}).message(), "cannot merge group g1 with itself");
  EXPECT_EQ(apply_edit(d, RenameGroup{2, "x"}).message(), "group g2 does not exist");
  EXPECT_EQ(apply_edit(d, DeleteClaim{1}).message(), "claim c1 does not exist");
  Claim ghost;
  ghost.id = 42;
  ghost.content = span_of("arms");
  EXPECT_EQ(apply_edit(d, EditClaim{ghost}).message(), "claim c42 does not exist");
  EXPECT_EQ(annotations_listing(d), before);
}

TEST(EditOps, DeletingTheLastMentionRemovesTheGroupAndUnlinksClaims) {
  Document d = sample();
  ASSERT_TRUE(apply_edit(d, DeleteEntity{3}).ok());
  EXPECT_NE(d.find_group(1), nullptr);            // "Aleksandar Vučić" is still a mention
  EXPECT_EQ(d.claims[0].source_group, 1u);
  ASSERT_TRUE(apply_edit(d, DeleteEntity{2}).ok());
  EXPECT_EQ(d.find_group(1), nullptr);
  EXPECT_EQ(d.claims[0].source_group, kNoId);
  EXPECT_TRUE(d.claims[0].source.has_value());    // the source span itself stays
}

TEST(EditOps, DeletingTheMentionThatNamedTheGroupRenamesItToTheLongestLeft) {
  Document d = sample();
  ASSERT_TRUE(apply_edit(d, DeleteEntity{2}).ok());   // "Aleksandar Vučić"
  EXPECT_EQ(d.find_group(1)->canonical, "Vučić");
  // A manual name that no mention carries stays.
  Document renamed = sample();
  ASSERT_TRUE(apply_edit(renamed, RenameGroup{1, "President Vučić"}).ok());
  ASSERT_TRUE(apply_edit(renamed, DeleteEntity{2}).ok());
  EXPECT_EQ(renamed.find_group(1)->canonical, "President Vučić");
}

TEST(EditOps, RelabelOneMentionMovesItOutOfItsGroup) {
  Document d = sample();
  ASSERT_TRUE(apply_edit(d, RelabelEntity{3, Label::Org}).ok());
  const Entity* e = entity_at(d, span_of("Vučić", 1));
  EXPECT_EQ(e->label, Label::Org);
  EXPECT_EQ(e->origin, Origin::Manual);
  EXPECT_NE(e->group, 1u);
  EXPECT_EQ(d.find_group(e->group)->label, Label::Org);
  EXPECT_EQ(d.find_group(1)->label, Label::Person);       // the rest is untouched
  EXPECT_EQ(entity_at(d, span_of("Aleksandar Vučić"))->label, Label::Person);
}

TEST(EditOps, RelabelWholeGroupChangesEveryMention) {
  Document d = sample();
  ASSERT_TRUE(apply_edit(d, RelabelEntity{3, Label::Org, /*whole_group=*/true}).ok());
  for (const Entity& e : d.entities) {
    if (e.group == 1) {
      EXPECT_EQ(e.label, Label::Org);
      EXPECT_EQ(e.origin, Origin::Manual);
    }
  }
  EXPECT_EQ(d.find_group(1)->label, Label::Org);
  EXPECT_EQ(d.find_group(1)->origin, Origin::Manual);
  // A lone mention relabels its group too: "Serbia" alone in g4.
  ASSERT_TRUE(apply_edit(d, RelabelEntity{5, Label::Org}).ok());
  EXPECT_EQ(d.find_group(4)->label, Label::Org);
}

TEST(EditOps, RelabelJoinsTheGroupOfTheNewLabelWithTheSameName) {
  Document d;
  d.text = "Jordan said Jordan would win.";
  d.groups = {{1, "Jordan", Label::Person, Origin::Auto}, {3, "Jordan", Label::Place, Origin::Auto}};
  d.entities = {{2, {0, 6}, Label::Person, 1, Origin::Auto}, {4, {12, 18}, Label::Place, 3, Origin::Auto}};
  Claim c;
  c.id = 5;
  c.source = Span{0, 6};
  c.source_group = 1;
  c.content = Span{12, 28};
  d.claims = {c};
  ASSERT_TRUE(apply_edit(d, RelabelEntity{2, Label::Place}).ok());
  EXPECT_EQ(d.entities[0].label, Label::Place);
  EXPECT_EQ(d.entities[0].group, 3u);
  EXPECT_EQ(d.find_group(1), nullptr);        // emptied, removed
  EXPECT_EQ(d.claims[0].source_group, 3u);    // the claim followed its source
  EXPECT_EQ(d.groups.size(), 1u);
}

TEST(EditOps, MergeKeepsTheLongestNameAndRelinksClaims) {
  Document d = sample();
  ASSERT_TRUE(apply_edit(d, SplitMention{3}).ok());   // "Vučić" into a group of its own
  Id vucic_group = entity_at(d, span_of("Vučić", 1))->group;
  ASSERT_NE(vucic_group, 1u);
  EXPECT_EQ(d.find_group(vucic_group)->canonical, "Vučić");
  // Point the claim at the short group, then merge the full-name group into it.
  Claim c = d.claims[0];
  c.source_group = vucic_group;
  ASSERT_TRUE(apply_edit(d, EditClaim{c}).ok());
  ChangeSet applied;
  ASSERT_TRUE(apply_edit(d, MergeGroups{vucic_group, 1}, &applied).ok());
  EXPECT_EQ(d.find_group(1), nullptr);
  const EntityGroup* merged = d.find_group(vucic_group);
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(merged->canonical, "Aleksandar Vučić");   // longest full form
  EXPECT_EQ(merged->origin, Origin::Manual);
  EXPECT_EQ(entity_at(d, span_of("Aleksandar Vučić"))->group, vucic_group);
  EXPECT_EQ(d.claims[0].source_group, vucic_group);
  EXPECT_EQ(applied.description, "merge “Aleksandar Vučić” into “Vučić”");
}

TEST(EditOps, MergeGivesAbsorbedMentionsTheKeptLabel) {
  Document d = sample();
  ASSERT_TRUE(apply_edit(d, MergeGroups{6, 4}).ok());   // Serbia (PLACE) into Krušik (ORG)
  EXPECT_EQ(entity_at(d, span_of("Serbia"))->label, Label::Org);
  EXPECT_EQ(entity_at(d, span_of("Serbia"))->group, 6u);
  EXPECT_EQ(d.find_group(6)->canonical, "Krušik");   // tie (6 code points each): keep's name
}

TEST(EditOps, SplitRefusesAMentionAlreadyAlone) {
  Document d = sample();
  Status s = apply_edit(d, SplitMention{5});
  EXPECT_EQ(s.message(), "“Serbia” is already the only mention of its group");
}

TEST(EditOps, RenameTrimsAndRejectsEmptyOrInvalidNames) {
  Document d = sample();
  ASSERT_TRUE(apply_edit(d, RenameGroup{6, "  Krušik Valjevo \n"}).ok());
  EXPECT_EQ(d.find_group(6)->canonical, "Krušik Valjevo");
  EXPECT_EQ(d.find_group(6)->origin, Origin::Manual);
  EXPECT_EQ(apply_edit(d, RenameGroup{6, " \t "}).message(), "a group name cannot be empty");
  EXPECT_EQ(apply_edit(d, RenameGroup{6, "Kru\xC5"}).message(),
            "the group name is not valid UTF-8");
  EXPECT_EQ(d.find_group(6)->canonical, "Krušik Valjevo");
}

TEST(EditOps, AddClaimLinksTheSourceToTheMentionInsideIt) {
  Document d = sample();
  AddClaim add;
  add.source = span_of("the Krušik factory");
  add.cue = span_of("said", 1);
  add.content = span_of("Vučić’s office denied it");
  add.kind = ClaimKind::Indirect;
  ASSERT_TRUE(apply_edit(d, add).ok());
  ASSERT_EQ(d.claims.size(), 2u);
  const Claim& c = d.claims[1];   // sorted by content start: after "Serbia would ..."
  EXPECT_EQ(c.content, span_of("Vučić’s office denied it"));
  EXPECT_EQ(c.source_group, 6u);
  EXPECT_EQ(c.origin, Origin::Manual);
}

TEST(EditOps, AddClaimChecksEverySpanAndTheGroup) {
  Document d = sample();
  AddClaim add;
  add.content = span_of("Serbia would not sell arms");
  add.cue = Span{span_of("said").begin, static_cast<uint32_t>(kText.size() + 1)};
  EXPECT_NE(apply_edit(d, add).message().find("claim cue span"), std::string::npos);
  add.cue.reset();
  add.source = Span{span_of("Vučić").begin + 1, span_of("Vučić").end};   // "uči..." fine?
  EXPECT_TRUE(check_span(d, *add.source, "x").ok());                      // 'u' is ASCII
  add.source = Span{span_of("Vučić").begin + 3, span_of("Vučić").end};
  EXPECT_EQ(apply_edit(d, add).message(),
            "claim source span " + std::to_string(add.source->begin) + ".." +
                std::to_string(add.source->end) + " starts inside a UTF-8 character");
  add.source.reset();
  add.source_group = 77;
  EXPECT_EQ(apply_edit(d, add).message(), "source group g77 does not exist");
  EXPECT_EQ(d.claims.size(), 1u);
}

TEST(EditOps, EditClaimChangesFieldsAndResortsByContent) {
  Document d = sample();
  AddClaim add;
  add.content = span_of("office denied it");
  add.stance = ClaimStance::Deny;
  ASSERT_TRUE(apply_edit(d, add).ok());
  Claim first = d.claims[0];
  EXPECT_EQ(first.id, 8u);
  first.kind = ClaimKind::Direct;
  first.stance = ClaimStance::Deny;
  first.cue.reset();
  first.content = span_of("factory");   // now after the other claim's content
  ASSERT_TRUE(apply_edit(d, EditClaim{first}).ok());
  ASSERT_EQ(d.claims.size(), 2u);
  EXPECT_EQ(d.claims[1].id, 8u);
  EXPECT_EQ(d.claims[1].kind, ClaimKind::Direct);
  EXPECT_EQ(d.claims[1].stance, ClaimStance::Deny);
  EXPECT_FALSE(d.claims[1].cue.has_value());
  EXPECT_EQ(d.claims[1].origin, Origin::Manual);
  ASSERT_TRUE(apply_edit(d, DeleteClaim{8}).ok());
  EXPECT_EQ(d.claims.size(), 1u);
}

TEST(EditOps, GroupKeyNormalisesCaseSpacesApostrophesAndPossessives) {
  EXPECT_EQ(group_key("Vučić’s"), "vučić");
  EXPECT_EQ(group_key("Vučić's"), "vučić");
  EXPECT_EQ(group_key("  the\u00A0 NATO\n"), "the nato");
  EXPECT_EQ(group_key("ministers’"), "ministers");
  EXPECT_EQ(group_key("O’Brien"), "o'brien");
  EXPECT_EQ(group_key("s"), "s");
  EXPECT_EQ(group_key("'s"), "'s");   // nothing left to be possessive of
}

}  // namespace
}  // namespace ann
