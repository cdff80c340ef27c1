// Scores the claim finder on the shared dev corpus the way ../shared/eval/score.py does
// (greedy one-to-one matching by content Dice >= 0.5) and holds the line on claim F1,
// strict F1, source and stance accuracy. Skipped when the corpus is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "annotator.h"
#include "text/offsets.h"

namespace ann {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

struct Range {
  size_t begin = 0, end = 0;  // code points
};

struct ScoredClaim {
  Range content;
  std::optional<Range> source;
  bool deny = false;
};

double dice(Range a, Range b) {
  size_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  if (hi <= lo) return 0;
  return 2.0 * static_cast<double>(hi - lo) /
         static_cast<double>((a.end - a.begin) + (b.end - b.begin));
}

bool overlaps(Range a, Range b) { return std::min(a.end, b.end) > std::max(a.begin, b.begin); }

std::optional<Range> range_of(const json& j) {
  if (!j.is_object() || !j.contains("start") || !j.contains("end")) return std::nullopt;
  if (!j["start"].is_number_integer() || !j["end"].is_number_integer()) return std::nullopt;
  return Range{j["start"].get<size_t>(), j["end"].get<size_t>()};
}

std::string read(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

TEST(ClaimCorpus, DevScoresHold) {
  fs::path dir = fs::path(ANNOTATOR_SHARED_DIR) / "corpus" / "dev";
  if (!fs::exists(dir)) GTEST_SKIP() << "no dev corpus at " << dir;
  size_t gold_total = 0, pred_total = 0, matched = 0, strict = 0, source_ok = 0, stance_ok = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    fs::path gold_path = entry.path();
    gold_path.replace_extension(".gold.json");
    if (!fs::exists(gold_path)) continue;
    std::string text = read(entry.path());
    json gold = json::parse(read(gold_path), nullptr, false);
    ASSERT_FALSE(gold.is_discarded()) << gold_path;

    std::vector<ScoredClaim> g, p;
    for (const json& c : gold["claims"]) {
      auto content = range_of(c["content"]);
      ASSERT_TRUE(content.has_value());
      g.push_back({*content, range_of(c["source"]), c["stance"] == "deny"});
    }
    Document doc = annotate(text);
    OffsetMap map(doc.text);
    for (const Claim& c : doc.claims) {
      ScoredClaim s;
      s.content = {map.byte_to_code_point(c.content.begin), map.byte_to_code_point(c.content.end)};
      if (c.source)
        s.source =
            Range{map.byte_to_code_point(c.source->begin), map.byte_to_code_point(c.source->end)};
      s.deny = c.stance == ClaimStance::Deny;
      p.push_back(s);
    }
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t i = 0; i < g.size(); ++i) {
      for (size_t j = 0; j < p.size(); ++j) {
        double d = dice(g[i].content, p[j].content);
        if (d >= 0.5) pairs.emplace_back(d, i, j);
      }
    }
    std::sort(pairs.rbegin(), pairs.rend());
    std::vector<bool> gused(g.size()), pused(p.size());
    for (const auto& [d, i, j] : pairs) {
      if (gused[i] || pused[j]) continue;
      gused[i] = pused[j] = true;
      ++matched;
      bool src = (!g[i].source && !p[j].source) ||
                 (g[i].source && p[j].source && overlaps(*g[i].source, *p[j].source));
      source_ok += src;
      strict += src && d >= 0.9;
      stance_ok += g[i].deny == p[j].deny;
    }
    gold_total += g.size();
    pred_total += p.size();
  }
  if (gold_total == 0) GTEST_SKIP() << "no gold claims";
  auto f1 = [&](size_t tp) {
    double pr = pred_total ? static_cast<double>(tp) / static_cast<double>(pred_total) : 0;
    double rc = static_cast<double>(tp) / static_cast<double>(gold_total);
    return pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
  };
  // Measured 0.975 / 0.932 / 0.993 / 1.000 when this test was written; the floors are the
  // issue's targets with a little room, so a regression shows before the targets are missed.
  EXPECT_GE(f1(matched), 0.93);
  EXPECT_GE(f1(strict), 0.85);
  ASSERT_GT(matched, 0u);
  EXPECT_GE(static_cast<double>(source_ok) / static_cast<double>(matched), 0.95);
  EXPECT_GE(static_cast<double>(stance_ok) / static_cast<double>(matched), 0.97);
}

}  // namespace
}  // namespace ann
