// html_to_text: pasted and dropped HTML become the plain text a reader saw, paragraphs kept.
#include "text/html_to_text.h"

#include <gtest/gtest.h>

namespace ann {
namespace {

TEST(HtmlToText, ParagraphsBecomeBlankLinesAndBrANewLine) {
  EXPECT_EQ(html_to_text("<p>Vučić said no.</p><p>Second<br>line</p>"),
            "Vučić said no.\n\nSecond\nline");
  // Two <br> in a row are how many pages separate paragraphs.
  EXPECT_EQ(html_to_text("one<br><br>two<br/>three"), "one\n\ntwo\nthree");
  // Nested blocks do not stack blank lines, and none lead or trail.
  EXPECT_EQ(html_to_text("<div><div><p>a</p></div>\n\n  <div><p>b</p></div></div>"), "a\n\nb");
  EXPECT_EQ(html_to_text("<h1>Title</h1><ul><li>one</li><li>two</li></ul>"), "Title\n\none\n\ntwo");
}

TEST(HtmlToText, WhitespaceCollapsesAsABrowserShowsIt) {
  EXPECT_EQ(html_to_text("  The   ministry\n said\t<b>so</b> .  "), "The ministry said so .");
  EXPECT_EQ(html_to_text("<p>\n  Indented source\n  lines\n</p>"), "Indented source lines");
  // Inline tags join words without adding spaces: "<b>Vu</b>čić" is one word.
  EXPECT_EQ(html_to_text("<b>Vu</b>čić <i>said</i>"), "Vučić said");
  // Inside <pre>, line breaks stay; the one right after <pre> belongs to the markup.
  EXPECT_EQ(html_to_text("<pre>\nline 1\nline 2</pre><p>after</p>"), "line 1\nline 2\n\nafter");
}

TEST(HtmlToText, CharacterReferencesAreDecoded) {
  EXPECT_EQ(html_to_text("AT&amp;T &lt;b&gt; &quot;q&quot; &#39;s"), "AT&T <b> \"q\" 's");
  EXPECT_EQ(html_to_text("Vu&#269;i&#x107; &ndash; &mdash; &hellip; &rsquo;&euro;12"),
            "Vučić – — … ’€12");
  EXPECT_EQ(html_to_text("&Scaron;abac &ccaron; caf&eacute; &#x1F600;"), "Šabac č café 😀");
  // &nbsp; is a plain space (and collapses); a soft hyphen is invisible.
  EXPECT_EQ(html_to_text("12&nbsp;&nbsp;million Bel&shy;grade"), "12 million Belgrade");
  EXPECT_EQ(html_to_text("12\xC2\xA0million"), "12 million");
  // HTML5: &#150; means the Windows-1252 en dash; &#0;, surrogates and huge numbers are U+FFFD.
  EXPECT_EQ(html_to_text("1990&#150;1995"), "1990–1995");
  EXPECT_EQ(html_to_text("a&#0;b&#xD800;c&#99999999999;d"), "a\uFFFDb\uFFFDc\uFFFDd");
}

TEST(HtmlToText, WhatIsNotAReferenceStaysText) {
  EXPECT_EQ(html_to_text("AT&T & co &unknown; &#; &#x;"), "AT&T & co &unknown; &#; &#x;");
  // Without ";" only the old markup names are decoded: "&copy" in a URL-ish text stays.
  EXPECT_EQ(html_to_text("a &amp b &copy c"), "a & b &copy c");
}

TEST(HtmlToText, HiddenContentIsDropped) {
  const char* page =
      "<!DOCTYPE html><html><head><title>Site name</title>"
      "<style>p { color: red }</style><script>var a = '<p>not text</p>';</script></head>"
      "<body><!-- a comment <p>hidden</p> --><p>Visible</p>"
      "<script type=\"text/javascript\">document.write('x')</script>"
      "<noscript>Enable JS</noscript><svg><text>chart</text></svg><p>End</p></body></html>";
  EXPECT_EQ(html_to_text(page), "Visible\n\nEnd");
  // A head whose end tag was left out ends at <body>.
  EXPECT_EQ(html_to_text("<head><meta charset=utf-8><body><p>Text</p>"), "Text");
  // "</scripts>" does not end a script; the real end tag does, in any case.
  EXPECT_EQ(html_to_text("<script>a</scripts>b</SCRIPT >c"), "c");
}

TEST(HtmlToText, MarkupIsNeverKeptOrRun) {
  // Attribute values, even with ">" or "<script>" inside, are dropped with their tag.
  EXPECT_EQ(html_to_text("<a href=\"x\" title=\"a > b <script>\">link</a> text"), "link text");
  EXPECT_EQ(html_to_text("<img src=x onerror=alert(1)>caption"), "caption");
  // An escaped script is the article's text: it comes out as text, not as markup.
  EXPECT_EQ(html_to_text("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"), "<script>alert(1)</script>");
}

TEST(HtmlToText, MalformedHtmlNeverFails) {
  EXPECT_EQ(html_to_text("3 < 4 and 5 > 2"), "3 < 4 and 5 > 2");
  EXPECT_EQ(html_to_text("<p>unclosed <b>bold"), "unclosed bold");
  EXPECT_EQ(html_to_text("text <a href=\"never closed"), "text");
  EXPECT_EQ(html_to_text("<script>never closed"), "");
  EXPECT_EQ(html_to_text("<!-- never closed"), "");
  EXPECT_EQ(html_to_text(""), "");
  EXPECT_EQ(html_to_text("<"), "<");
  EXPECT_EQ(html_to_text("&"), "&");
  // Invalid UTF-8 passes through for AppState to replace.
  EXPECT_EQ(html_to_text("<p>a\xFF" "b</p>"), "a\xFF" "b");
}

TEST(HtmlToText, TableCellsAreTabSeparatedRowsAreParagraphs) {
  EXPECT_EQ(html_to_text("<table><tr><th>Year</th><th>Sales</th></tr>"
                         "<tr><td>2023</td><td>€12 million</td></tr></table>"),
            "Year\tSales\n\n2023\t€12 million");
}

TEST(HtmlToText, ClipboardFragmentFromABrowser) {
  // What Chromium puts on the clipboard for a selection: a fragment with markers and styles.
  const char* fragment =
      "<meta charset='utf-8'><html><body><!--StartFragment--><p style=\"margin: 0 0 1em\">"
      "BELGRADE — Serbian President <a href=\"/p/1\">Aleksandar Vučić</a> said on Monday "
      "that Krušik sold “no shells” to Ukraine.</p><p style=\"margin: 0\">He added: "
      "“We respect the law.”</p><!--EndFragment--></body></html>";
  EXPECT_EQ(html_to_text(fragment),
            "BELGRADE — Serbian President Aleksandar Vučić said on Monday that Krušik sold "
            "“no shells” to Ukraine.\n\nHe added: “We respect the law.”");
}

}  // namespace
}  // namespace ann
