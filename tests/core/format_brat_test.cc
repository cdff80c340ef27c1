// brat standoff (core/formats/brat.h): a small .ann parser checks that every T line's text
// equals the text at its code point offsets (astral characters and line breaks included),
// and that events, attributes, Equiv and notes point at the right lines.
#include "formats/brat.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace ann {
namespace {

// Byte offset of each code point of `text`, plus the end.
std::vector<size_t> code_point_starts(std::string_view text) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

struct TextBound {
  std::string type;
  std::vector<std::pair<size_t, size_t>> ranges;   // code points
  std::string text;
};

struct Ann {
  std::map<std::string, TextBound> t;
  std::map<std::string, std::string> e;                      // E id => "Attribution:T5 ..."
  std::vector<std::string> attributes, equivs, notes;
};

// Parses .ann lines and checks each T line's text against the article.
Ann parse_ann(const std::string& ann, std::string_view article) {
  std::vector<size_t> cp = code_point_starts(article);
  Ann out;
  std::istringstream lines(ann);
  std::string line;
  while (std::getline(lines, line)) {
    size_t tab = line.find('\t');
    EXPECT_NE(tab, std::string::npos) << line;
    std::string id = line.substr(0, tab), rest = line.substr(tab + 1);
    if (id[0] == 'T') {
      size_t tab2 = rest.find('\t');
      EXPECT_NE(tab2, std::string::npos) << line;
      TextBound tb;
      std::istringstream head(rest.substr(0, tab2));
      head >> tb.type;
      std::string ranges;
      std::getline(head, ranges);
      std::istringstream fragments(ranges);
      std::string fragment;
      std::string expected;
      while (std::getline(fragments, fragment, ';')) {
        size_t from = 0, to = 0;
        std::istringstream(fragment) >> from >> to;
        EXPECT_LE(from, to);
        EXPECT_LT(to, cp.size()) << line;
        if (to >= cp.size()) continue;
        if (!expected.empty()) expected += ' ';
        expected += article.substr(cp[from], cp[to] - cp[from]);
        tb.ranges.emplace_back(from, to);
      }
      tb.text = rest.substr(tab2 + 1);
      EXPECT_EQ(tb.text, expected) << "T line text differs from the article: " << line;
      out.t[id] = tb;
    } else if (id[0] == 'E') {
      out.e[id] = rest;
    } else if (id[0] == 'A') {
      out.attributes.push_back(rest);
    } else if (id == "*") {
      out.equivs.push_back(rest);
    } else if (id[0] == '#') {
      out.notes.push_back(rest);
    } else {
      ADD_FAILURE() << "unknown line " << line;
    }
  }
  return out;
}

Span span_of(const std::string& text, std::string_view needle, int nth = 0) {
  size_t at = text.find(needle);
  while (nth-- > 0) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Written for this test: astral characters (emoji, a flag, a skin tone) before and inside
// spans, and a claim whose content crosses a line break.
Document sample() {
  Document d;
  d.text = "🇷🇸 Aleksandar Vučić 👍🏽 said that 😀 Krušik\nsold shells to Ukraine. "
           "Vučić rejected it.";
  d.groups = {{1, "Aleksandar Vučić", Label::Person, Origin::Auto},
              {3, "Krušik", Label::Org, Origin::Auto},
              {5, "Ukraine", Label::Place, Origin::Auto}};
  d.entities = {{2, span_of(d.text, "Aleksandar Vučić"), Label::Person, 1, Origin::Auto},
                {4, span_of(d.text, "Krušik"), Label::Org, 3, Origin::Auto},
                {6, span_of(d.text, "Ukraine"), Label::Place, 5, Origin::Auto},
                {7, span_of(d.text, "Vučić", 1), Label::Person, 1, Origin::Manual}};
  Claim a;
  a.id = 8;
  a.source = span_of(d.text, "Aleksandar Vučić");
  a.source_group = 1;
  a.cue = span_of(d.text, "said");
  a.content = span_of(d.text, "😀 Krušik\nsold shells to Ukraine");
  Claim b;
  b.id = 9;
  b.content = span_of(d.text, "it");
  b.stance = ClaimStance::Deny;
  b.kind = ClaimKind::Direct;
  d.claims = {a, b};
  return d;
}

TEST(FormatBrat, EveryTextBoundMatchesTheArticleAtCodePointOffsets) {
  Document d = sample();
  std::string ann = write_brat_ann(d);
  Ann parsed = parse_ann(ann, d.text);
  // 4 entities, claim 1: trigger + source + cue + content, claim 2: trigger + content.
  EXPECT_EQ(parsed.t.size(), 10u);
  // "🇷🇸 " is 3 code points (a flag is two regional indicators): the name starts at 3.
  EXPECT_NE(ann.find("T1\tPERSON 3 19\tAleksandar Vučić\n"), std::string::npos) << ann;
  // The content crosses a line break: two fragments joined by a space. Offsets checked
  // with Python (brat is Python): t.index("😀") == 33, t.index("\n") == 41.
  EXPECT_NE(ann.find("\tContent 33 41;42 64\t😀 Krušik sold shells to Ukraine\n"),
            std::string::npos)
      << ann;
}

TEST(FormatBrat, ClaimsAreAttributionEventsWithAttributesAndNotes) {
  Document d = sample();
  Ann parsed = parse_ann(write_brat_ann(d), d.text);
  ASSERT_EQ(parsed.e.size(), 2u);
  // E1 lists its trigger, then source, cue and content, as the issue's
  // "E1 Attribution:T1 Source:T2 Cue:T3 Content:T4" (here after the 4 entities' T lines).
  EXPECT_EQ(parsed.e["E1"], "Attribution:T5 Source:T6 Cue:T7 Content:T8");
  // The trigger is the cue "said"; each argument has its own type.
  std::istringstream args(parsed.e["E1"]);
  std::map<std::string, std::string> roles;
  std::string arg;
  while (args >> arg) roles[arg.substr(0, arg.find(':'))] = arg.substr(arg.find(':') + 1);
  EXPECT_EQ(parsed.t[roles["Attribution"]].type, "Attribution");
  EXPECT_EQ(parsed.t[roles["Attribution"]].text, "said");
  EXPECT_EQ(parsed.t[roles["Source"]].type, "Source");
  EXPECT_EQ(parsed.t[roles["Source"]].text, "Aleksandar Vučić");
  EXPECT_EQ(parsed.t[roles["Cue"]].type, "Cue");
  EXPECT_EQ(parsed.t[roles["Cue"]].text, "said");
  EXPECT_EQ(parsed.t[roles["Content"]].type, "Content");
  EXPECT_EQ(parsed.t[roles["Content"]].text, "😀 Krušik sold shells to Ukraine");
  // E2 has no source and no cue: the content is its trigger too, and no argument is empty.
  EXPECT_EQ(parsed.e["E2"], "Attribution:T9 Content:T10");
  EXPECT_EQ(parsed.t["T9"].text, "it");
  EXPECT_EQ(parsed.t["T10"].type, "Content");
  EXPECT_EQ(parsed.attributes,
            (std::vector<std::string>{"Kind E1 indirect", "Stance E1 assert", "Kind E2 direct",
                                      "Stance E2 deny"}));
  ASSERT_EQ(parsed.notes.size(), 1u);
  EXPECT_EQ(parsed.notes[0], "AnnotatorNotes " + roles["Source"] + "\tAleksandar Vučić");
}

TEST(FormatBrat, GroupsBecomeEquivLines) {
  Document d = sample();
  Ann parsed = parse_ann(write_brat_ann(d), d.text);
  ASSERT_EQ(parsed.equivs.size(), 1u);   // only g1 has two mentions
  EXPECT_EQ(parsed.equivs[0], "Equiv T1 T4");
  EXPECT_EQ(parsed.t["T4"].text, "Vučić");
}

TEST(FormatBrat, EmptyDocumentAndConfiguration) {
  EXPECT_EQ(write_brat_ann(Document{}), "");
  std::string conf = brat_annotation_conf();
  for (std::string_view needed : {"[entities]\nPERSON\n", "QUANTITY\nSource\nCue\nContent\n",
                                  "Attribution\tSource?:Source, Cue?:Cue, Content:Content\n",
                                  "Kind\tArg:Attribution, Value:direct|indirect|mixed\n",
                                  "Stance\tArg:Attribution, Value:assert|deny\n"}) {
    EXPECT_NE(conf.find(needed), std::string::npos) << needed;
  }
}

}  // namespace
}  // namespace ann
