// The document model: enum names (the JSON vocabulary), group lookup and id allocation.
#include "document/document.h"

#include <gtest/gtest.h>

namespace ann {
namespace {

TEST(DocumentNames, EveryLabelRoundTrips) {
  for (int i = 0; i < kLabelCount; ++i) {
    Label label = static_cast<Label>(i);
    std::optional<Label> back = label_from_name(label_name(label));
    ASSERT_TRUE(back.has_value()) << label_name(label);
    EXPECT_EQ(*back, label);
  }
  EXPECT_EQ(label_name(Label::Norp), "NORP");
  EXPECT_EQ(label_name(Label::Quantity), "QUANTITY");
}

TEST(DocumentNames, NamesAreExactAndCaseSensitive) {
  // The JSON formats use exactly these spellings; "person" or "ORG " is an error upstream.
  EXPECT_FALSE(label_from_name("person").has_value());
  EXPECT_FALSE(label_from_name("ORG ").has_value());
  EXPECT_FALSE(label_from_name("").has_value());
  EXPECT_FALSE(label_from_name("LOC").has_value());
  EXPECT_FALSE(origin_from_name("Auto").has_value());
  EXPECT_FALSE(claim_kind_from_name("DIRECT").has_value());
  EXPECT_FALSE(claim_stance_from_name("denial").has_value());
}

TEST(DocumentNames, OtherEnumsRoundTrip) {
  EXPECT_EQ(origin_name(Origin::Manual), "manual");
  EXPECT_EQ(origin_from_name("auto"), Origin::Auto);
  EXPECT_EQ(claim_kind_name(ClaimKind::Mixed), "mixed");
  EXPECT_EQ(claim_kind_from_name("indirect"), ClaimKind::Indirect);
  EXPECT_EQ(claim_kind_from_name("direct"), ClaimKind::Direct);
  EXPECT_EQ(claim_stance_name(ClaimStance::Deny), "deny");
  EXPECT_EQ(claim_stance_from_name("assert"), ClaimStance::Assert);
}

TEST(DocumentGroups, FindGroupByIdAndNeverForNoId) {
  Document doc;
  doc.groups.push_back({.id = 4, .canonical = "Aleksandar Vučić", .label = Label::Person});
  doc.groups.push_back({.id = 9, .canonical = "NATO", .label = Label::Org});
  ASSERT_NE(doc.find_group(9), nullptr);
  EXPECT_EQ(doc.find_group(9)->canonical, "NATO");
  EXPECT_EQ(doc.find_group(4)->label, Label::Person);
  EXPECT_EQ(doc.find_group(5), nullptr);
  EXPECT_EQ(doc.find_group(kNoId), nullptr);
}

TEST(DocumentIds, NextIdIsAboveEveryKind) {
  Document doc;
  EXPECT_EQ(doc.next_id(), 1u);
  doc.entities.push_back({.id = 3});
  EXPECT_EQ(doc.next_id(), 4u);
  doc.groups.push_back({.id = 7});
  EXPECT_EQ(doc.next_id(), 8u);
  doc.claims.push_back({.id = 12});
  EXPECT_EQ(doc.next_id(), 13u);
  doc.claims.clear();
  EXPECT_EQ(doc.next_id(), 8u);   // the largest remaining id counts, not the history
}

TEST(DocumentText, SpanTextIsByteRange) {
  Document doc;
  doc.text = "😀 Vučić said";   // 😀 is 4 bytes, "č" and "ć" 2 each
  EXPECT_EQ(doc.span_text({5, 12}), "Vučić");
  EXPECT_EQ(doc.span_text({13, 17}), "said");
}

}  // namespace
}  // namespace ann
