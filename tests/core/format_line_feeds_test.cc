// with_line_feeds (core/formats/line_feeds.h): "\r\n" and "\r" become "\n" and spans follow.
#include "formats/line_feeds.h"

#include <gtest/gtest.h>

#include <string>

namespace ann {
namespace {

Span span_of(const std::string& text, std::string_view needle) {
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

TEST(LineFeeds, CrLfAndLoneCrBecomeLfAndSpansFollow) {
  Document d;
  d.text = "Vučić said\r\nSerbia\r\rsold\r\n\r\nshells";
  d.entities = {{1, span_of(d.text, "Vučić"), Label::Person, kNoId, Origin::Auto},
                {2, span_of(d.text, "Serbia"), Label::Place, kNoId, Origin::Auto},
                {3, span_of(d.text, "shells"), Label::Org, kNoId, Origin::Auto}};
  Claim c;
  c.id = 4;
  c.content = span_of(d.text, "Serbia\r\rsold\r\n\r\nshells");
  c.cue = span_of(d.text, "said\r");   // ends between "\r" and "\n"
  d.claims = {c};
  ASSERT_TRUE(has_carriage_returns(d));

  Document lf = with_line_feeds(d);
  EXPECT_EQ(lf.text, "Vučić said\nSerbia\n\nsold\n\nshells");
  EXPECT_FALSE(has_carriage_returns(lf));
  EXPECT_EQ(lf.span_text(lf.entities[0].span), "Vučić");
  EXPECT_EQ(lf.span_text(lf.entities[1].span), "Serbia");
  EXPECT_EQ(lf.span_text(lf.entities[2].span), "shells");
  EXPECT_EQ(lf.span_text(lf.claims[0].content), "Serbia\n\nsold\n\nshells");
  EXPECT_EQ(lf.span_text(*lf.claims[0].cue), "said");
}

TEST(LineFeeds, ASpanOfOnlyTheCrOfCrLfKeepsTheLf) {
  Document d;
  d.text = "a\r\nb";
  d.entities = {{1, Span{1, 2}, Label::Org, kNoId, Origin::Manual}};
  Document lf = with_line_feeds(d);
  EXPECT_EQ(lf.text, "a\nb");
  EXPECT_EQ(lf.span_text(lf.entities[0].span), "\n");
}

}  // namespace
}  // namespace ann
