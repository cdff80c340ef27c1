// reannotate (core/editing/reannotate.h): manual annotations survive a re-run of the
// finders, auto ones are replaced, overlaps resolved in favour of the manual ones.
#include "editing/reannotate.h"

#include <gtest/gtest.h>

#include <string>

#include "editing/edits.h"

#include "test_spans.h"

namespace ann {
namespace {

// Written for these tests.
constexpr std::string_view kText =
    "President Aleksandar Vučić said the Krušik factory in Valjevo sold shells. Vučić added "
    "that 😀 Belgrade knew nothing.";

Span span_of(std::string_view needle, int nth = 0) { return span_in(kText, needle, nth); }

Claim claim(Id id, std::string_view content, Origin origin, Id source_group = kNoId) {
  Claim c;
  c.id = id;
  c.content = span_of(content);
  c.source_group = source_group;
  c.origin = origin;
  return c;
}

// The user's document: "Vučić" (first) tagged by hand, Krušik auto, a manual claim.
Document edited() {
  Document d;
  d.text = std::string(kText);
  d.groups = {{1, "Vučić", Label::Person, Origin::Manual},
              {3, "Krušik", Label::Org, Origin::Auto},
              {5, "Valjevo", Label::Place, Origin::Auto}};
  d.entities = {{2, span_of("Vučić"), Label::Person, 1, Origin::Manual},
                {4, span_of("Krušik"), Label::Org, 3, Origin::Auto},
                {6, span_of("Valjevo"), Label::Place, 5, Origin::Auto}};
  d.claims = {claim(7, "the Krušik factory in Valjevo sold shells", Origin::Manual, 1)};
  return d;
}

// A new run: the full name (overlapping the manual "Vučić"), the second "Vučić", Krušik,
// Belgrade, and two claims, the first overlapping the manual one.
Document fresh_run() {
  Document d;
  d.text = std::string(kText);
  d.groups = {{1, "Aleksandar Vučić", Label::Person, Origin::Auto},
              {2, "Krušik", Label::Org, Origin::Auto},
              {3, "Belgrade", Label::Place, Origin::Auto}};
  d.entities = {{4, span_of("Aleksandar Vučić"), Label::Person, 1, Origin::Auto},
                {5, span_of("Krušik"), Label::Org, 2, Origin::Auto},
                {6, span_of("Vučić", 1), Label::Person, 1, Origin::Auto},
                {7, span_of("Belgrade"), Label::Place, 3, Origin::Auto}};
  d.claims = {claim(8, "Krušik factory in Valjevo", Origin::Auto, 1),
              claim(9, "Belgrade knew nothing", Origin::Auto, 1)};
  return d;
}

const Entity* entity_at(const Document& d, Span s) {
  for (const Entity& e : d.entities) {
    if (e.span == s) return &e;
  }
  return nullptr;
}

TEST(EditReannotate, KeepsManualAnnotationsAndTakesTheNewRunsOthers) {
  Document out;
  ASSERT_TRUE(reannotate(edited(), fresh_run(), &out).ok());
  EXPECT_EQ(out.text, kText);
  // Manual "Vučić" kept with its id; the overlapping auto full name dropped.
  const Entity* manual = entity_at(out, span_of("Vučić"));
  ASSERT_NE(manual, nullptr);
  EXPECT_EQ(manual->id, 2u);
  EXPECT_EQ(manual->origin, Origin::Manual);
  EXPECT_EQ(entity_at(out, span_of("Aleksandar Vučić")), nullptr);
  // Old auto Valjevo gone (the new run did not find it); new Belgrade in.
  EXPECT_EQ(entity_at(out, span_of("Valjevo")), nullptr);
  ASSERT_NE(entity_at(out, span_of("Belgrade")), nullptr);
  // Krušik comes from the new run, with a fresh id.
  const Entity* krusik = entity_at(out, span_of("Krušik"));
  ASSERT_NE(krusik, nullptr);
  EXPECT_GT(krusik->id, 7u);
  // Claims: the manual one kept, the overlapping auto one dropped, the other auto one in.
  ASSERT_EQ(out.claims.size(), 2u);
  EXPECT_EQ(out.claims[0].id, 7u);
  EXPECT_EQ(out.claims[0].origin, Origin::Manual);
  EXPECT_EQ(out.claims[1].content, span_of("Belgrade knew nothing"));
  // Sorted, with unique ids, every group present.
  for (size_t i = 1; i < out.entities.size(); ++i)
    EXPECT_LE(out.entities[i - 1].span.begin, out.entities[i].span.begin);
  for (const Entity& e : out.entities) EXPECT_NE(out.find_group(e.group), nullptr);
}

TEST(EditReannotate, NewMentionsJoinTheManualGroupWithTheSameName) {
  Document out;
  ASSERT_TRUE(reannotate(edited(), fresh_run(), &out).ok());
  // The new run's group {"Aleksandar Vučić", "Vučić"} shares the name "vučić" with the
  // manual group g1, so the second "Vučić" joins g1, and the claim links to it too.
  const Entity* second = entity_at(out, span_of("Vučić", 1));
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->group, 1u);
  EXPECT_EQ(out.claims[1].source_group, 1u);
  EXPECT_EQ(out.find_group(1)->canonical, "Vučić");   // the user's group keeps its name
  // No leftover group from the new run for that person, nor the old Valjevo group.
  int person_groups = 0;
  for (const EntityGroup& g : out.groups) person_groups += g.label == Label::Person;
  EXPECT_EQ(person_groups, 1);
  EXPECT_EQ(out.find_group(5), nullptr);
}

TEST(EditReannotate, AnEditedAutoMentionSurvivesWithItsGroup) {
  // Relabelling (even to the same label) makes "Krušik" and its group the user's.
  Document with_manual = edited();
  ASSERT_TRUE(apply_edit(with_manual, RelabelEntity{4, Label::Org, true}).ok());
  Document out;
  ASSERT_TRUE(reannotate(with_manual, fresh_run(), &out).ok());
  const Entity* krusik = entity_at(out, span_of("Krušik"));
  ASSERT_NE(krusik, nullptr);
  EXPECT_EQ(krusik->id, 4u);            // the (now manual) mention stayed
  EXPECT_EQ(krusik->group, 3u);
  EXPECT_NE(out.find_group(3), nullptr);
}

TEST(EditReannotate, RefusesADifferentTextAndLeavesTheOutputAlone) {
  Document other = fresh_run();
  other.text += " More.";
  Document out;
  out.text = "untouched";
  Status s = reannotate(edited(), other, &out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "cannot re-annotate: the new run is of a different text");
  EXPECT_EQ(out.text, "untouched");
}

TEST(EditReannotate, AnAllAutoDocumentBecomesTheNewRun) {
  Document old = fresh_run();
  Document out;
  ASSERT_TRUE(reannotate(old, fresh_run(), &out).ok());
  EXPECT_EQ(out.entities.size(), 4u);
  EXPECT_EQ(out.claims.size(), 2u);
  EXPECT_EQ(out.groups.size(), 3u);
}

}  // namespace
}  // namespace ann
