// Every dev-corpus article, annotated by hand through the edit operations from its gold file
// (no finders involved): the edits accept every gold span, undo/redo restore them, and each
// export keeps every offset right on real text (curly quotes, diacritics, dashes).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "editing/history.h"
#include "formats/brat.h"
#include "formats/csv.h"
#include "formats/html.h"
#include "formats/w3c.h"

namespace ann {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Byte offset of each code point, plus the end.
std::vector<uint32_t> code_point_starts(std::string_view text) {
  std::vector<uint32_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(static_cast<uint32_t>(i));
  }
  starts.push_back(static_cast<uint32_t>(text.size()));
  return starts;
}

struct Article {
  std::string name, text;
  json gold;
};

std::vector<Article> dev_articles() {
  std::vector<Article> out;
  fs::path dev = fs::path(ANNOTATOR_SHARED_DIR) / "corpus" / "dev";
  if (!fs::is_directory(dev)) return out;
  for (const auto& entry : fs::directory_iterator(dev)) {
    if (entry.path().extension() != ".txt") continue;
    fs::path gold = entry.path();
    gold.replace_extension(".gold.json");
    if (!fs::exists(gold)) continue;
    out.push_back({entry.path().filename().string(), read_file(entry.path()),
                   json::parse(read_file(gold), nullptr, false)});
  }
  return out;
}

Span to_bytes(const std::vector<uint32_t>& cp, const json& span) {
  return Span{cp[span["start"].get<size_t>()], cp[span["end"].get<size_t>()]};
}

// Builds the gold annotations with History::apply, checking each edit is accepted.
Document annotate_by_hand(const Article& a, History& history) {
  Document d;
  d.text = a.text;
  std::vector<uint32_t> cp = code_point_starts(a.text);
  for (const json& e : a.gold["entities"]) {
    AddEntity add{to_bytes(cp, e), label_from_name(e["label"].get<std::string>()).value_or(Label::Org)};
    Status s = history.apply(d, add);
    EXPECT_TRUE(s.ok()) << s.message();
  }
  for (const json& c : a.gold["claims"]) {
    AddClaim add;
    add.content = to_bytes(cp, c["content"]);
    if (c["source"].is_object()) add.source = to_bytes(cp, c["source"]);
    if (c["cue"].is_object()) add.cue = to_bytes(cp, c["cue"]);
    add.kind = claim_kind_from_name(c["kind"].get<std::string>()).value();
    add.stance = claim_stance_from_name(c["stance"].get<std::string>()).value();
    Status s = history.apply(d, add);
    EXPECT_TRUE(s.ok()) << s.message();
  }
  return d;
}

// The annotations without ids, for comparing documents read back from an export.
std::string summary(const Document& d) {
  std::string s;
  for (const Entity& e : d.entities) {
    s += std::to_string(e.span.begin) + " " + std::to_string(e.span.end) + " " +
         std::string(label_name(e.label)) + " " + d.find_group(e.group)->canonical + "\n";
  }
  for (const Claim& c : d.claims) {
    const EntityGroup* g = d.find_group(c.source_group);
    s += std::to_string(c.content.begin) + " " + std::to_string(c.content.end) + " " +
         (c.source ? std::to_string(c.source->begin) : "-") + " " +
         (c.cue ? std::to_string(c.cue->begin) : "-") + " " + (g ? g->canonical : "-") + " " +
         std::string(claim_kind_name(c.kind)) + std::string(claim_stance_name(c.stance)) + "\n";
  }
  return s;
}

TEST(FormatCorpus, GoldAnnotationsSurviveEditsAndEveryExport) {
  std::vector<Article> articles = dev_articles();
  if (articles.empty()) GTEST_SKIP() << "no dev corpus under " << ANNOTATOR_SHARED_DIR;
  size_t entities = 0, claims = 0;
  for (const Article& a : articles) {
    SCOPED_TRACE(a.name);
    ASSERT_FALSE(a.gold.is_discarded());
    History history;
    Document d = annotate_by_hand(a, history);
    ASSERT_EQ(d.entities.size(), a.gold["entities"].size());
    ASSERT_EQ(d.claims.size(), a.gold["claims"].size());
    entities += d.entities.size();
    claims += d.claims.size();
    std::vector<uint32_t> cp = code_point_starts(a.text);

    // W3C: read back against the text gives the same annotations.
    Document back;
    Status s = read_w3c_annotations(write_w3c_annotations(d), a.text, &back);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(summary(back), summary(d));

    // brat: every T line's text is the article's text at its code point offsets.
    std::istringstream ann(write_brat_ann(d));
    std::string line;
    size_t t_lines = 0;
    while (std::getline(ann, line)) {
      if (line[0] != 'T') continue;
      ++t_lines;
      size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
      std::istringstream ranges(line.substr(line.find(' ', tab1) + 1, tab2 - line.find(' ', tab1) - 1));
      std::string fragment, expected;
      while (std::getline(ranges, fragment, ';')) {
        size_t from = 0, to = 0;
        std::istringstream(fragment) >> from >> to;
        ASSERT_LT(to, cp.size()) << line;
        if (!expected.empty()) expected += ' ';
        expected += a.text.substr(cp[from], cp[to] - cp[from]);
      }
      EXPECT_EQ(line.substr(tab2 + 1), expected) << line;
    }
    EXPECT_GE(t_lines, d.entities.size() + 2 * d.claims.size());

    // CSV: each claim's row ends with its gold content offsets.
    std::string csv = write_claims_csv(d);
    for (const json& c : a.gold["claims"]) {
      std::string tail = "," + std::to_string(c["content"]["start"].get<size_t>()) + "," +
                         std::to_string(c["content"]["end"].get<size_t>()) + "\r\n";
      EXPECT_NE(csv.find(tail), std::string::npos) << tail;
    }

    // HTML: no script, and as many entity marks opened as closed.
    std::string html = write_html(d);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    size_t opened = 0, closed = 0;
    for (size_t at = html.find("<mark"); at != std::string::npos; at = html.find("<mark", at + 1)) ++opened;
    for (size_t at = html.find("</mark>"); at != std::string::npos; at = html.find("</mark>", at + 1)) ++closed;
    EXPECT_EQ(opened, closed);
    EXPECT_GE(opened, d.entities.size());

    // Undo everything, then redo everything.
    std::string listing = annotations_listing(d);
    while (history.undo(d)) {
    }
    EXPECT_TRUE(d.entities.empty() && d.groups.empty() && d.claims.empty());
    while (history.redo(d)) {
    }
    EXPECT_EQ(annotations_listing(d), listing);
  }
  EXPECT_GT(entities, 100u);
  EXPECT_GT(claims, 20u);
}

}  // namespace
}  // namespace ann
