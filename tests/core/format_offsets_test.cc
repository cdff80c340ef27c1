// Every export points at exactly the right characters when the article holds emoji, flags,
// ZWJ sequences, astral CJK, combining marks, right-to-left text, CRLF and lone CR line
// breaks. Each format's offsets are read back the way its consumers read them, with a
// UTF-8 decoder of this file (not the core's OffsetMap, which the exporters use):
//   document JSON, W3C, CSV   code points of the text, as Python's text[start:end]
//   brat                      code points of the .txt as brat reads it: universal newlines
//                             (server/src/annotation.py open_textfile, mode 'rU'), so
//                             "\r\n" and "\r" are one "\n"
//   HTML                      no offsets: each <mark> must hold exactly its entity's text
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "annotator.h"
#include "formats/export.h"

namespace ann {
namespace {

using nlohmann::json;

// --- Code points, decoded here ----------------------------------------------------------

std::u32string decode(std::string_view utf8) {
  std::u32string out;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char lead = utf8[i];
    size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    out += cp;
    i += length;
  }
  return out;
}

std::string encode(std::u32string_view cps) {
  std::string out;
  for (char32_t cp : cps) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// Code points [start, end) of `text`, or a marker the comparison will show.
std::string slice(const std::u32string& text, uint64_t start, uint64_t end) {
  if (start > end || end > text.size()) return "<bad range " + std::to_string(start) + ".." + std::to_string(end) + ">";
  return encode(std::u32string_view(text).substr(start, end - start));
}

// --- The article (written for this test) --------------------------------------------------

Span span_of(const std::string& text, std::string_view needle) {
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// "Zoë" spelt e + U+0308 and "José" e + U+0301 (never normalised); 🇷🇸 is two code points,
// 👨‍👩‍👧 five, 👍🏽 two; 𠀋 is one astral CJK character.
const std::string kText =
    "😀 Zoe\u0308 Ndlovu said on 3 March that 🇷🇸 Serbia\r\n"
    "would not sell 𠀋 arms to Jose\u0301 Ramos-Horta.\r\n"
    "👨‍👩‍👧 “We deny it,” Ana Brnabić said.\r\r"
    "שלום is 10 km from Tel Aviv 👍🏽";

Document tricky_document() {
  Document d;
  d.text = kText;
  struct Mention { const char* text; Label label; };
  const Mention mentions[] = {
      {"Zoe\u0308 Ndlovu", Label::Person}, {"3 March", Label::Date},
      {"Serbia", Label::Place},            {"Jose\u0301 Ramos-Horta", Label::Person},
      {"👨‍👩‍👧", Label::Norp},                 {"Ana Brnabić", Label::Person},
      {"שלום", Label::Org},                {"10 km", Label::Quantity},
      {"Tel Aviv", Label::Place}};
  Id id = 1;
  for (const Mention& m : mentions) {
    Id group = id++;
    d.groups.push_back({group, m.text, m.label, Origin::Manual});
    d.entities.push_back({id++, span_of(kText, m.text), m.label, group, Origin::Manual});
  }
  Claim crossing_lines;   // starts with a flag, crosses a CRLF
  crossing_lines.id = id++;
  crossing_lines.source = span_of(kText, "Zoe\u0308 Ndlovu");
  crossing_lines.source_group = d.entities[0].group;
  crossing_lines.cue = span_of(kText, "said");
  crossing_lines.content = span_of(kText, "🇷🇸 Serbia\r\nwould not sell 𠀋 arms to Jose\u0301 Ramos-Horta");
  Claim quoted;
  quoted.id = id++;
  quoted.source = span_of(kText, "Ana Brnabić");
  quoted.source_group = d.entities[5].group;
  quoted.cue = span_of(kText, "said.");
  quoted.cue->end -= 1;
  quoted.content = span_of(kText, "“We deny it,”");
  quoted.kind = ClaimKind::Direct;
  quoted.stance = ClaimStance::Deny;
  d.claims = {crossing_lines, quoted};
  return d;
}

// What the finders make of the same text: whatever they find must be exported right too.
Document annotated_document() { return annotate(kText); }

std::string span_text(const Document& doc, Span s) { return std::string(doc.span_text(s)); }

// --- Document JSON ------------------------------------------------------------------------

void expect_json_offsets(const Document& doc) {
  json j = json::parse(export_document(doc, ExportFormat::DocumentJson), nullptr, false);
  ASSERT_TRUE(j.is_object());
  const std::u32string text = decode(j["text"].get<std::string>());
  ASSERT_EQ(j["entities"].size(), doc.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const json& e = j["entities"][i];
    EXPECT_EQ(slice(text, e["start"], e["end"]), span_text(doc, doc.entities[i].span)) << e.dump();
    EXPECT_EQ(e["text"], span_text(doc, doc.entities[i].span));
  }
  ASSERT_EQ(j["claims"].size(), doc.claims.size());
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    const json& jc = j["claims"][i];
    EXPECT_EQ(slice(text, jc["content"]["start"], jc["content"]["end"]), span_text(doc, c.content));
    if (c.source) EXPECT_EQ(slice(text, jc["source"]["start"], jc["source"]["end"]), span_text(doc, *c.source));
    if (c.cue) EXPECT_EQ(slice(text, jc["cue"]["start"], jc["cue"]["end"]), span_text(doc, *c.cue));
  }
}

TEST(ExportOffsets, DocumentJsonSelectsEachSpan) {
  expect_json_offsets(tricky_document());
  expect_json_offsets(annotated_document());
}

// --- W3C Web Annotation -------------------------------------------------------------------

// The selectors of one target: the position's text, and the quote's exact text.
void expect_selectors(const std::u32string& text, const json& target, const std::string& expected) {
  const json& position = target["selector"][0];
  const json& quote = target["selector"][1];
  ASSERT_EQ(position["type"], "TextPositionSelector");
  ASSERT_EQ(quote["type"], "TextQuoteSelector");
  uint64_t start = position["start"], end = position["end"];
  EXPECT_EQ(slice(text, start, end), expected);
  EXPECT_EQ(quote["exact"], expected);
  // Prefix and suffix are the code points right before and after.
  std::string prefix = quote["prefix"], suffix = quote["suffix"];
  EXPECT_EQ(slice(text, start - decode(prefix).size(), start), prefix);
  EXPECT_EQ(slice(text, end, end + decode(suffix).size()), suffix);
}

void expect_w3c_offsets(const Document& doc) {
  json j = json::parse(export_document(doc, ExportFormat::W3cJsonLd), nullptr, false);
  ASSERT_TRUE(j.is_object());
  const std::u32string text = decode(doc.text);   // the W3C file points at the article
  const json& items = j["first"]["items"];
  ASSERT_EQ(items.size(), doc.entities.size() + doc.claims.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    expect_selectors(text, items[i]["target"], span_text(doc, doc.entities[i].span));
  }
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    for (const json& target : items[doc.entities.size() + i]["target"]) {
      std::string role = target["styleClass"];
      Span s = role == "claim-content" ? c.content : role == "claim-source" ? *c.source : *c.cue;
      expect_selectors(text, target, span_text(doc, s));
    }
  }
}

TEST(ExportOffsets, W3cSelectorsSelectEachSpan) {
  expect_w3c_offsets(tricky_document());
  expect_w3c_offsets(annotated_document());
}

// --- brat ---------------------------------------------------------------------------------

// The .txt as brat holds it: decoded, with "\r\n" and "\r" read as "\n".
std::u32string brat_text(std::string_view txt) {
  std::u32string in = decode(txt), out;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == U'\r') {
      out += U'\n';
      if (i + 1 < in.size() && in[i + 1] == U'\n') ++i;
    } else {
      out += in[i];
    }
  }
  return out;
}

// A span's text as brat's T line shows it: its runs between line breaks, joined by a space.
std::string brat_fragments(std::string_view s) {
  std::string out, run;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '\n' || s[i] == '\r') {
      if (!run.empty()) out += (out.empty() ? "" : " ") + run;
      run.clear();
    } else {
      run += s[i];
    }
  }
  return out;
}

struct TextBound {
  std::string id, type, ranges, text;
};

std::vector<TextBound> text_bounds(const std::string& ann) {
  std::vector<TextBound> out;
  std::istringstream lines(ann);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] != 'T') continue;
    size_t tab1 = line.find('\t'), space = line.find(' ', tab1), tab2 = line.find('\t', space);
    out.push_back({line.substr(0, tab1), line.substr(tab1 + 1, space - tab1 - 1),
                   line.substr(space + 1, tab2 - space - 1), line.substr(tab2 + 1)});
  }
  return out;
}

void expect_brat_offsets(const Document& doc) {
  const std::u32string text = brat_text(export_document(doc, ExportFormat::BratText));
  std::vector<TextBound> bounds = text_bounds(export_document(doc, ExportFormat::BratAnnotations));
  ASSERT_GE(bounds.size(), doc.entities.size());
  for (size_t i = 0; i < bounds.size(); ++i) {
    const TextBound& t = bounds[i];
    // "33 41;42 64": each fragment's text, joined by a space, is the T line's text.
    std::string selected;
    std::istringstream ranges(t.ranges);
    for (std::string range; std::getline(ranges, range, ';');) {
      uint64_t start = 0, end = 0;
      std::istringstream(range) >> start >> end;
      selected += (selected.empty() ? "" : " ") + slice(text, start, end);
    }
    EXPECT_EQ(selected, t.text) << t.id << " " << t.ranges;
    // Entities come first, in document order.
    if (i < doc.entities.size()) EXPECT_EQ(t.text, brat_fragments(doc.span_text(doc.entities[i].span)));
  }
}

TEST(ExportOffsets, BratRangesSelectEachSpanAsBratReadsTheText) {
  expect_brat_offsets(tricky_document());
  expect_brat_offsets(annotated_document());
}

// --- Claims CSV ---------------------------------------------------------------------------

// RFC 4180 rows: quoted cells may hold commas, "" and line breaks.
std::vector<std::vector<std::string>> csv_rows(std::string_view csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') cell += csv[++i];
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(cell));
      cell.clear();
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      rows.back().push_back(std::move(cell));
      cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      cell += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

void expect_csv_offsets(const Document& doc) {
  auto rows = csv_rows(export_document(doc, ExportFormat::ClaimsCsv));
  ASSERT_EQ(rows.size(), doc.claims.size() + 1);
  const std::vector<std::string>& header = rows[0];
  auto column = [&](const std::string& name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const size_t content = column("content"), start = column("start"), end = column("end");
  ASSERT_LT(std::max({content, start, end}), header.size());
  const std::u32string text = decode(doc.text);
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const std::vector<std::string>& row = rows[i + 1];
    ASSERT_EQ(row.size(), header.size());
    EXPECT_EQ(slice(text, std::stoull(row[start]), std::stoull(row[end])), span_text(doc, doc.claims[i].content));
    EXPECT_EQ(row[content], span_text(doc, doc.claims[i].content));
  }
}

TEST(ExportOffsets, CsvStartAndEndSelectEachClaimContent) {
  expect_csv_offsets(tricky_document());
  expect_csv_offsets(annotated_document());
}

// --- HTML ---------------------------------------------------------------------------------

std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos) {
      out += s[i];
      continue;
    }
    std::string_view entity = s.substr(i, semi - i + 1);
    out += entity == "&amp;" ? "&" : entity == "&lt;" ? "<" : entity == "&gt;" ? ">" :
           entity == "&quot;" ? "\"" : entity == "&#39;" ? "'" : std::string(entity);
    i = semi;
  }
  return out;
}

// The text inside each <mark> of the article, in order, tags inside it dropped.
std::vector<std::string> marked_texts(const std::string& html) {
  size_t from = html.find("<article"), to = html.find("</article>");
  std::string_view body = std::string_view(html).substr(from, to - from);
  std::vector<std::string> out;
  for (size_t at = body.find("<mark"); at != std::string_view::npos; at = body.find("<mark", at + 1)) {
    size_t i = body.find('>', at) + 1;
    std::string inner;
    for (int depth = 1; depth > 0 && i < body.size();) {
      if (body[i] == '<') {
        size_t close = body.find('>', i);
        std::string_view tag = body.substr(i + 1, close - i - 1);
        if (tag.starts_with("mark")) ++depth;
        if (tag == "/mark") --depth;
        if (tag == "br") inner += '\n';
        i = close + 1;
      } else {
        size_t next = body.find('<', i);
        inner += unescape(body.substr(i, next - i));
        i = next;
      }
    }
    out.push_back(inner);
  }
  return out;
}

TEST(ExportOffsets, HtmlMarksHoldExactlyTheirEntities) {
  Document doc = tricky_document();
  std::vector<std::string> expected;
  for (const Entity& e : doc.entities) expected.push_back(span_text(doc, e.span));
  EXPECT_EQ(marked_texts(export_document(doc, ExportFormat::Html)), expected);
}

}  // namespace
}  // namespace ann
