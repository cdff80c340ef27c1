// Standalone HTML page (core/formats/html.h): escaping (no script can get in), properly
// nested marks even when spans cross, text kept intact around astral characters.
#include "formats/html.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ann {
namespace {

Span span_of(const std::string& text, std::string_view needle, int nth = 0) {
  size_t at = text.find(needle);
  while (nth-- > 0) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

std::string lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t semi = s.find(';', i);
    std::string_view entity = s.substr(i, semi - i + 1);
    if (entity == "&amp;") out += '&';
    else if (entity == "&lt;") out += '<';
    else if (entity == "&gt;") out += '>';
    else if (entity == "&quot;") out += '"';
    else if (entity == "&#39;") out += '\'';
    else ADD_FAILURE() << "unknown entity " << entity;
    i = semi;
  }
  return out;
}

// The article's text as shown: the <article> element with tags removed, <br> as newlines,
// paragraphs joined by blank lines. Checks that elements are balanced and properly nested.
std::string article_text(const std::string& html) {
  size_t from = html.find("<article>") + 9, to = html.find("</article>");
  std::string_view body = std::string_view(html).substr(from, to - from);
  std::string text;
  std::vector<std::string> open;
  size_t paragraphs = 0;
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '<') {
      size_t next = body.find('<', i);
      std::string_view run = body.substr(i, next - i);
      if (!open.empty()) text += unescape(run);   // text between </p> and <p> is layout
      i = next;
      continue;
    }
    size_t close = body.find('>', i);
    std::string tag(body.substr(i + 1, close - i - 1));
    i = close + 1;
    if (tag == "br") {
      text += '\n';
      if (i < body.size() && body[i] == '\n') ++i;   // the newline after <br> is layout
      continue;
    }
    if (tag[0] == '/') {
      EXPECT_FALSE(open.empty()) << "stray </" << tag;
      if (open.empty()) continue;
      EXPECT_EQ(open.back(), tag.substr(1)) << "crossed elements";
      open.pop_back();
      continue;
    }
    std::string name = tag.substr(0, tag.find(' '));
    if (name == "p" && paragraphs++ > 0) text += "\n\n";
    open.push_back(name);
  }
  EXPECT_TRUE(open.empty());
  return text;
}

TEST(FormatHtml, ArticleTextIsEscapedAndNoScriptGetsIn) {
  Document d;
  d.text = "Tom & Jerry <script>alert('x')</script> said \"hi\" <img src=x onerror=alert(1)>.";
  d.groups = {{1, "Jerry <script>", Label::Person, Origin::Auto}};
  d.entities = {{2, span_of(d.text, "Jerry"), Label::Person, 1, Origin::Auto}};
  Claim c;
  c.id = 3;
  c.source = span_of(d.text, "Tom & Jerry");
  c.cue = span_of(d.text, "said");
  c.content = span_of(d.text, "\"hi\" <img src=x onerror=alert(1)>");
  c.source_group = 1;
  d.claims = {c};
  std::string html = write_html(d, HtmlOptions{"</title><script>x()</script>", "sr\"><script>"});
  std::string lower = lowercase(html);
  EXPECT_EQ(lower.find("<script"), std::string::npos);
  EXPECT_EQ(lower.find("<img"), std::string::npos);
  EXPECT_NE(html.find("Tom &amp; "), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("title=\"PERSON: Jerry &lt;script&gt;\""), std::string::npos);
  EXPECT_NE(html.find("<html lang=\"sr&quot;&gt;&lt;script&gt;\">"), std::string::npos);
  EXPECT_EQ(article_text(html), d.text);
}

TEST(FormatHtml, PageHasLangCharsetLegendAndNoExternalResources) {
  Document d;
  d.text = "Serbia";
  d.groups = {{1, "Serbia", Label::Place, Origin::Auto}};
  d.entities = {{2, {0, 6}, Label::Place, 1, Origin::Auto}};
  std::string html = write_html(d, HtmlOptions{"Arms", "sr"});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"sr\">", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<title>Arms</title>"), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"ent ent-place\" title=\"PLACE: Serbia\">Serbia</mark>"),
            std::string::npos);
  for (std::string_view label : {"PERSON", "ORG", "PLACE", "NORP", "DATE", "QUANTITY"}) {
    EXPECT_NE(html.find(std::string(label) + "</mark>"), std::string::npos) << label;
  }
  std::string lower = lowercase(html);
  for (std::string_view external : {"http:", "https:", "src=", "<link", "@import", "url("}) {
    EXPECT_EQ(lower.find(external), std::string::npos) << external;
  }
}

TEST(FormatHtml, CrossingSpansAreSplitIntoNestedElements) {
  // Written for this test. The claim content starts inside the entity "Krušik factory".
  Document d;
  d.text = "The Krušik factory exported shells, the ministry said.";
  d.groups = {{1, "Krušik factory", Label::Org, Origin::Auto}};
  d.entities = {{2, span_of(d.text, "Krušik factory"), Label::Org, 1, Origin::Auto}};
  Claim c;
  c.id = 3;
  c.source = span_of(d.text, "the ministry");
  c.cue = span_of(d.text, "said");
  c.content = span_of(d.text, "factory exported shells");
  d.claims = {c};
  std::string html = write_html(d);
  EXPECT_EQ(article_text(html), d.text);
  // The earlier-starting entity is the outer element: the claim opens inside it, closes
  // with it and reopens after it.
  EXPECT_NE(html.find("Krušik <span class=\"claim claim-indirect stance-assert\""),
            std::string::npos);
  EXPECT_NE(html.find("factory</span></mark><span class=\"claim claim-indirect"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"claim-source\" title=\"Source of claim 1\">the ministry</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<span class=\"claim-cue\" title=\"Cue of claim 1\">said</span>"),
            std::string::npos);
}

TEST(FormatHtml, AstralCharactersParagraphsAndLineBreaksSurvive) {
  Document d;
  d.text = "😀 Vučić 👍🏽 said.\nSecond line.\n\n  \nNew paragraph about Valjevo 🇷🇸.";
  d.groups = {{1, "Vučić", Label::Person, Origin::Auto}, {3, "Valjevo", Label::Place, Origin::Auto}};
  d.entities = {{2, span_of(d.text, "Vučić"), Label::Person, 1, Origin::Auto},
                {4, span_of(d.text, "Valjevo"), Label::Place, 3, Origin::Auto}};
  std::string html = write_html(d);
  EXPECT_NE(html.find("😀 <mark class=\"ent ent-person\" title=\"PERSON: Vučić\">Vučić</mark> 👍🏽"),
            std::string::npos);
  EXPECT_NE(html.find("said.<br>\nSecond line.</p>\n<p>New paragraph"), std::string::npos);
  EXPECT_EQ(article_text(html), "😀 Vučić 👍🏽 said.\nSecond line.\n\nNew paragraph about Valjevo 🇷🇸.");
}

TEST(FormatHtml, TablesListClaimsAndEntities) {
  Document d;
  d.text = "Vučić denied that Serbia sold arms.";
  d.groups = {{1, "Aleksandar Vučić", Label::Person, Origin::Manual}};
  d.entities = {{2, span_of(d.text, "Vučić"), Label::Person, 1, Origin::Auto}};
  Claim c;
  c.id = 3;
  c.source = span_of(d.text, "Vučić");
  c.source_group = 1;
  c.cue = span_of(d.text, "denied");
  c.content = span_of(d.text, "Serbia sold arms");
  c.stance = ClaimStance::Deny;
  d.claims = {c};
  std::string html = write_html(d);
  EXPECT_NE(html.find("<tr><th scope=\"row\">1</th><td>Vučić</td><td>Aleksandar Vučić</td>"
                      "<td>denied</td><td>Serbia sold arms</td><td>indirect</td><td>deny</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr><th scope=\"row\">Aleksandar Vučić</th><td>PERSON</td><td>1</td>"
                      "<td>Vučić</td></tr>"),
            std::string::npos);
  EXPECT_NE(html.find("class=\"claim claim-indirect stance-deny\""), std::string::npos);
  Document empty;
  std::string blank = write_html(empty);
  EXPECT_NE(blank.find("No claims."), std::string::npos);
  EXPECT_EQ(article_text(blank), "");
}

}  // namespace
}  // namespace ann
