// Claims CSV (core/formats/csv.h): RFC 4180 quoting read back by a small parser, the
// formula-injection guard, and code point offsets after astral characters.
#include "formats/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ann {
namespace {

// A strict RFC 4180 reader: rows of cells; fails the test on a malformed quote.
std::vector<std::vector<std::string>> parse_csv(std::string_view csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false, was_quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(cell.empty()) << "quote inside an unquoted cell at " << i;
      quoted = was_quoted = true;
    } else if (c == ',') {
      rows.back().push_back(cell);
      cell.clear();
      was_quoted = false;
    } else if (c == '\r') {
      EXPECT_EQ(csv.substr(i, 2), "\r\n") << "bare CR at " << i;
      rows.back().push_back(cell);
      cell.clear();
      rows.emplace_back();
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "bare LF outside quotes at " << i;
      cell += c;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quote";
  (void)was_quoted;
  if (!cell.empty() || !rows.back().empty()) rows.back().push_back(cell);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

Span span_of(const std::string& text, std::string_view needle) {
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Written for this test: an emoji (astral, 4 bytes, 1 code point) before the claims.
Document sample() {
  Document d;
  d.text = "😀😀 Aleksandar Vučić said that \"arms, shells\" went\nnowhere. "
           "=SUM(A1) was denied by @ministry: -5 percent.";
  d.groups = {{1, "Aleksandar Vučić", Label::Person, Origin::Auto}};
  d.entities = {{2, span_of(d.text, "Aleksandar Vučić"), Label::Person, 1, Origin::Auto}};
  Claim a;
  a.id = 3;
  a.source = span_of(d.text, "Aleksandar Vučić");
  a.source_group = 1;
  a.cue = span_of(d.text, "said");
  a.content = span_of(d.text, "\"arms, shells\" went\nnowhere");
  a.kind = ClaimKind::Mixed;
  Claim b;
  b.id = 4;
  b.source = span_of(d.text, "@ministry");
  b.cue = span_of(d.text, "denied");
  b.content = span_of(d.text, "=SUM(A1)");
  b.stance = ClaimStance::Deny;
  Claim c;
  c.id = 5;
  c.content = span_of(d.text, "-5 percent");
  d.claims = {a, b, c};
  return d;
}

TEST(FormatCsv, HeaderAndRowsReadBack) {
  auto rows = parse_csv(write_claims_csv(sample()));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"source", "source_group", "cue", "stance", "kind",
                                               "content", "start", "end"}));
  EXPECT_EQ(rows[1][0], "Aleksandar Vučić");
  EXPECT_EQ(rows[1][1], "Aleksandar Vučić");
  EXPECT_EQ(rows[1][2], "said");
  EXPECT_EQ(rows[1][3], "assert");
  EXPECT_EQ(rows[1][4], "mixed");
  EXPECT_EQ(rows[1][5], "\"arms, shells\" went\nnowhere");   // comma, quotes, newline intact
  // A claim with no source and no cue: empty cells.
  EXPECT_EQ(rows[3][0], "");
  EXPECT_EQ(rows[3][1], "");
  EXPECT_EQ(rows[3][2], "");
  for (const auto& row : rows) EXPECT_EQ(row.size(), 8u);
}

TEST(FormatCsv, OffsetsAreCodePointsAfterAstralCharacters) {
  Document d = sample();
  auto rows = parse_csv(write_claims_csv(d));
  // "😀😀 Aleksandar Vučić said that " is 2 + 1 + 16 + 1 + 4 + 1 + 4 + 1 = 30 code points.
  EXPECT_EQ(rows[1][6], "30");
  EXPECT_EQ(rows[1][7], std::to_string(30 + 27));   // "\"arms, shells\" went\nnowhere"
  // Cross-check every row against a code point count of the text before the content.
  for (size_t i = 0; i < d.claims.size(); ++i) {
    std::string_view before = std::string_view(d.text).substr(0, d.claims[i].content.begin);
    size_t cps = 0;
    for (unsigned char ch : before) cps += (ch & 0xC0) != 0x80;
    EXPECT_EQ(rows[i + 1][6], std::to_string(cps));
  }
}

TEST(FormatCsv, FormulaInjectionIsGuarded) {
  auto rows = parse_csv(write_claims_csv(sample()));
  EXPECT_EQ(rows[2][5], "'=SUM(A1)");
  EXPECT_EQ(rows[2][0], "'@ministry");
  EXPECT_EQ(rows[2][3], "deny");
  EXPECT_EQ(rows[3][5], "'-5 percent");
  EXPECT_EQ(csv_cell("+1 555"), "'+1 555");
  EXPECT_EQ(csv_cell("\tx"), "'\tx");
  EXPECT_EQ(csv_cell("=A1,B1"), "\"'=A1,B1\"");   // guarded, then quoted
  EXPECT_EQ(csv_cell("a = b"), "a = b");          // only a leading sign counts
  EXPECT_EQ(csv_cell(""), "");
}

TEST(FormatCsv, QuotingFollowsRfc4180) {
  EXPECT_EQ(csv_cell("plain"), "plain");
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_cell("cr\r"), "\"cr\r\"");
  std::string csv = write_claims_csv(sample());
  EXPECT_EQ(csv.substr(0, 8), "source,s");
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
}

TEST(FormatCsv, OptionalByteOrderMarkForExcel) {
  Document empty;
  EXPECT_EQ(write_claims_csv(empty), "source,source_group,cue,stance,kind,content,start,end\r\n");
  std::string with_bom = write_claims_csv(empty, CsvOptions{.excel_bom = true});
  EXPECT_EQ(with_bom.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(with_bom.substr(3), write_claims_csv(empty));
}

}  // namespace
}  // namespace ann
