// The entity finder on hostile input: no crash, spans inside the text and on token
// boundaries, sorted entities, every entity in an existing group, linear time.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "entities/entity_finder.h"

namespace ann {
namespace {

Document run(const std::string& text) {
  AnalyzedText analyzed = analyze_text(text);
  Document doc;
  doc.text = analyzed.text;
  find_entities(analyzed, nullptr, doc);
  return doc;
}

void expect_well_formed(const Document& doc) {
  uint32_t last_begin = 0;
  for (const Entity& e : doc.entities) {
    EXPECT_LT(e.span.begin, e.span.end);
    EXPECT_LE(e.span.end, doc.text.size());
    EXPECT_GE(e.span.begin, last_begin);
    last_begin = e.span.begin;
    const EntityGroup* g = doc.find_group(e.group);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->label, e.label);
    EXPECT_FALSE(g->canonical.empty());
  }
}

TEST(EntityRobustness, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(run("").entities.empty());
  EXPECT_TRUE(run("  \n\n ... ,,, “” — () $ % £").entities.empty());
}

TEST(EntityRobustness, OddCharactersAroundNames) {
  Document doc = run("\xEF\xBF\xBD Serbia\xC2\xA0said 😀 Vučić (\n) U.S.-backed $ 5 ... "
                     "May\n\n1-1 – — 3:32 L’Aquila’s 2017/18 (SVR");
  expect_well_formed(doc);
  bool serbia = false;
  for (const Entity& e : doc.entities) serbia |= doc.span_text(e.span) == "Serbia";
  EXPECT_TRUE(serbia);
}

TEST(EntityRobustness, LongCapitalisedTextStaysLinear) {
  std::string text;
  // One endless title-case line of unknown names, titles and words.
  for (int i = 0; i < 20000; ++i) text += (i % 7 == 0) ? "President " : "Kovač Ndlovu Says ";
  auto start = std::chrono::steady_clock::now();
  Document doc = run(text);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                  .count();
  expect_well_formed(doc);
  EXPECT_FALSE(doc.entities.empty());
  EXPECT_LT(ms, 5000.0);   // generous for sanitizer and wasm builds; quadratic would be minutes
}

TEST(EntityRobustness, RunsTwiceWithoutDuplicates) {
  std::string text = "Hun Sen met NATO officials in Phnom Penh on Monday.";
  AnalyzedText analyzed = analyze_text(text);
  Document doc;
  doc.text = text;
  find_entities(analyzed, nullptr, doc);
  size_t first = doc.entities.size();
  // A second pass sees every token taken by the first one's entities.
  find_entities(analyzed, nullptr, doc);
  EXPECT_EQ(doc.entities.size(), first);
  expect_well_formed(doc);
}

}  // namespace
}  // namespace ann
