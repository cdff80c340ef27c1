// The entity finder against the dev corpus gold (../shared/corpus/dev, read by path; skipped
// when absent): exact span + label F1, as ../shared/eval/score.py computes it.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "annotator.h"
#include "text/offsets.h"

namespace ann {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Counts {
  std::array<int, kLabelCount> tp{}, predicted{}, gold{};
};

double f1(int tp, int predicted, int gold) {
  double p = predicted ? double(tp) / predicted : 1.0;
  double r = gold ? double(tp) / gold : 1.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

TEST(EntityCorpus, DevSetExactF1) {
  fs::path dev = fs::path(ANNOTATOR_SHARED_DIR) / "corpus" / "dev";
  if (!fs::exists(dev)) GTEST_SKIP() << "no dev corpus at " << dev;
  Counts c;
  int articles = 0;
  for (const auto& entry : fs::directory_iterator(dev)) {
    fs::path txt = entry.path();
    if (txt.extension() != ".txt" || txt.filename() == "SOURCES.md") continue;
    fs::path gold_path = txt;
    gold_path.replace_extension(".gold.json");
    if (!fs::exists(gold_path)) continue;
    json gold = json::parse(read_file(gold_path), nullptr, false);
    ASSERT_FALSE(gold.is_discarded()) << gold_path;
    ++articles;

    AnnotateOptions options;
    options.find_claims = false;
    Document doc = annotate(read_file(txt), options);
    OffsetMap offsets(doc.text);
    // Greedy one-to-one exact matching, like score.py.
    std::vector<bool> used(doc.entities.size(), false);
    for (const Entity& e : doc.entities) ++c.predicted[int(e.label)];
    for (const json& g : gold["entities"]) {
      std::optional<Label> label = label_from_name(g["label"].get<std::string>());
      if (!label) continue;
      ++c.gold[int(*label)];
      size_t start = g["start"].get<size_t>(), end = g["end"].get<size_t>();
      for (size_t i = 0; i < doc.entities.size(); ++i) {
        const Entity& e = doc.entities[i];
        if (used[i] || e.label != *label) continue;
        if (offsets.byte_to_code_point(e.span.begin) == start &&
            offsets.byte_to_code_point(e.span.end) == end) {
          used[i] = true;
          ++c.tp[int(*label)];
          break;
        }
      }
    }
  }
  ASSERT_GT(articles, 0);
  int tp = 0, predicted = 0, gold = 0;
  for (int l = 0; l < kLabelCount; ++l) {
    tp += c.tp[l];
    predicted += c.predicted[l];
    gold += c.gold[l];
    double label_f1 = f1(c.tp[l], c.predicted[l], c.gold[l]);
    RecordProperty(std::string(label_name(Label(l))), std::to_string(label_f1));
    EXPECT_GE(label_f1, 0.80) << label_name(Label(l));
  }
  double total = f1(tp, predicted, gold);
  RecordProperty("entity_f1", std::to_string(total));
  EXPECT_GE(total, 0.90);
  std::printf("dev entity exact F1 %.3f over %d articles\n", total, articles);
}

}  // namespace
}  // namespace ann
