// Document JSON (schema article-annotator/1): code point offsets, exact round trips, and an
// error naming the place and the reason for every kind of malformed document.
#include "document/document_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

namespace ann {
namespace {

using Json = nlohmann::ordered_json;

// Byte offsets of `needle` in `text` (first occurrence at or after `from`).
Span find_span(const std::string& text, const std::string& needle, size_t from = 0) {
  size_t at = text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Text with astral characters (😀 = 4 bytes, 2 UTF-16 units, 1 code point) and a combining
// mark ("Zoe" + U+0308 renders "Zoë" but is 4 code points), so byte, code point and UTF-16
// offsets all differ.
Document sample_document() {
  Document doc;
  doc.text = "😀 Vučić said on Monday that Zoe\u0308 \"would not resign\" 🇷🇸.\nNATO denied it.";
  doc.replaced_invalid_utf8 = 2;
  doc.groups = {{.id = 1, .canonical = "Aleksandar Vučić", .label = Label::Person},
                {.id = 2, .canonical = "Zoe\u0308", .label = Label::Person, .origin = Origin::Manual},
                {.id = 3, .canonical = "NATO", .label = Label::Org}};
  doc.entities = {
      {.id = 4, .span = find_span(doc.text, "Vučić"), .label = Label::Person, .group = 1},
      {.id = 5, .span = find_span(doc.text, "Monday"), .label = Label::Date},
      {.id = 6, .span = find_span(doc.text, "Zoe\u0308"), .label = Label::Person, .group = 2,
       .origin = Origin::Manual},
      {.id = 7, .span = find_span(doc.text, "NATO"), .label = Label::Org, .group = 3},
  };
  doc.claims = {
      {.id = 8, .source = find_span(doc.text, "Vučić"), .source_group = 1,
       .cue = find_span(doc.text, "said"), .content = find_span(doc.text, "Zoe\u0308 \"would not resign\" 🇷🇸"),
       .kind = ClaimKind::Mixed},
      {.id = 9, .source = find_span(doc.text, "NATO"), .source_group = 3,
       .cue = find_span(doc.text, "denied"), .content = find_span(doc.text, "it"),
       .kind = ClaimKind::Indirect, .stance = ClaimStance::Deny, .origin = Origin::Manual},
      {.id = 10, .source = std::nullopt, .cue = std::nullopt, .content = find_span(doc.text, "would not resign"),
       .kind = ClaimKind::Direct},
  };
  // Claims sorted by content start, as the Document requires.
  std::swap(doc.claims[1], doc.claims[2]);
  return doc;
}

void expect_same_document(const Document& a, const Document& b) {
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.replaced_invalid_utf8, b.replaced_invalid_utf8);
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    SCOPED_TRACE("entity " + std::to_string(i));
    EXPECT_EQ(a.entities[i].id, b.entities[i].id);
    EXPECT_EQ(a.entities[i].span, b.entities[i].span);
    EXPECT_EQ(a.entities[i].label, b.entities[i].label);
    EXPECT_EQ(a.entities[i].group, b.entities[i].group);
    EXPECT_EQ(a.entities[i].origin, b.entities[i].origin);
  }
  ASSERT_EQ(a.groups.size(), b.groups.size());
  for (size_t i = 0; i < a.groups.size(); ++i) {
    SCOPED_TRACE("group " + std::to_string(i));
    EXPECT_EQ(a.groups[i].id, b.groups[i].id);
    EXPECT_EQ(a.groups[i].canonical, b.groups[i].canonical);
    EXPECT_EQ(a.groups[i].label, b.groups[i].label);
    EXPECT_EQ(a.groups[i].origin, b.groups[i].origin);
  }
  ASSERT_EQ(a.claims.size(), b.claims.size());
  for (size_t i = 0; i < a.claims.size(); ++i) {
    SCOPED_TRACE("claim " + std::to_string(i));
    EXPECT_EQ(a.claims[i].id, b.claims[i].id);
    EXPECT_EQ(a.claims[i].source, b.claims[i].source);
    EXPECT_EQ(a.claims[i].source_group, b.claims[i].source_group);
    EXPECT_EQ(a.claims[i].cue, b.claims[i].cue);
    EXPECT_EQ(a.claims[i].content, b.claims[i].content);
    EXPECT_EQ(a.claims[i].kind, b.claims[i].kind);
    EXPECT_EQ(a.claims[i].stance, b.claims[i].stance);
    EXPECT_EQ(a.claims[i].origin, b.claims[i].origin);
  }
}

TEST(DocumentJsonWrite, OffsetsAreCodePoints) {
  Document doc;
  doc.text = "😀 Vučić said";
  doc.groups = {{.id = 1, .canonical = "Vučić", .label = Label::Person}};
  doc.entities = {{.id = 2, .span = {5, 12}, .label = Label::Person, .group = 1}};
  Json j = Json::parse(write_document_json(doc));
  EXPECT_EQ(j["schema"], "article-annotator/1");
  EXPECT_EQ(j["version"], 1);
  const Json& e = j["entities"][0];
  EXPECT_EQ(e["id"], "e2");
  EXPECT_EQ(e["start"], 2);   // 😀 and the space: 2 code points (5 bytes, 3 UTF-16 units)
  EXPECT_EQ(e["end"], 7);     // "Vučić" is 5 code points (7 bytes)
  EXPECT_EQ(e["text"], "Vučić");
  EXPECT_EQ(e["group"], "g1");
  EXPECT_EQ(e["origin"], "auto");
  EXPECT_EQ(j["groups"][0]["mentions"], Json::array({"e2"}));
}

TEST(DocumentJsonWrite, NullsForMissingParts) {
  Document doc = sample_document();
  Json j = Json::parse(write_document_json(doc));
  const Json& unattributed = j["claims"][1];
  EXPECT_EQ(unattributed["id"], "c10");
  EXPECT_TRUE(unattributed["source"].is_null());
  EXPECT_TRUE(unattributed["source_group"].is_null());
  EXPECT_TRUE(unattributed["cue"].is_null());
  EXPECT_EQ(unattributed["kind"], "direct");
  EXPECT_EQ(unattributed["stance"], "assert");
  EXPECT_TRUE(j["entities"][1]["group"].is_null());   // "Monday" has no group
  EXPECT_EQ(j["claims"][2]["stance"], "deny");
  EXPECT_EQ(j["replaced_invalid_utf8"], 2);
}

TEST(DocumentJsonWrite, OneLineUnlessIndented) {
  Document doc = sample_document();
  std::string compact = write_document_json(doc);
  // The text holds a '\n', which JSON escapes, so a compact document is one JSONL line.
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  std::string pretty = write_document_json(doc, 2);
  EXPECT_NE(pretty.find("\n  \"schema\""), std::string::npos);
  EXPECT_EQ(Json::parse(compact), Json::parse(pretty));
}

// The writer escapes strings itself, 8 bytes a step; nlohmann's dump is the reference. Every
// byte that needs an escape is tried at every position of an 8-byte word and at the ends.
TEST(DocumentJsonWrite, EscapesStringsAsNlohmannDoes) {
  const std::string specials[] = {"\"", "\\", "\n", "\r", "\t", "\b", "\f", std::string(1, '\0'),
                                  "\x01", "\x1f", "\x7f", "/", "\xE2\x80\x9C"};
  for (const std::string& special : specials) {
    for (size_t at = 0; at <= 17; ++at) {
      Document doc;
      doc.text = std::string(at, 'a') + special + std::string(17 - at, 'b') + special;
      const Json j = Json::parse(write_document_json(doc));
      EXPECT_EQ(j["text"], doc.text) << at;
      EXPECT_NE(write_document_json(doc).find(Json(doc.text).dump()), std::string::npos) << at;
    }
  }
}

// Invalid UTF-8 in a document (a broken contract) is written as U+FFFD, offsets still count
// the bytes as OffsetMap does: "\xFF" is one code point.
TEST(DocumentJsonWrite, InvalidUtf8TextIsReplaced) {
  Document doc;
  doc.text = "a\xFF" "Bob";
  doc.entities = {{.id = 1, .span = {2, 5}, .label = Label::Person}};
  const Json j = Json::parse(write_document_json(doc));
  EXPECT_EQ(j["text"], "a\uFFFD" "Bob");
  EXPECT_EQ(j["entities"][0]["start"], 2);
  EXPECT_EQ(j["entities"][0]["text"], "Bob");
}

// Without the text: the same JSON with "text": null (the wasm core puts its JS string back).
TEST(DocumentJsonWrite, WithoutTextIsTheSameJsonWithNullText) {
  Document doc = sample_document();
  Json with_text = Json::parse(write_document_json(doc));
  Json without = Json::parse(write_document_json_without_text(doc));
  EXPECT_TRUE(without["text"].is_null());
  without["text"] = doc.text;
  EXPECT_EQ(without, with_text);   // ordered_json: the key order counts too
}

// Mentions are listed per group in entity order, groups interleaved in the text.
TEST(DocumentJsonWrite, MentionsInEntityOrder) {
  Document doc;
  doc.text = "A B A B A";
  doc.groups = {{.id = 7, .canonical = "B", .label = Label::Org}, {.id = 3, .canonical = "A"}};
  for (uint32_t i = 0; i < 5; ++i) {
    doc.entities.push_back({.id = 10 - i, .span = {2 * i, 2 * i + 1}, .group = i % 2 ? Id{7} : Id{3}});
  }
  const Json j = Json::parse(write_document_json(doc));
  EXPECT_EQ(j["groups"][0]["mentions"], Json::array({"e9", "e7"}));
  EXPECT_EQ(j["groups"][1]["mentions"], Json::array({"e10", "e8", "e6"}));
}

TEST(DocumentJsonRoundTrip, ReadingWhatWasWrittenGivesTheSameDocument) {
  Document doc = sample_document();
  std::string json = write_document_json(doc);
  Document back;
  Status s = read_document_json(json, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  expect_same_document(doc, back);
  EXPECT_EQ(write_document_json(back), json);
}

TEST(DocumentJsonRoundTrip, EmptyDocument) {
  Document doc;
  Document back;
  back.text = "stale";
  Status s = read_document_json(write_document_json(doc), &back);
  ASSERT_TRUE(s.ok()) << s.message();
  expect_same_document(doc, back);
}

TEST(DocumentJsonRoundTrip, SpanEndingAtTheEndOfTheText) {
  Document doc;
  doc.text = "Vučić 😀";
  doc.entities = {{.id = 1, .span = {0, static_cast<uint32_t>(doc.text.size())}, .label = Label::Person}};
  Document back;
  Status s = read_document_json(write_document_json(doc), &back);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(back.entities[0].span, doc.entities[0].span);
  EXPECT_EQ(Json::parse(write_document_json(doc))["entities"][0]["end"], 7);
}

TEST(DocumentJsonRead, OptionalFieldsTakeDefaults) {
  Document doc;
  Status s = read_document_json(R"({"schema": "article-annotator/1", "version": 1, "text": "Ana said yes.",
      "entities": [{"id": "e1", "start": 0, "end": 3, "label": "PERSON"}],
      "claims": [{"id": "c1", "content": {"start": 9, "end": 12}, "kind": "indirect"}]})",
                                &doc);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].group, kNoId);
  EXPECT_EQ(doc.entities[0].origin, Origin::Auto);
  ASSERT_EQ(doc.claims.size(), 1u);
  EXPECT_FALSE(doc.claims[0].source.has_value());
  EXPECT_FALSE(doc.claims[0].cue.has_value());
  EXPECT_EQ(doc.claims[0].stance, ClaimStance::Assert);
  EXPECT_EQ(doc.span_text(doc.claims[0].content), "yes");
  EXPECT_TRUE(doc.groups.empty());
  EXPECT_EQ(doc.replaced_invalid_utf8, 0u);
}

// Found by fuzz_exports: an unnamed group came back from a W3C export named after its
// mention, so the reader names it the same way (after its first mention in the text).
TEST(DocumentJsonRead, UnnamedGroupIsNamedAfterItsFirstMention) {
  Document doc;
  Status s = read_document_json(R"({"schema": "article-annotator/1", "version": 1,
      "text": "On Tuesday, and again on Tuesday evening.",
      "groups": [{"id": "g1", "canonical": "", "label": "DATE"}, {"id": "g2", "label": "DATE"}],
      "entities": [{"id": "e2", "start": 25, "end": 32, "label": "DATE", "group": "g1"},
                   {"id": "e1", "start": 3, "end": 10, "label": "DATE", "group": "g1"}]})",
                                &doc);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(doc.groups.size(), 2u);
  EXPECT_EQ(doc.groups[0].canonical, "Tuesday");
  EXPECT_EQ(doc.groups[1].canonical, "");   // no mention to name it after
}

TEST(DocumentJsonRead, SortsEntitiesAndClaimsByStart) {
  Document doc;
  Status s = read_document_json(R"({"schema": "article-annotator/1", "version": 1, "text": "Ana met Bo in Rome",
      "entities": [{"id": "e3", "start": 14, "end": 18, "label": "PLACE"},
                   {"id": "e1", "start": 0, "end": 3, "label": "PERSON"},
                   {"id": "e2", "start": 8, "end": 10, "label": "PERSON"}]})",
                                &doc);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(doc.entities.size(), 3u);
  EXPECT_EQ(doc.entities[0].id, 1u);
  EXPECT_EQ(doc.entities[1].id, 2u);
  EXPECT_EQ(doc.entities[2].id, 3u);
}

// Each case changes one thing in a valid document and expects this exact message.
struct BadCase {
  const char* name;
  void (*mutate)(Json& j);
  const char* message;
};

class DocumentJsonErrors : public testing::TestWithParam<BadCase> {};

TEST_P(DocumentJsonErrors, NamesThePlaceAndTheReason) {
  Json j = Json::parse(write_document_json(sample_document()));
  GetParam().mutate(j);
  Document out;
  out.text = "untouched";
  out.entities.push_back({.id = 42});
  Status s = read_document_json(j.dump(), &out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), GetParam().message);
  // On error the output is left as it was.
  EXPECT_EQ(out.text, "untouched");
  ASSERT_EQ(out.entities.size(), 1u);
  EXPECT_EQ(out.entities[0].id, 42u);
}

// The sample text is 71 code points long (83 bytes).
const BadCase kBadCases[] = {
    {"EndPastText", [](Json& j) { j["claims"][0]["content"]["end"] = 5120; },
     "claims[0].content.end: 5120 is past the end of the text (71 code points)"},
    {"StartPastText", [](Json& j) { j["entities"][3]["start"] = 72; },
     "entities[3].start: 72 is past the end of the text (71 code points)"},
    {"UnknownLabel", [](Json& j) { j["entities"][0]["label"] = "FOO"; },
     "entities[0].label: unknown label \"FOO\" (expected PERSON, ORG, PLACE, NORP, DATE or QUANTITY)"},
    {"LowercaseLabel", [](Json& j) { j["groups"][2]["label"] = "org"; },
     "groups[2].label: unknown label \"org\" (expected PERSON, ORG, PLACE, NORP, DATE or QUANTITY)"},
    {"StartAfterEnd", [](Json& j) { j["entities"][1]["start"] = 30; },
     "entities[1]: start 30 is after end 22"},
    {"EmptySpan", [](Json& j) { j["claims"][2]["cue"]["end"] = j["claims"][2]["cue"]["start"]; },
     "claims[2].cue: empty span (start = end = 61)"},
    {"TextMismatch", [](Json& j) { j["entities"][0]["text"] = "Vucic"; },
     "entities[0].text: \"Vucic\" does not match the text at 2..7, \"Vučić\""},
    {"TextMismatchOffByOne", [](Json& j) { j["claims"][0]["source"]["end"] = 6; },
     "claims[0].source.text: \"Vučić\" does not match the text at 2..6, \"Vuči\""},
    {"StartAsString", [](Json& j) { j["entities"][0]["start"] = "2"; },
     "entities[0].start: expected an integer, got string \"2\""},
    {"StartAsFloat", [](Json& j) { j["entities"][0]["start"] = 2.5; },
     "entities[0].start: expected an integer, got number 2.5"},
    {"NegativeStart", [](Json& j) { j["entities"][0]["start"] = -1; },
     "entities[0].start: must not be negative, got -1"},
    {"MissingEnd", [](Json& j) { j["claims"][1]["content"].erase("end"); },
     "claims[1].content.end: missing"},
    {"MissingContent", [](Json& j) { j["claims"][1].erase("content"); },
     "claims[1].content: missing"},
    {"MissingId", [](Json& j) { j["entities"][2].erase("id"); }, "entities[2].id: missing"},
    {"MissingKind", [](Json& j) { j["claims"][0].erase("kind"); }, "claims[0].kind: missing"},
    {"UnknownKind", [](Json& j) { j["claims"][0]["kind"] = "quote"; },
     "claims[0].kind: unknown kind \"quote\" (expected direct, indirect or mixed)"},
    {"UnknownStance", [](Json& j) { j["claims"][0]["stance"] = "denied"; },
     "claims[0].stance: unknown stance \"denied\" (expected assert or deny)"},
    {"UnknownOrigin", [](Json& j) { j["groups"][0]["origin"] = "user"; },
     "groups[0].origin: unknown origin \"user\" (expected auto or manual)"},
    {"SourceNotObject", [](Json& j) { j["claims"][0]["source"] = "Vučić"; },
     "claims[0].source: expected an object or null, got string \"Vučić\""},
    {"EntityNotObject", [](Json& j) { j["entities"][1] = Json::array(); },
     "entities[1]: expected an object, got array"},
    {"EntitiesNotArray", [](Json& j) { j["entities"] = Json::object(); },
     "entities: expected an array, got object"},
    {"DanglingGroup", [](Json& j) { j["entities"][0]["group"] = "g9"; },
     "entities[0].group: unknown group \"g9\""},
    {"DanglingSourceGroup", [](Json& j) { j["claims"][0]["source_group"] = "g77"; },
     "claims[0].source_group: unknown group \"g77\""},
    {"GroupIdOfWrongKind", [](Json& j) { j["entities"][0]["group"] = "e4"; },
     "entities[0].group: \"e4\" is not a valid id (expected e.g. \"g1\")"},
    {"IdWithLeadingZero", [](Json& j) { j["entities"][0]["id"] = "e04"; },
     "entities[0].id: \"e04\" is not a valid id (expected e.g. \"e1\")"},
    {"IdZero", [](Json& j) { j["claims"][0]["id"] = "c0"; },
     "claims[0].id: \"c0\" is not a valid id (expected e.g. \"c1\")"},
    {"IdTooLarge", [](Json& j) { j["claims"][0]["id"] = "c4294967296"; },
     "claims[0].id: \"c4294967296\" is not a valid id (expected e.g. \"c1\")"},
    {"IdAsNumber", [](Json& j) { j["groups"][1]["id"] = 2; },
     "groups[1].id: expected an id string like \"g1\", got number 2"},
    {"DuplicateEntityId", [](Json& j) { j["entities"][3]["id"] = "e5"; },
     "entities[3].id: duplicate id \"e5\" (also entities[1])"},
    {"DuplicateGroupId", [](Json& j) { j["groups"][2]["id"] = "g1"; },
     "groups[2].id: duplicate id \"g1\" (also groups[0])"},
    {"DuplicateClaimId", [](Json& j) { j["claims"][2]["id"] = "c8"; },
     "claims[2].id: duplicate id \"c8\" (also claims[0])"},
    {"MentionOfAnotherGroup", [](Json& j) { j["groups"][0]["mentions"].push_back("e7"); },
     "groups[0].mentions[1]: entity \"e7\" is not in this group (entities[3].group is \"g3\")"},
    {"MentionUnknown", [](Json& j) { j["groups"][0]["mentions"] = Json::array({"e4", "e99"}); },
     "groups[0].mentions[1]: unknown entity \"e99\""},
    {"MentionMissing", [](Json& j) { j["groups"][2]["mentions"] = Json::array(); },
     "groups[2].mentions: does not list \"e7\" although entities[3].group names this group"},
    {"MentionTwice", [](Json& j) { j["groups"][0]["mentions"].push_back("e4"); },
     "groups[0].mentions[1]: entity \"e4\" is listed twice"},
    {"WrongSchema", [](Json& j) { j["schema"] = "article-annotator/2"; },
     "schema: unsupported schema \"article-annotator/2\" (this build reads \"article-annotator/1\")"},
    {"MissingSchema", [](Json& j) { j.erase("schema"); }, "schema: missing"},
    {"WrongVersion", [](Json& j) { j["version"] = 2; },
     "version: unsupported version 2 (this build reads version 1)"},
    {"VersionAsString", [](Json& j) { j["version"] = "1"; },
     "version: expected an integer, got string \"1\""},
    {"TextNotString", [](Json& j) { j["text"] = nullptr; }, "text: expected a string, got null"},
    {"ReplacedNegative", [](Json& j) { j["replaced_invalid_utf8"] = -3; },
     "replaced_invalid_utf8: must not be negative, got -3"},
    {"RootNotObject", [](Json& j) { j = Json::array({1}); }, "document: expected an object, got array"},
};

INSTANTIATE_TEST_SUITE_P(Malformed, DocumentJsonErrors, testing::ValuesIn(kBadCases),
                         [](const testing::TestParamInfo<BadCase>& info) { return info.param.name; });

TEST(DocumentJsonRead, NotJsonSaysWhere) {
  Document out;
  Status s = read_document_json("{\"schema\": \"article-annotator/1\",\n \"version\": 1,, }", &out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("not valid JSON at line 2, column 15: syntax error", 0), 0u) << s.message();
}

TEST(DocumentJsonRead, EmptyInputIsAnError) {
  Document out;
  Status s = read_document_json("", &out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("not valid JSON", 0), 0u) << s.message();
}

TEST(DocumentJsonRead, InvalidUtf8InsideJsonIsAnError) {
  Document out;
  Status s = read_document_json("{\"schema\": \"article-annotator/1\", \"version\": 1, \"text\": \"a\xff\"}", &out);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("UTF-8"), std::string::npos) << s.message();
}

TEST(DocumentJsonRead, DeepNestingIsRefusedBeforeParsing) {
  std::string deep = "{\"schema\": \"article-annotator/1\", \"version\": 1, \"text\": \"[[[\", \"x\": " +
                     std::string(100000, '[') + std::string(100000, ']') + "}";
  Document out;
  Status s = read_document_json(deep, &out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "not accepted: JSON nested deeper than 64 levels at byte 131");
}

// Whatever the damage, the reader returns: an error that says something (and leaves the output
// alone), or a document that itself round-trips.
void expect_refused_or_consistent(const std::string& json) {
  Document out;
  out.text = "untouched";
  Status s = read_document_json(json, &out);
  if (!s.ok()) {
    EXPECT_FALSE(s.message().empty());
    EXPECT_EQ(out.text, "untouched");
    return;
  }
  std::string again = write_document_json(out);
  Document twice;
  Status s2 = read_document_json(again, &twice);
  ASSERT_TRUE(s2.ok()) << s2.message() << "\nfrom: " << json;
  EXPECT_EQ(write_document_json(twice), again);
}

TEST(DocumentJsonRead, EveryValueReplacedByEveryTypeIsHandled) {
  const Json good = Json::parse(write_document_json(sample_document()));
  const Json flat = good.flatten();   // {"/entities/0/start": 2, ...}
  const Json replacements[] = {nullptr, true, -1, 0, 1e3, 4294967296LL, "x", "e1", "g1", Json::array(), Json::object()};
  int refused = 0;
  for (const auto& [pointer, unused] : flat.items()) {
    for (const Json& replacement : replacements) {
      Json damaged = good;
      damaged[Json::json_pointer(pointer)] = replacement;
      std::string json = damaged.dump();
      SCOPED_TRACE(pointer + " = " + replacement.dump());
      expect_refused_or_consistent(json);
      Document out;
      refused += !read_document_json(json, &out).ok();
    }
  }
  EXPECT_GT(refused, 100);   // most of these are errors, not silently accepted
}

TEST(DocumentJsonRead, RandomByteDamageIsHandled) {
  const std::string good = write_document_json(sample_document());
  std::mt19937 rng(20240611);
  for (int round = 0; round < 3000; ++round) {
    std::string bad = good;
    for (int edit = 0, edits = 1 + rng() % 3; edit < edits && !bad.empty(); ++edit) {
      size_t at = rng() % bad.size();
      switch (rng() % 4) {
        case 0: bad[at] = static_cast<char>(rng() % 256); break;
        case 1: bad.erase(at, 1 + rng() % 4); break;
        case 2: bad.insert(at, 1, "{}[]\",:0e-\xff"[rng() % 12]); break;
        case 3: bad.resize(at); break;
      }
    }
    expect_refused_or_consistent(bad);
  }
}

TEST(DocumentJsonRead, UnknownFieldsAreIgnored) {
  // Forward compatibility within a version: a newer writer may add fields.
  Json j = Json::parse(write_document_json(sample_document()));
  j["generator"] = {{"name", "annotate"}};
  j["entities"][0]["confidence"] = 0.9;
  Document out;
  Status s = read_document_json(j.dump(), &out);
  ASSERT_TRUE(s.ok()) << s.message();
  expect_same_document(sample_document(), out);
}

}  // namespace
}  // namespace ann
