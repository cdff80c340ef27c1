// Hostile JSON for the three importers: the document format (read_document_json), the W3C
// Web Annotation import (read_w3c_annotations) and the newsroom dictionary
// (parse_dictionary_json). Each must answer with a Status naming the problem, or with a
// valid Document, never crash (100,000 nested arrays must not overflow the stack) or hang.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "annotator.h"
#include "document/document_json.h"
#include "entities/dictionary.h"
#include "formats/w3c.h"
#include "text/utf8.h"

#include "hostile_test_util.h"

namespace ann {
namespace {


void expect_valid_span(const Document& doc, Span s) {
  EXPECT_LT(s.begin, s.end);
  EXPECT_LE(s.end, doc.text.size());
  EXPECT_TRUE(on_boundary(doc.text, s.begin) && on_boundary(doc.text, s.end));
}

void expect_valid_document(const Document& doc) {
  EXPECT_TRUE(is_valid_utf8(doc.text));
  for (const Entity& e : doc.entities) expect_valid_span(doc, e.span);
  for (const Claim& c : doc.claims) {
    expect_valid_span(doc, c.content);
    if (c.source) expect_valid_span(doc, *c.source);
    if (c.cue) expect_valid_span(doc, *c.cue);
  }
}

// The error of reading `json` as a document ("" when it reads), and the document untouched.
std::string document_error(std::string_view json) {
  Document doc;
  doc.text = "untouched";
  Status s = read_document_json(json, &doc);
  if (s.ok()) {
    expect_valid_document(doc);
    return "";
  }
  EXPECT_FALSE(s.message().empty());
  EXPECT_EQ(doc.text, "untouched");
  return s.message();
}

std::string dictionary_error(std::string_view json) {
  Dictionary dictionary;
  Status s = parse_dictionary_json(json, &dictionary);
  if (s.ok()) return "";
  EXPECT_FALSE(s.message().empty());
  return s.message();
}

std::string w3c_error(std::string_view json, std::string_view text) {
  Document doc;
  Status s = read_w3c_annotations(json, text, &doc);
  if (s.ok()) {
    EXPECT_EQ(doc.text, text);
    expect_valid_document(doc);
    return "";
  }
  EXPECT_FALSE(s.message().empty());
  return s.message();
}

// {"schema": ..., "text": "😀 Vučić said it.", "entities": [<entities>]}: "Vučić" is code
// points [2, 7).
std::string document_with(std::string_view entities, std::string_view claims = "[]",
                          std::string_view groups = "[]") {
  return std::string(R"({"schema": "article-annotator/1", "version": 1, "text": "😀 Vučić said it.", )") +
         "\"entities\": " + std::string(entities) + ", \"groups\": " + std::string(groups) +
         ", \"claims\": " + std::string(claims) + "}";
}

std::string nested(std::string_view open, std::string_view close, size_t depth) {
  std::string s;
  s.reserve(depth * (open.size() + close.size()));
  for (size_t i = 0; i < depth; ++i) s += open;
  for (size_t i = 0; i < depth; ++i) s += close;
  return s;
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

TEST(HostileJson, AValidDocumentReads) {
  std::string json = document_with(R"([{"id": "e1", "start": 2, "end": 7, "label": "PERSON", "text": "Vučić"}])");
  EXPECT_EQ(document_error(json), "");
  Document doc;
  ASSERT_TRUE(read_document_json(json, &doc).ok());
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.span_text(doc.entities[0].span), "Vučić");   // code points 2..7 are bytes 5..12
}

TEST(HostileJson, NotJsonAtAll) {
  for (std::string_view bad : {"", " ", "\0", "{", "}", "[", "nul", "{\"a\":}", "\xFF\xFE{}", "{} {}",
                               "{\"text\": \"a\"} trailing", "\"just a string\"", "1e999999"}) {
    EXPECT_NE(document_error(bad), "") << testing::PrintToString(std::string(bad));
    EXPECT_NE(dictionary_error(bad), "");
    EXPECT_NE(w3c_error(bad, "text"), "");
  }
}

TEST(HostileJson, OffsetsPastTheEnd) {
  // The text has 17 code points.
  EXPECT_TRUE(contains(document_error(document_with(R"([{"id": "e1", "start": 2, "end": 18, "label": "PERSON"}])")),
                       "past the end"));
  EXPECT_TRUE(contains(document_error(document_with(R"([{"id": "e1", "start": 17, "end": 18, "label": "PERSON"}])")),
                       "past the end"));
  EXPECT_NE(document_error(document_with(R"([{"id": "e1", "start": 99, "end": 98, "label": "PERSON"}])")), "");
  EXPECT_TRUE(contains(document_error(document_with("[]", R"([{"id": "c1", "content": {"start": 0, "end": 5000}, "kind": "direct"}])")),
                       "claims[0].content.end"));
}

// Offsets that overflow 32 bits must not wrap around into the text: 2^32 + 2 is not 2.
TEST(HostileJson, HugeAndOddNumbers) {
  for (std::string_view end : {"4294967298", "4294967297", "18446744073709551617", "1e300", "-1", "7.0",
                               "7.5", "-0", "1e1", "\"7\"", "true", "null", "[7]", "{}"}) {
    std::string entity = std::string(R"([{"id": "e1", "start": 2, "end": )") + std::string(end) +
                         R"(, "label": "PERSON"}])";
    std::string error = document_error(document_with(entity));
    EXPECT_NE(error, "") << "end " << end;
    EXPECT_TRUE(contains(error, "entities[0]")) << "end " << end << ": " << error;
  }
  std::string wrapped = R"([{"id": "e1", "start": 4294967298, "end": 4294967303, "label": "PERSON"}])";
  EXPECT_NE(document_error(document_with(wrapped)), "");
}

TEST(HostileJson, OffsetsInsideACharacterCannotExist) {
  // Offsets count code points, so every offset is on a boundary; an emoji is one unit.
  Document doc;
  ASSERT_TRUE(read_document_json(document_with(R"([{"id": "e1", "start": 0, "end": 1, "label": "QUANTITY"}])"), &doc).ok());
  EXPECT_EQ(doc.span_text(doc.entities[0].span), "😀");
}

TEST(HostileJson, OverlappingAndCrossingSpans) {
  // Nested ([2, 7) in [2, 12)), crossing ([2, 7) and [5, 12)) and identical spans: accepted
  // or refused with a message, but what is accepted is a valid document.
  for (std::string_view entities : {
           R"([{"id": "e1", "start": 2, "end": 12, "label": "ORG"}, {"id": "e2", "start": 2, "end": 7, "label": "PERSON"}])",
           R"([{"id": "e1", "start": 2, "end": 7, "label": "PERSON"}, {"id": "e2", "start": 5, "end": 12, "label": "ORG"}])",
           R"([{"id": "e1", "start": 2, "end": 7, "label": "PERSON"}, {"id": "e2", "start": 2, "end": 7, "label": "PERSON"}])",
           R"([{"id": "e2", "start": 8, "end": 12, "label": "ORG"}, {"id": "e1", "start": 0, "end": 17, "label": "ORG"}])"}) {
    std::string json = document_with(entities);
    document_error(json);
    Document doc;
    if (read_document_json(json, &doc).ok()) {
      ASSERT_EQ(doc.entities.size(), 2u);
      EXPECT_LE(doc.entities[0].span.begin, doc.entities[1].span.begin);   // sorted on reading
      Document back;
      ASSERT_TRUE(read_document_json(write_document_json(doc), &back).ok());
      EXPECT_EQ(write_document_json(back), write_document_json(doc));
    }
  }
  // A claim whose source crosses its content.
  document_error(document_with("[]", R"([{"id": "c1", "source": {"start": 2, "end": 12}, "cue": {"start": 8, "end": 12}, "content": {"start": 5, "end": 16}, "kind": "direct"}])"));
}

TEST(HostileJson, WrongTypesNameTheField) {
  EXPECT_TRUE(contains(document_error("[]"), "expected an object"));
  EXPECT_TRUE(contains(document_error(R"({"schema": "article-annotator/1", "version": 1, "text": 5})"), "text"));
  EXPECT_TRUE(contains(document_error(document_with(R"({"id": "e1"})")), "entities"));
  EXPECT_TRUE(contains(document_error(document_with(R"([[]])")), "entities[0]"));
  EXPECT_TRUE(contains(document_error(document_with(R"([{"id": 1, "start": 2, "end": 7, "label": "PERSON"}])")), "entities[0].id"));
  EXPECT_TRUE(contains(document_error(document_with(R"([{"id": "e1", "start": 2, "end": 7, "label": ["PERSON"]}])")), "entities[0].label"));
  EXPECT_TRUE(contains(document_error(document_with("[]", R"([{"id": "c1", "content": "Vučić", "kind": "direct"}])")), "claims[0].content"));
  EXPECT_TRUE(contains(document_error(document_with("[]", "[]", R"([{"id": "g1", "label": "PERSON", "mentions": "e1"}])")), "groups[0].mentions"));
  EXPECT_TRUE(contains(dictionary_error(R"({"name": "PS"})"), "expected an array"));
  EXPECT_TRUE(contains(dictionary_error(R"([{"name": 5, "label": "ORG"}])"), "[0].name"));
  EXPECT_TRUE(contains(dictionary_error(R"([{"name": "PS", "label": "ORG", "aliases": "P"}])"), "[0].aliases"));
  EXPECT_TRUE(contains(dictionary_error(R"([{"name": "PS", "label": "ORG", "aliases": [null]}])"), "[0].aliases[0]"));
  EXPECT_NE(w3c_error(R"({"type": "AnnotationCollection", "first": 5})", "text"), "");
  EXPECT_NE(w3c_error(R"({"type": "AnnotationPage", "items": [5, "x", null]})", "text"), "");
}

TEST(HostileJson, UnknownLabelsAndNames) {
  for (std::string_view label : {"FOO", "person", "", "PERSON ", "PERS\\u004fN\\u0000"}) {
    std::string entity = std::string(R"([{"id": "e1", "start": 2, "end": 7, "label": ")") + std::string(label) + "\"}]";
    std::string error = document_error(document_with(entity));
    EXPECT_TRUE(contains(error, "entities[0].label")) << label << ": " << error;
    std::string dict = std::string(R"([{"name": "PS", "label": ")") + std::string(label) + "\"}]";
    EXPECT_TRUE(contains(dictionary_error(dict), "[0].label")) << label;
  }
  EXPECT_TRUE(contains(document_error(document_with("[]", R"([{"id": "c1", "content": {"start": 0, "end": 5}, "kind": "quote"}])")),
                       "claims[0].kind"));
  EXPECT_TRUE(contains(document_error(R"({"schema": "article-annotator/99", "version": 1, "text": ""})"), "schema"));
}

TEST(HostileJson, BadStringsInsideJson) {
  // A lone surrogate escape, raw invalid UTF-8 and a raw control character in the text.
  EXPECT_NE(document_error(R"({"schema": "article-annotator/1", "version": 1, "text": "a\ud800b"})"), "");
  EXPECT_NE(document_error("{\"schema\": \"article-annotator/1\", \"version\": 1, \"text\": \"a\xFF\"}"), "");
  EXPECT_NE(document_error("{\"schema\": \"article-annotator/1\", \"version\": 1, \"text\": \"a\x01\"}"), "");
  // An escaped NUL is a character like any other.
  Document doc;
  ASSERT_TRUE(read_document_json(R"({"schema": "article-annotator/1", "version": 1, "text": "a\u0000b"})", &doc).ok());
  EXPECT_EQ(doc.text, std::string("a\0b", 3));
  EXPECT_NE(dictionary_error("[{\"name\": \"P\xC3\", \"label\": \"ORG\"}]"), "");
}

// 100,000 nested arrays or objects: refused with a message before any recursion can
// overflow the stack (wasm's stack is small).
TEST(HostileJson, DeepNestingDoesNotOverflowTheStack) {
  const size_t depth = 100000;
  for (const std::string& deep : {nested("[", "]", depth), nested("{\"a\":", "}", depth),
                                  nested("[", "", depth), nested("[{\"x\":", "}]", depth / 2)}) {
    EXPECT_NE(document_error(deep), "");
    EXPECT_NE(dictionary_error(deep), "");
    EXPECT_NE(w3c_error(deep, "text"), "");
  }
  // Deep nesting inside a field the reader would otherwise ignore.
  std::string inside = std::string(R"({"schema": "article-annotator/1", "version": 1, "text": "x", "extra": )") +
                       nested("[", "]", depth) + "}";
  EXPECT_NE(document_error(inside), "");
  // Brackets inside strings are not nesting.
  std::string in_string = std::string(R"({"schema": "article-annotator/1", "version": 1, "text": ")") +
                          std::string(depth, '[') + "\"}";
  EXPECT_EQ(document_error(in_string), "");
}

TEST(HostileJson, W3cSelectorsPastTheEndOrOddlyTyped) {
  const std::string text = "😀 Vučić said it.";
  auto page = [](std::string_view selector) {
    return std::string(R"({"type": "AnnotationPage", "items": [{"type": "Annotation", "motivation": "tagging", )"
                       R"("body": [{"type": "TextualBody", "purpose": "tagging", "value": "PERSON"}], )"
                       R"("target": {"source": "urn:x", "selector": )") + std::string(selector) + "}}]}";
  };
  EXPECT_NE(w3c_error(page(R"([{"type": "TextPositionSelector", "start": 2, "end": 99}])"), text), "");
  EXPECT_NE(w3c_error(page(R"([{"type": "TextPositionSelector", "start": 4294967298, "end": 4294967303}])"), text), "");
  EXPECT_NE(w3c_error(page(R"([{"type": "TextPositionSelector", "start": -5, "end": 7}])"), text), "");
  EXPECT_NE(w3c_error(page(R"([{"type": "TextPositionSelector", "start": "2", "end": 7}])"), text), "");
  EXPECT_NE(w3c_error(page(R"([{"type": "TextQuoteSelector", "exact": ""}])"), text), "");
  EXPECT_NE(w3c_error(page(R"([{"type": "TextQuoteSelector", "exact": "nowhere"}])"), text), "");
  EXPECT_NE(w3c_error(page("[]"), text), "");
  EXPECT_NE(w3c_error(page("\"x\""), text), "");
  // A quote cut inside "č" (bytes C4 8D) can never anchor half a character.
  EXPECT_NE(w3c_error(page("[{\"type\": \"TextQuoteSelector\", \"exact\": \"Vu\xC4\"}]"), text), "");
  // Position wrong, quote right: re-anchored by the quote.
  std::string moved = page(R"([{"type": "TextPositionSelector", "start": 9, "end": 14}, )"
                           R"({"type": "TextQuoteSelector", "exact": "Vučić"}])");
  EXPECT_EQ(w3c_error(moved, text), "");
  Document doc;
  ASSERT_TRUE(read_w3c_annotations(moved, text, &doc).ok());
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.span_text(doc.entities[0].span), "Vučić");
}

// Many quotes of a common string: each is anchored by a search outwards from its old
// position (formats/quote_search.h), not by trying every occurrence (was N × M: 2,000 quotes
// of "a" over 100 KB of "a" took 15 s). No quote's prefix "b" is in the text, so each lands
// on the first "a", whose (empty) suffix matches.
TEST(HostileJson, W3cManyQuotesOfACommonString) {
  const std::string text(100000, 'a');
  std::string json = R"({"type": "AnnotationPage", "items": [)";
  for (size_t i = 0; i < 2000; ++i) {
    if (i) json += ",";
    json += R"({"type": "Annotation", "motivation": "tagging", "body": [{"type": "TextualBody", )"
            R"("purpose": "tagging", "value": "PERSON"}], "target": {"source": "urn:x", "selector": )"
            R"([{"type": "TextQuoteSelector", "exact": "a", "prefix": "b"}]}})";
  }
  json += "]}";
  Document doc;
  ASSERT_TRUE(read_w3c_annotations(json, text, &doc).ok());
  ASSERT_EQ(doc.entities.size(), 2000u);
  for (const Entity& e : doc.entities) EXPECT_EQ(e.span.begin, 0u);
}

// Quotes with moved positions land on the occurrence nearest the old position: mention i
// of "x" said to be at 1000 * i + 7 is found at 1000 * i (a text edited 7 bytes shorter).
TEST(HostileJson, W3cMovedQuotesOfACommonStringStayInOrder) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "x" + std::string(999, ' ');
  std::string json = R"({"type": "AnnotationPage", "items": [)";
  for (int i = 0; i < 2000; ++i) {
    if (i) json += ",";
    json += R"({"motivation": "tagging", "body": {"purpose": "tagging", "value": "ORG"}, "target": {"selector": [)"
            R"({"type": "TextPositionSelector", "start": )" + std::to_string(1000 * i + 7) +
            R"(, "end": )" + std::to_string(1000 * i + 8) +
            R"(}, {"type": "TextQuoteSelector", "exact": "x", "prefix": "y"}]}})";
  }
  json += "]}";
  Document doc;
  ASSERT_TRUE(read_w3c_annotations(json, text, &doc).ok());
  ASSERT_EQ(doc.entities.size(), 2000u);
  for (size_t i = 0; i < doc.entities.size(); ++i) EXPECT_EQ(doc.entities[i].span.begin, 1000 * i);
}

// A file can still name thousands of different contexts found nowhere, each a pass over the
// text: the search budget ends that with a message instead of minutes of searching.
TEST(HostileJson, W3cManyContextsFoundNowhereEndWithAMessage) {
  const std::string text(1000000 / kScale, 'a');
  std::string json = R"({"type": "AnnotationPage", "items": [)";
  for (size_t i = 0; i < 5000; ++i) {
    if (i) json += ",";
    json += R"({"motivation": "tagging", "body": {"purpose": "tagging", "value": "ORG"}, "target": {"selector": )"
            R"({"type": "TextQuoteSelector", "exact": "a", "prefix": "b)" + std::to_string(i) + R"("}}})";
  }
  json += "]}";
  std::string error = w3c_error(json, text);
  EXPECT_TRUE(contains(error, "gave up re-anchoring quotes")) << error;
}

TEST(HostileJson, DictionaryOddNames) {
  EXPECT_TRUE(contains(dictionary_error(R"([{"name": "  ", "label": "ORG"}])"), "empty name"));
  EXPECT_TRUE(contains(dictionary_error(R"([{"name": "PS", "label": "ORG"}, {"name": "PS", "label": "ORG"}])"), "already used"));
  EXPECT_EQ(dictionary_error("[]"), "");
  // Names of odd characters parse and annotate without harm.
  Dictionary dictionary;
  ASSERT_TRUE(parse_dictionary_json(R"([{"name": "😀", "label": "ORG"}, {"name": "\u0000", "label": "ORG"},
      {"name": "שלום", "label": "PERSON", "aliases": ["a", ".", "“", "\u0301"]}, {"name": "-", "label": "DATE"}])",
                                    &dictionary).ok());
  AnnotateOptions options;
  options.dictionary = &dictionary;
  std::string text = "😀 said a. “שלום” - a";
  text += '\0';
  text += " é\u0301 on Monday.";
  Document doc = annotate(text, options);
  expect_valid_document(doc);
}

// Big but well formed: a 2 MB text with 100,000 entities reads in bounded time (linear
// checks), and a dictionary of 20,000 names annotates a text.
TEST(HostileJson, VeryLargeFiles) {
  const size_t entities = 100000 / kScale;
  std::string text;
  for (size_t i = 0; i < entities; ++i) text += "Vučić met Novak. ";   // "Vučić" at 17 * i
  std::string json = R"({"schema": "article-annotator/1", "version": 1, "text": ")" + text + R"(", "entities": [)";
  for (size_t i = 0; i < entities; ++i) {
    if (i) json += ", ";
    json += R"({"id": "e)" + std::to_string(i + 1) + R"(", "start": )" + std::to_string(17 * i) +
            R"(, "end": )" + std::to_string(17 * i + 5) + R"(, "label": "PERSON", "text": "Vučić"})";
  }
  json += "]}";
  Document doc;
  Status s = read_document_json(json, &doc);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(doc.entities.size(), entities);
  EXPECT_EQ(doc.span_text(doc.entities.back().span), "Vučić");

  std::string dict = "[";
  for (size_t i = 0; i < 20000 / kScale; ++i) {
    if (i) dict += ", ";
    dict += R"({"name": "Company )" + std::to_string(i) + R"(", "label": "ORG", "aliases": ["C)" + std::to_string(i) + "\"]}";
  }
  dict += "]";
  Dictionary dictionary;
  ASSERT_TRUE(parse_dictionary_json(dict, &dictionary).ok());
  AnnotateOptions options;
  options.dictionary = &dictionary;
  Document annotated = annotate("Company 17 said on Monday that C42 would buy Company 1999.", options);
  bool found = false;
  for (const Entity& e : annotated.entities) found |= annotated.span_text(e.span) == "Company 17" && e.label == Label::Org;
  EXPECT_TRUE(found);
  expect_valid_document(annotated);
}

}  // namespace
}  // namespace ann
