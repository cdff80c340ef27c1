// W3C Web Annotation JSON-LD (core/formats/w3c.h): the collection's shape, code point
// selectors after astral characters, quote context, reading back (round trip, re-anchoring
// by quote) and reader errors that leave the destination untouched.
#include "formats/w3c.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace ann {
namespace {

using nlohmann::json;

Span span_of(const std::string& text, std::string_view needle, int nth = 0) {
  size_t at = text.find(needle);
  while (nth-- > 0) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Written for this test: astral characters before and between the annotations.
Document sample() {
  Document d;
  d.text = "😀 Aleksandar Vučić 👍🏽 said the Krušik plant had sold 😀 shells. Vučić denied it.";
  d.groups = {{1, "Aleksandar Vučić", Label::Person, Origin::Auto},
              {3, "Krušik", Label::Org, Origin::Manual}};
  d.entities = {{2, span_of(d.text, "Aleksandar Vučić"), Label::Person, 1, Origin::Auto},
                {4, span_of(d.text, "Krušik"), Label::Org, 3, Origin::Manual},
                {5, span_of(d.text, "Vučić", 1), Label::Person, 1, Origin::Auto}};
  Claim a;
  a.id = 6;
  a.source = span_of(d.text, "Aleksandar Vučić");
  a.source_group = 1;
  a.cue = span_of(d.text, "said");
  a.content = span_of(d.text, "the Krušik plant had sold 😀 shells");
  Claim b;
  b.id = 7;
  b.content = span_of(d.text, "it");
  b.kind = ClaimKind::Direct;
  b.stance = ClaimStance::Deny;
  b.origin = Origin::Manual;
  d.claims = {a, b};
  return d;
}

// Annotations without ids: "begin..end LABEL “group”" and the claims' fields.
std::string summary(const Document& d) {
  std::string s;
  for (const Entity& e : d.entities) {
    s += std::to_string(e.span.begin) + ".." + std::to_string(e.span.end) + " " +
         std::string(label_name(e.label)) + " “" + d.find_group(e.group)->canonical + "” " +
         std::string(origin_name(e.origin)) + "\n";
  }
  for (const Claim& c : d.claims) {
    const EntityGroup* g = d.find_group(c.source_group);
    s += "claim " + std::string(d.span_text(c.content)) + " | " +
         (c.source ? std::string(d.span_text(*c.source)) : "-") + " | " +
         (c.cue ? std::string(d.span_text(*c.cue)) : "-") + " | " + (g ? g->canonical : "-") +
         " " + std::string(claim_kind_name(c.kind)) + " " +
         std::string(claim_stance_name(c.stance)) + " " + std::string(origin_name(c.origin)) + "\n";
  }
  return s;
}

TEST(FormatW3c, CollectionShape) {
  json root = json::parse(write_w3c_annotations(sample()));
  EXPECT_EQ(root["@context"], "http://www.w3.org/ns/anno.jsonld");
  EXPECT_EQ(root["type"], "AnnotationCollection");
  EXPECT_EQ(root["total"], 5);
  EXPECT_EQ(root["first"]["type"], "AnnotationPage");
  const json& items = root["first"]["items"];
  ASSERT_EQ(items.size(), 5u);
  const json& e = items[0];
  EXPECT_EQ(e["id"], "urn:article-annotator:article#e2");
  EXPECT_EQ(e["type"], "Annotation");
  EXPECT_EQ(e["motivation"], "tagging");
  EXPECT_EQ(e["body"][0], json({{"type", "TextualBody"}, {"purpose", "tagging"}, {"value", "PERSON"}}));
  EXPECT_EQ(e["body"][1]["id"], "urn:article-annotator:article#g1");
  EXPECT_EQ(e["body"][1]["purpose"], "identifying");
  EXPECT_EQ(e["body"][1]["value"], "Aleksandar Vučić");
  EXPECT_EQ(e["creator"]["type"], "Software");
  EXPECT_EQ(items[1]["creator"]["type"], "Person");   // the manual Krušik
  // Mentions of one group share the group body's id.
  EXPECT_EQ(items[2]["body"][1]["id"], e["body"][1]["id"]);
  const json& c = items[3];
  EXPECT_EQ(c["motivation"], "describing");
  EXPECT_EQ(c["body"][0]["value"], "claim");
  EXPECT_EQ(c["body"][1]["value"], "indirect");
  EXPECT_EQ(c["body"][2]["value"], "assert");
  EXPECT_EQ(c["body"][3]["id"], "urn:article-annotator:article#g1");
  ASSERT_EQ(c["target"].size(), 3u);
  EXPECT_EQ(c["target"][0]["styleClass"], "claim-content");
  EXPECT_EQ(c["target"][1]["styleClass"], "claim-source");
  EXPECT_EQ(c["target"][2]["styleClass"], "claim-cue");
  EXPECT_EQ(c["stylesheet"]["type"], "CssStylesheet");
  EXPECT_EQ(items[4]["target"].size(), 1u);   // no source, no cue
  W3cOptions options;
  options.source = "https://example.org/news/1";
  json custom = json::parse(write_w3c_annotations(sample(), options));
  EXPECT_EQ(custom["first"]["items"][0]["target"]["source"], "https://example.org/news/1");
  EXPECT_EQ(custom["first"]["items"][0]["id"], "https://example.org/news/1#e2");
}

TEST(FormatW3c, SelectorsCountCodePoints) {
  json items = json::parse(write_w3c_annotations(sample()))["first"]["items"];
  // "😀 " is 2 code points (5 bytes, 3 UTF-16 units): the name is [2, 18).
  const json& name = items[0]["target"]["selector"];
  EXPECT_EQ(name[0], json({{"type", "TextPositionSelector"}, {"start", 2}, {"end", 18}}));
  EXPECT_EQ(name[1]["type"], "TextQuoteSelector");
  EXPECT_EQ(name[1]["exact"], "Aleksandar Vučić");
  EXPECT_EQ(name[1]["prefix"], "😀 ");
  // "Krušik": after "😀 Aleksandar Vučić 👍🏽 said the " = 2 + 16 + 1 + 2 + 1 + 4 + 1 + 3 + 1.
  const json& krusik = items[1]["target"]["selector"];
  EXPECT_EQ(krusik[0]["start"], 31);
  EXPECT_EQ(krusik[0]["end"], 37);
}

TEST(FormatW3c, QuoteContextIsUpTo32CodePointsOfWholeCharacters) {
  Document d;
  // 40 emoji, the name, 40 emoji: the context must be exactly 32 emoji on each side.
  std::string emoji;
  for (int i = 0; i < 40; ++i) emoji += "😀";
  d.text = emoji + "Vučić" + emoji;
  d.groups = {{1, "Vučić", Label::Person, Origin::Auto}};
  d.entities = {{2, span_of(d.text, "Vučić"), Label::Person, 1, Origin::Auto}};
  json quote = json::parse(write_w3c_annotations(d))["first"]["items"][0]["target"]["selector"][1];
  std::string expected;
  for (int i = 0; i < 32; ++i) expected += "😀";
  EXPECT_EQ(quote["prefix"], expected);
  EXPECT_EQ(quote["suffix"], expected);
  json position = json::parse(write_w3c_annotations(d))["first"]["items"][0]["target"]["selector"][0];
  EXPECT_EQ(position["start"], 40);
  EXPECT_EQ(position["end"], 45);
}

TEST(FormatW3c, ReadsBackWhatItWrites) {
  Document d = sample();
  Document back;
  Status s = read_w3c_annotations(write_w3c_annotations(d), d.text, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(back.text, d.text);
  EXPECT_EQ(summary(back), summary(d));
  // One line too.
  W3cOptions one_line;
  one_line.indent = -1;
  std::string compact = write_w3c_annotations(d, one_line);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  ASSERT_TRUE(read_w3c_annotations(compact, d.text, &back).ok());
  EXPECT_EQ(summary(back), summary(d));
  // An empty document gives an empty collection that reads back empty.
  Document empty;
  empty.text = "No names here.";
  ASSERT_TRUE(read_w3c_annotations(write_w3c_annotations(empty), empty.text, &back).ok());
  EXPECT_TRUE(back.entities.empty());
  EXPECT_TRUE(back.claims.empty());
}

TEST(FormatW3c, AMovedQuoteIsReanchoredInAnEditedText) {
  Document d = sample();
  std::string exported = write_w3c_annotations(d);
  // The article gained a sentence at the start: every position is off by its length.
  Document edited = d;
  const std::string added = "Breaking: 🚨 ";   // 15 bytes
  edited.text = added + d.text;
  Document back;
  Status s = read_w3c_annotations(exported, edited.text, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(back.entities.size(), 3u);
  EXPECT_EQ(back.span_text(back.entities[0].span), "Aleksandar Vučić");
  EXPECT_EQ(back.span_text(back.entities[2].span), "Vučić");   // the second one, not the first
  EXPECT_EQ(back.entities[2].span.begin, d.entities[2].span.begin + added.size());
  EXPECT_EQ(back.span_text(back.claims[0].content), "the Krušik plant had sold 😀 shells");
}

TEST(FormatW3c, AQuoteSelectorAloneIsEnoughAndItsPrefixDisambiguates) {
  std::string text = "Jovanović met Jovanović.";
  json collection = {
      {"@context", "http://www.w3.org/ns/anno.jsonld"},
      {"type", "AnnotationPage"},
      {"items",
       {{{"type", "Annotation"},
         {"motivation", "tagging"},
         {"body", {{"type", "TextualBody"}, {"purpose", "tagging"}, {"value", "PERSON"}}},
         {"target",
          {{"source", "x"},
           {"selector",
            {{"type", "TextQuoteSelector"}, {"exact", "Jovanović"}, {"prefix", "met "}}}}}}}}};
  Document back;
  Status s = read_w3c_annotations(collection.dump(), text, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(back.entities.size(), 1u);
  EXPECT_EQ(back.entities[0].span.begin, text.rfind("Jovanović"));
  EXPECT_EQ(back.entities[0].origin, Origin::Manual);   // no Software creator
  EXPECT_EQ(back.groups[0].canonical, "Jovanović");
}

// The collection of sample() with one change made by `edit`, read against sample's text.
Status read_modified(void (*edit)(json&), Document* out) {
  json root = json::parse(write_w3c_annotations(sample()));
  edit(root);
  return read_w3c_annotations(root.dump(), sample().text, out);
}

TEST(FormatW3c, ReaderErrorsNameThePlaceAndLeaveTheDestinationAlone) {
  Document dest;
  dest.text = "untouched";
  struct Case {
    void (*edit)(json&);
    std::string message;
  } cases[] = {
      {[](json& r) { r["type"] = "Annotation"; },
       "type: expected \"AnnotationCollection\" or \"AnnotationPage\", got \"Annotation\""},
      {[](json& r) { r["first"] = "https://example.org/page1"; },
       "first: expected the first AnnotationPage as an object (pages by reference are not supported)"},
      {[](json& r) { r["first"]["items"][0]["target"]["selector"][0]["end"] = 5120; },
       "items[0].target.selector[0].end: 5120 is past the end of the text (79 code points)"},
      {[](json& r) { r["first"]["items"][0]["target"]["selector"][0]["start"] = -1; },
       "items[0].target.selector[0].start: expected a code point offset (an integer >= 0), got number -1"},
      {[](json& r) { r["first"]["items"][0]["target"]["selector"][0]["start"] = 18; },
       "items[0].target.selector[0]: start 18 is not before end 18"},
      {[](json& r) { r["first"]["items"][1]["body"][0]["value"] = "COMPANY"; },
       "items[1].body: no \"tagging\" body names a label (PERSON, ORG, PLACE, NORP, DATE or QUANTITY)"},
      {[](json& r) { r["first"]["items"][2]["motivation"] = "commenting"; },
       "items[2].motivation: \"commenting\" is neither \"tagging\" (an entity) nor \"describing\" (a claim)"},
      {[](json& r) { r["first"]["items"][3]["body"][3]["id"] = "urn:x#g99"; },
       "items[3].body[3].id: \"urn:x#g99\" is the id of no entity's group"},
      {[](json& r) { r["first"]["items"][4]["target"][0]["styleClass"] = "claim-cue"; },
       "items[4].target: no target with styleClass \"claim-content\""},
      {[](json& r) { r["first"]["items"][0]["target"]["selector"][1]["exact"] = "Tito"; },
       "items[0].target: the text at items[0].target.selector[0] is \"Aleksandar Vučić\", and the "
       "quote \"Tito\" is not in the text"},
      {[](json& r) { r["first"]["items"][0]["target"].erase("selector"); },
       "items[0].target.selector: missing"},
      {[](json& r) { r["first"]["items"][0]["body"] = 7; },
       "items[0].body: expected an object or an array, got number 7"},
  };
  for (const Case& c : cases) {
    Status s = read_modified(c.edit, &dest);
    EXPECT_EQ(s.message(), c.message);
    EXPECT_EQ(dest.text, "untouched");
  }
  EXPECT_FALSE(read_w3c_annotations("{\"type\": ", sample().text, &dest).ok());
  EXPECT_EQ(read_w3c_annotations("{}", "bad \xFF text", &dest).message(),
            "the article text is not valid UTF-8");
  EXPECT_EQ(dest.text, "untouched");
}

// Every value of a valid export replaced by a value of every other type: the reader never
// throws (a throw aborts the wasm module) and either succeeds or leaves the destination alone.
TEST(FormatW3c, EveryValueReplacedByEveryTypeIsHandled) {
  const std::string text = sample().text;
  json root = json::parse(write_w3c_annotations(sample()));
  // Every leaf ("/first/items/0/id") and every object or array above one ("/first/items/0").
  std::set<std::string> pointers;
  const json flat = root.flatten();
  for (const auto& [leaf, value] : flat.items()) {
    for (json::json_pointer p(leaf); !p.empty(); p = p.parent_pointer()) pointers.insert(p.to_string());
  }
  const json replacements[] = {nullptr, true, -1, 1e30, 3, "x", json::array(), json::object()};
  size_t reads = 0, errors = 0;
  for (const std::string& pointer : pointers) {
    for (const json& r : replacements) {
      json changed = root;
      changed[json::json_pointer(pointer)] = r;
      Document dest;
      dest.text = "untouched";
      Status s = read_w3c_annotations(changed.dump(), text, &dest);
      ++reads;
      if (!s.ok()) {
        ++errors;
        EXPECT_EQ(dest.text, "untouched") << pointer;
        EXPECT_FALSE(s.message().empty()) << pointer;
      }
    }
  }
  EXPECT_GT(reads, 1000u);
  EXPECT_GT(errors, reads / 4);   // most replacements break something and are reported
}

}  // namespace
}  // namespace ann
