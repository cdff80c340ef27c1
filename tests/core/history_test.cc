// History (core/editing/history.h): undo/redo of every kind of edit restores the exact
// annotations, the redo branch, the capacity, and re-annotation as one undoable step.
#include "editing/history.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "editing/reannotate.h"

#include "test_spans.h"

namespace ann {
namespace {

// Written for these tests.
constexpr std::string_view kText =
    "Ana Brnabić told RTS on Tuesday that the Krušik plant in Valjevo 😀 employs 3,000 "
    "people. Brnabić denied it later.";

Span span_of(std::string_view needle, int nth = 0) { return span_in(kText, needle, nth); }

Document sample() {
  Document d;
  d.text = std::string(kText);
  d.groups = {{1, "Ana Brnabić", Label::Person, Origin::Auto}, {3, "Krušik", Label::Org, Origin::Auto}};
  d.entities = {{2, span_of("Ana Brnabić"), Label::Person, 1, Origin::Auto},
                {4, span_of("Krušik"), Label::Org, 3, Origin::Auto},
                {5, span_of("Brnabić", 1), Label::Person, 1, Origin::Auto}};
  Claim c;
  c.id = 6;
  c.source = span_of("Ana Brnabić");
  c.source_group = 1;
  c.cue = span_of("told");
  c.content = span_of("the Krušik plant in Valjevo 😀 employs 3,000 people");
  d.claims = {c};
  return d;
}

// One edit of each kind, each valid on the document the previous ones leave.
std::vector<Edit> every_kind_of_edit() {
  Claim edited;
  edited.id = 6;
  edited.source = span_of("Ana Brnabić");
  edited.source_group = 1;
  edited.content = span_of("the Krušik plant in Valjevo 😀 employs 3,000 people");
  edited.kind = ClaimKind::Direct;
  edited.stance = ClaimStance::Deny;
  AddClaim add_claim;
  add_claim.content = span_of("it later");
  add_claim.source = span_of("Brnabić", 1);
  add_claim.cue = span_of("denied");
  add_claim.stance = ClaimStance::Deny;
  return {
      AddEntity{span_of("Tuesday"), Label::Date},
      AddEntity{span_of("Valjevo"), Label::Place},
      AddEntity{span_of("3,000"), Label::Quantity},
      AddEntity{span_of("RTS"), Label::Org},
      RelabelEntity{4, Label::Place},
      RelabelEntity{4, Label::Org, true},
      SplitMention{5},
      RenameGroup{3, "Krušik Valjevo"},
      EditClaim{edited},
      add_claim,
      MergeGroups{1, kNoId},   // kNoId: the group SplitMention made (see below)
      DeleteEntity{2},
      DeleteClaim{6},
  };
}

TEST(History, UndoAndRedoRestoreEveryStateExactly) {
  Document d = sample();
  History h;
  std::vector<std::string> states = {annotations_listing(d)};
  for (const Edit& edit : every_kind_of_edit()) {
    Edit e = edit;
    if (auto* merge = std::get_if<MergeGroups>(&e); merge && merge->absorb == kNoId) {
      for (const Entity& m : d.entities) {
        if (m.span == span_of("Brnabić", 1)) merge->absorb = m.group;
      }
    }
    Status s = h.apply(d, e);
    ASSERT_TRUE(s.ok()) << s.message();
    ASSERT_NE(annotations_listing(d), states.back()) << "edit changed nothing";
    states.push_back(annotations_listing(d));
  }
  ASSERT_EQ(h.undo_count(), states.size() - 1);
  for (size_t i = states.size() - 1; i-- > 0;) {
    ASSERT_TRUE(h.undo(d));
    EXPECT_EQ(annotations_listing(d), states[i]) << "after undoing edit " << i;
  }
  EXPECT_FALSE(h.undo(d));
  for (size_t i = 1; i < states.size(); ++i) {
    ASSERT_TRUE(h.redo(d));
    EXPECT_EQ(annotations_listing(d), states[i]) << "after redoing edit " << i - 1;
  }
  EXPECT_FALSE(h.redo(d));
}

TEST(History, ANewEditAfterUndoDropsTheRedoBranch) {
  Document d = sample();
  History h;
  ASSERT_TRUE(h.apply(d, AddEntity{span_of("Tuesday"), Label::Date}).ok());
  ASSERT_TRUE(h.apply(d, AddEntity{span_of("Valjevo"), Label::Place}).ok());
  ASSERT_TRUE(h.undo(d));
  EXPECT_TRUE(h.can_redo());
  EXPECT_EQ(h.redo_description(), "add PLACE “Valjevo”");
  ASSERT_TRUE(h.apply(d, AddEntity{span_of("RTS"), Label::Org}).ok());
  EXPECT_FALSE(h.can_redo());
  EXPECT_EQ(h.redo_description(), "");
  EXPECT_EQ(h.undo_description(), "add ORG “RTS”");
  EXPECT_EQ(h.undo_count(), 2u);
}

TEST(History, RejectedAndEmptyEditsAreNotRecorded) {
  Document d = sample();
  History h;
  EXPECT_FALSE(h.apply(d, DeleteEntity{99}).ok());
  EXPECT_TRUE(h.apply(d, RelabelEntity{4, Label::Org, true}).ok());   // becomes manual: recorded
  EXPECT_EQ(h.undo_count(), 1u);
  EXPECT_TRUE(h.apply(d, RelabelEntity{4, Label::Org, true}).ok());   // already so: nothing
  EXPECT_EQ(h.undo_count(), 1u);
}

TEST(History, TheCapacityForgetsTheOldestEdits) {
  Document d = sample();
  History h(2);
  ASSERT_TRUE(h.apply(d, AddEntity{span_of("Tuesday"), Label::Date}).ok());
  ASSERT_TRUE(h.apply(d, AddEntity{span_of("Valjevo"), Label::Place}).ok());
  ASSERT_TRUE(h.apply(d, AddEntity{span_of("RTS"), Label::Org}).ok());
  EXPECT_EQ(h.undo_count(), 2u);
  EXPECT_TRUE(h.undo(d));
  EXPECT_TRUE(h.undo(d));
  EXPECT_FALSE(h.undo(d));
  EXPECT_EQ(d.entities.size(), 4u);   // Tuesday stays: its edit was forgotten
}

TEST(History, UndoPutsRecordsBackAmongEqualStarts) {
  // Two entities starting at the same byte: undoing the deletion of the first puts it first.
  Document d;
  d.text = "Krušik Valjevo";
  d.groups = {{1, "Krušik Valjevo", Label::Org, Origin::Auto}, {2, "Krušik", Label::Org, Origin::Auto}};
  d.entities = {{3, {0, 15}, Label::Org, 1, Origin::Auto}, {4, {0, 7}, Label::Org, 2, Origin::Auto}};
  const std::string before = annotations_listing(d);
  History h;
  ASSERT_TRUE(h.apply(d, DeleteEntity{3}).ok());
  ASSERT_TRUE(h.undo(d));
  EXPECT_EQ(annotations_listing(d), before);
}

TEST(History, RandomEditSequencesUndoToTheStart) {
  std::mt19937 rng(20261125);
  for (int round = 0; round < 30; ++round) {
    Document d = sample();
    const std::string start = annotations_listing(d);
    History h;
    for (int step = 0; step < 25; ++step) {
      std::uniform_int_distribution<uint32_t> pos(0, static_cast<uint32_t>(kText.size()));
      uint32_t a = pos(rng), b = pos(rng);
      Id some_entity = d.entities.empty() ? 1 : d.entities[rng() % d.entities.size()].id;
      Id some_group = d.groups.empty() ? 1 : d.groups[rng() % d.groups.size()].id;
      Id other_group = d.groups.empty() ? 1 : d.groups[rng() % d.groups.size()].id;
      Label label = static_cast<Label>(rng() % kLabelCount);
      Edit edit;
      switch (rng() % 8) {
        case 0: edit = AddEntity{{std::min(a, b), std::max(a, b)}, label}; break;
        case 1: edit = DeleteEntity{some_entity}; break;
        case 2: edit = RelabelEntity{some_entity, label, (rng() % 2) == 0}; break;
        case 3: edit = MergeGroups{some_group, other_group}; break;
        case 4: edit = SplitMention{some_entity}; break;
        case 5: edit = RenameGroup{some_group, "name " + std::to_string(step)}; break;
        case 6: {
          AddClaim c;
          c.content = {std::min(a, b), std::max(a, b)};
          edit = c;
          break;
        }
        default:
          edit = DeleteClaim{d.claims.empty() ? 1 : d.claims[rng() % d.claims.size()].id};
      }
      const std::string before = annotations_listing(d);
      if (!h.apply(d, edit).ok()) EXPECT_EQ(annotations_listing(d), before);
      // Invariants: entities sorted, every entity's group exists, claims' groups exist.
      for (size_t i = 1; i < d.entities.size(); ++i)
        ASSERT_LE(d.entities[i - 1].span.begin, d.entities[i].span.begin);
      for (const Entity& e : d.entities) ASSERT_NE(d.find_group(e.group), nullptr);
      for (const Claim& c : d.claims)
        ASSERT_TRUE(c.source_group == kNoId || d.find_group(c.source_group) != nullptr);
    }
    while (h.undo(d)) {
    }
    ASSERT_EQ(annotations_listing(d), start) << "round " << round;
  }
}

TEST(History, ReplacingAnnotationsIsOneUndoableStep) {
  Document d = sample();
  History h;
  ASSERT_TRUE(h.apply(d, AddEntity{span_of("Valjevo"), Label::Place}).ok());
  const std::string edited = annotations_listing(d);
  Document fresh = sample();   // a "new run" that finds the same as before
  Document merged;
  ASSERT_TRUE(reannotate(d, fresh, &merged).ok());
  ASSERT_TRUE(h.replace_annotations(d, merged, "re-run the finders").ok());
  EXPECT_EQ(h.undo_description(), "re-run the finders");
  ASSERT_TRUE(h.undo(d));
  EXPECT_EQ(annotations_listing(d), edited);
  Document other = d;
  other.text = "another text";
  EXPECT_FALSE(h.replace_annotations(d, other, "x").ok());
}

}  // namespace
}  // namespace ann
