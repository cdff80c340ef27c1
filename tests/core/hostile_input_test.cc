// Hostile article text: ann::annotate must accept any bytes and return a valid Document
// (spans inside the text, on UTF-8 boundaries, sorted), never crash or hang. The JSON
// importers get the same treatment in hostile_json_test.cc; tests/fuzz/ fuzzes both.
//
// Sizes: the big cases are cut by kScale under sanitizers, in Debug builds and under
// Node/wasm, where the core runs 5-20 times slower, so the file stays within seconds.
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <string_view>

#include "annotator.h"
#include "document/document_json.h"
#include "text/utf8.h"

#include "hostile_test_util.h"

namespace ann {
namespace {

constexpr size_t kMegabyte = 1 << 20;

void expect_valid_span(const Document& doc, Span s, const char* what) {
  EXPECT_LT(s.begin, s.end) << what;
  EXPECT_LE(s.end, doc.text.size()) << what;
  EXPECT_TRUE(on_boundary(doc.text, s.begin)) << what << " starts inside a UTF-8 sequence at " << s.begin;
  EXPECT_TRUE(on_boundary(doc.text, s.end)) << what << " ends inside a UTF-8 sequence at " << s.end;
}

// The Document invariants, and a JSON round trip that changes nothing.
void expect_valid_document(const Document& doc) {
  EXPECT_TRUE(is_valid_utf8(doc.text));
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    expect_valid_span(doc, doc.entities[i].span, "entity");
    if (i > 0) {
      EXPECT_LE(doc.entities[i - 1].span.begin, doc.entities[i].span.begin);
    }
  }
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    expect_valid_span(doc, c.content, "claim content");
    if (c.source) expect_valid_span(doc, *c.source, "claim source");
    if (c.cue) expect_valid_span(doc, *c.cue, "claim cue");
    if (i > 0) {
      EXPECT_LE(doc.claims[i - 1].content.begin, c.content.begin);
    }
  }
  std::string json = write_document_json(doc);
  Document back;
  Status s = read_document_json(json, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(write_document_json(back), json);
}

bool has_entity(const Document& doc, std::string_view text, Label label) {
  for (const Entity& e : doc.entities) {
    if (doc.span_text(e.span) == text && e.label == label) return true;
  }
  return false;
}

size_t count(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// Our own news-like paragraph (names, a date, a quantity, a quote) with a number that makes
// each copy differ: "Jana Novakova, 7 ..."
std::string paragraph(size_t n) {
  std::string k = std::to_string(n);
  return "Jana Novakova, the mayor of Brno, said on Monday that the city would spend " + k +
         " million euros on new trams. “We will not raise fares,” Novakova told reporters. "
         "Petr Dvorak of the Transport Union denied that the plan was late.\n\n";
}

std::string article_of_size(size_t bytes) {
  std::string text;
  for (size_t n = 1; text.size() < bytes; ++n) text += paragraph(n);
  return text;
}

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

TEST(HostileInput, EmptyAndWhitespaceOnly) {
  for (std::string_view text : {"", " ", "\n\n\n", " \t\r\n\r\n\t ", "\r\r\r",
                                "\u00A0\u2003\u3000\u2028\u2029\u200B\uFEFF"}) {
    Document doc = annotate(text);
    EXPECT_EQ(doc.text, text);
    EXPECT_TRUE(doc.entities.empty()) << "in " << testing::PrintToString(std::string(text));
    EXPECT_TRUE(doc.claims.empty());
    expect_valid_document(doc);
  }
}

TEST(HostileInput, InvalidUtf8IsReplacedAndCounted) {
  // A cut 2-byte lead, stray bytes, a UTF-16 surrogate, an overlong '/', a code point above
  // U+10FFFF and a sequence cut by the end of the input.
  std::string bytes = "Jana Novakova\xC4 said \xFF\xFE on Monday \xED\xA0\x80 that \xC0\xAF prices "
                      "\xF4\x90\x80\x80 would rise \xE2\x80";
  Document doc = annotate(bytes);
  EXPECT_TRUE(is_valid_utf8(doc.text));
  EXPECT_GE(doc.replaced_invalid_utf8, 6u);
  EXPECT_EQ(count(doc.text, "\uFFFD"), doc.replaced_invalid_utf8);   // one U+FFFD per bad sequence
  EXPECT_NE(doc.text.find("on Monday"), std::string::npos);
  EXPECT_TRUE(has_entity(doc, "Monday", Label::Date));
  expect_valid_document(doc);
}

TEST(HostileInput, EveryByteValueAlone) {
  for (int b = 0; b < 256; ++b) {
    std::string bytes = "Vučić said on Monday that " + std::string(1, static_cast<char>(b)) + " was fine.";
    Document doc = annotate(bytes);
    expect_valid_document(doc);
  }
}

TEST(HostileInput, NulBytesAreKept) {
  const char bytes[] = "Jana Novakova said\0 on Monday\0\0 that prices would rise.\0";
  std::string text(bytes, sizeof bytes - 1);   // keeps every NUL, the last one too
  Document doc = annotate(text);
  EXPECT_EQ(doc.text, text);   // NUL is valid UTF-8: nothing is replaced or cut
  EXPECT_EQ(doc.replaced_invalid_utf8, 0u);
  EXPECT_TRUE(has_entity(doc, "Monday", Label::Date));
  expect_valid_document(doc);   // "\u0000" in the JSON reads back
}

TEST(HostileInput, EmojiAndOtherCharactersOutsideTheBmp) {
  std::string text = "😀 Jana Novakova said on Monday that 𝒜𝒷𝒸 prices “will rise 🚀🚀,” "
                     "and 👩‍👩‍👧 families 🇨🇿 would pay 𠀀𠀁 more.";
  Document doc = annotate(text);
  EXPECT_EQ(doc.text, text);
  EXPECT_TRUE(has_entity(doc, "Monday", Label::Date));
  expect_valid_document(doc);
  // The JSON counts code points: "😀 " is 2 code points, so "Jana" starts at 2, not byte 5.
  std::string json = write_document_json(doc);
  if (has_entity(doc, "Jana Novakova", Label::Person)) {
    EXPECT_NE(json.find("\"start\":2,\"end\":15"), std::string::npos) << json;
  }
}

TEST(HostileInput, RightToLeftScripts) {
  std::string arabic = "قال الرئيس يوم الاثنين إن الأسعار سترتفع. ";
  std::string hebrew = "ראש הממשלה אמר ביום שני כי המחירים יעלו. ";
  std::string marks = "\u200F\u202B\u202E\u2067";   // RLM, RLE, RLO, RLI: bidi controls
  std::string text = arabic + marks + "Jana Novakova said on Monday that prices would rise. " +
                     hebrew + "\u202C\u2069" + arabic + hebrew;
  Document doc = annotate(text);
  EXPECT_EQ(doc.text, text);
  EXPECT_TRUE(has_entity(doc, "Monday", Label::Date));
  expect_valid_document(doc);
}

TEST(HostileInput, CombiningMarksAndJoiners) {
  // "Zalgo": one letter under thousands of combining marks, and joiners between letters.
  std::string text = "Jana Novakova said on Monday that Z";
  for (int i = 0; i < 5000; ++i) text += "\u0301\u0316\u0489";
  text += " was here. N\u200Do\u200Cv\u2060a\u00ADk\uFE0Fo\u034Fv\u200Ba said so.";
  Document doc = annotate(text);
  EXPECT_EQ(doc.text, text);
  expect_valid_document(doc);
}

TEST(HostileInput, HtmlWithScriptsIsPlainText) {
  std::string text =
      "<html><head><script>alert('x'); var s = \"Jana Novakova said\";</script>"
      "<style>p{color:red}</style></head><body><p onclick=\"steal()\">Jana Novakova said on "
      "Monday that &quot;prices&quot; would rise.</p><!-- “comment” --><img src=x onerror=alert(1)>"
      "<![CDATA[ ]]></body></html>";
  Document doc = annotate(text);
  EXPECT_EQ(doc.text, text);   // the core annotates what it is given; it neither runs nor strips it
  EXPECT_TRUE(has_entity(doc, "Monday", Label::Date));
  expect_valid_document(doc);
}

// One line of 1 MB without a space: a single token as long as the article.
TEST(HostileInput, MegabyteLineWithoutSpaces) {
  for (std::string_view unit : {"a", "A", "é"}) {
    std::string text;
    while (text.size() < kMegabyte / kScale) text += unit;
    Document doc = annotate(text);
    EXPECT_EQ(doc.text, text) << "unit " << unit;
    expect_valid_document(doc);
  }
}

// Single characters repeated over a whole line: every finder's loop meets its worst case
// (an endless sentence, a quote that never closes, a name of 50,000 words).
TEST(HostileInput, RepeatedUnitsWithoutBreaks) {
  const size_t size = kMegabyte / 4 / kScale;
  for (std::string_view unit : {".", "“", "\"", "'", "-", "0", "😀", "Aa ", "Mr. ", "“a” ", "1,", "U.S."}) {
    std::string text;
    while (text.size() < size) text += unit;
    Document doc = annotate(text);
    EXPECT_EQ(doc.text.size(), text.size()) << "unit " << unit;
    expect_valid_document(doc);
  }
}

// KNOWN BUG (claims): the claim finder takes quadratic time on a long run of reporting
// verbs, "said said said ...": 16 KB 0.6 s, 100 KB 25 s, 1 MB about 40 minutes. Enable once
// fixed (tests/fuzz found it; docs/FUZZING.md).
TEST(HostileInput, ReportingVerbsWithoutEnd) {
  std::string text;
  while (text.size() < kMegabyte / kScale) text += "said ";
  Document doc = annotate(text);
  expect_valid_document(doc);
}

// Annotating 10 times the text finds about 10 times the annotations, for about 10 times
// the CPU (up to 40 allowed: a quadratic step would be 100).
void expect_linear(size_t big_size, const AnnotateOptions& options) {
  std::string small = article_of_size(big_size / 10);
  std::string big = article_of_size(big_size);

  double t0 = cpu_seconds();
  Document small_doc = annotate(small, options);
  double t1 = cpu_seconds();
  Document big_doc = annotate(big, options);
  double t2 = cpu_seconds();

  EXPECT_EQ(big_doc.text, big);
  ASSERT_FALSE(small_doc.entities.empty());
  double entity_ratio = static_cast<double>(big_doc.entities.size()) / small_doc.entities.size();
  EXPECT_GT(entity_ratio, 8.0);
  EXPECT_LT(entity_ratio, 12.0);
  if (options.find_claims) {
    ASSERT_FALSE(small_doc.claims.empty());
    double claim_ratio = static_cast<double>(big_doc.claims.size()) / small_doc.claims.size();
    EXPECT_GT(claim_ratio, 8.0);
    EXPECT_LT(claim_ratio, 12.0);
  }
  double small_cpu = std::max(t1 - t0, 0.01);
  EXPECT_LT(t2 - t1, 40 * small_cpu) << "annotate looks worse than linear: " << small_cpu
                                     << " s for " << small.size() << " bytes, " << (t2 - t1)
                                     << " s for " << big.size();
  expect_valid_document(big_doc);
}

// A 10 MB article: the entity finders are linear.
TEST(HostileInput, TenMegabyteArticleEntities) {
  AnnotateOptions entities_only;
  entities_only.find_claims = false;
  expect_linear(10 * kMegabyte / kScale, entities_only);
}

// The whole annotator on 1 MB (10 MB is for the disabled test below).
TEST(HostileInput, MegabyteArticle) { expect_linear(kMegabyte / kScale, AnnotateOptions()); }

// KNOWN BUG (claims): claims grow quadratic with the article: 1 MB 0.6 s, 2 MB 2.4 s, 4 MB
// 9.9 s of claim finding, so 10 MB takes over a minute. Enable once fixed.
TEST(HostileInput, TenMegabyteArticle) { expect_linear(10 * kMegabyte / kScale, AnnotateOptions()); }

TEST(HostileInput, ManyShortLinesAndParagraphs) {
  std::string text;
  for (int i = 0; i < 20000 / static_cast<int>(kScale); ++i) text += i % 2 ? "\n" : "A.\n\n“\n";
  Document doc = annotate(text);
  expect_valid_document(doc);
}

}  // namespace
}  // namespace ann
