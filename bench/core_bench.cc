// Native micro-benchmark of the core: plain std::chrono loops over the dev corpus, printing
// figures only (speed depends on the machine: nothing here asserts a time).
//
//   build/bench/core_bench [CORPUS_DIR] [--seconds S] [--json]
//
// Figures: annotate() throughput in MB/s of article text, the same with write_document_json
// (what the CLI and the wasm core return), and the time of one 5,000-word article made by
// concatenating the corpus articles (see make_long_article; bench/bench.mjs builds the same).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annotator.h"
#include "document/document_json.h"

namespace {

using Clock = std::chrono::steady_clock;

// Results are summed here so the optimiser cannot drop the work.
volatile size_t g_sink = 0;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<std::string> read_articles(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> paths;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());   // the same order as bench.mjs
  std::vector<std::string> articles;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    articles.push_back(text.str());
  }
  return articles;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The articles joined by a blank line, cycling through them, cut right after word `words`
// (a word: a run of non-space bytes).  {"A b.", "C d e."}, 4 words => "A b.\n\nC d"
std::string make_long_article(const std::vector<std::string>& articles, int words) {
  std::string out;
  int count = 0;
  for (size_t i = 0; count < words && !articles.empty(); i = (i + 1) % articles.size()) {
    if (!out.empty()) out += "\n\n";
    const std::string& text = articles[i];
    for (size_t j = 0; j < text.size(); ++j) {
      bool starts_word = !is_space(text[j]) && (j == 0 || is_space(text[j - 1]));
      if (starts_word && count == words) return out;
      if (starts_word) ++count;
      out += text[j];
    }
  }
  return out;
}

// Process CPU time in seconds: on a busy machine wall time also counts the time spent waiting
// for a core, CPU time mostly does not.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

struct Rate {
  double mb_per_s = 0;       // per wall-clock second
  double mb_per_cpu_s = 0;   // per CPU second
  int passes = 0;
};

// Repeats `pass` (one pass annotates `bytes` bytes) for at least `min_seconds`.
template <typename Pass>
Rate measure(size_t bytes, double min_seconds, Pass pass) {
  pass();   // warm-up: first-touch allocations, lazily built tables
  Rate rate;
  Clock::time_point start = Clock::now();
  double cpu_start = cpu_seconds();
  double elapsed = 0;
  do {
    pass();
    ++rate.passes;
    elapsed = seconds_since(start);
  } while (elapsed < min_seconds);
  rate.mb_per_s = static_cast<double>(bytes) * rate.passes / elapsed / 1e6;
  rate.mb_per_cpu_s = static_cast<double>(bytes) * rate.passes / (cpu_seconds() - cpu_start) / 1e6;
  return rate;
}

struct Timing {
  double median_ms = 0;
  double min_ms = 0;
  size_t runs = 0;
};

// Median and minimum of annotate + write_document_json on one text, after a warm-up.
Timing time_one(const std::string& text, size_t min_runs, double min_seconds) {
  size_t sink = 0;
  for (int i = 0; i < 3; ++i) sink += ann::write_document_json(ann::annotate(text)).size();
  std::vector<double> millis;
  Clock::time_point start = Clock::now();
  while (millis.size() < min_runs || seconds_since(start) < min_seconds) {
    Clock::time_point one = Clock::now();
    sink += ann::write_document_json(ann::annotate(text)).size();
    millis.push_back(seconds_since(one) * 1e3);
  }
  std::sort(millis.begin(), millis.end());
  g_sink = g_sink + sink;
  return {millis[millis.size() / 2], millis.front(), millis.size()};
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus_dir = ANNOTATOR_DEV_CORPUS;
  double min_seconds = 1.0;
  bool json = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--json") json = true;
    else if (arg == "--seconds" && i + 1 < argc) min_seconds = std::atof(argv[++i]);
    else if (arg == "--help" || arg[0] == '-') {
      std::fprintf(stderr, "usage: core_bench [CORPUS_DIR] [--seconds S] [--json]\n");
      return 2;
    } else corpus_dir = arg;
  }
  std::vector<std::string> articles = read_articles(corpus_dir);
  if (articles.empty()) {
    std::fprintf(stderr, "core_bench: no .txt articles in %s\n", corpus_dir.c_str());
    return 1;
  }
  size_t corpus_bytes = 0;
  for (const auto& a : articles) corpus_bytes += a.size();

  size_t sink = 0;
  Rate annotate_only = measure(corpus_bytes, min_seconds, [&] {
    for (const auto& a : articles) sink += ann::annotate(a).entities.size();
  });
  Rate with_json = measure(corpus_bytes, min_seconds, [&] {
    for (const auto& a : articles) sink += ann::write_document_json(ann::annotate(a)).size();
  });

  constexpr int kLongWords = 5000;
  std::string long_article = make_long_article(articles, kLongWords);
  Timing long_time = time_one(long_article, 20, min_seconds / 2);
  // Ten times the words should take ten times as long: a larger ratio means superlinear work.
  std::string longer_article = make_long_article(articles, kLongWords * 10);
  Timing longer_time = time_one(longer_article, 5, min_seconds / 2);
  double median_ms = long_time.median_ms;
  ann::Document long_doc = ann::annotate(long_article);

  if (json) {
    std::printf("{\"articles\": %zu, \"corpus_bytes\": %zu, \"annotate_mb_s\": %.3f, "
                "\"annotate_json_mb_s\": %.3f, \"annotate_mb_cpu_s\": %.3f, "
                "\"annotate_json_mb_cpu_s\": %.3f, \"long_article_bytes\": %zu, "
                "\"long_article_median_ms\": %.4f, \"long_article_min_ms\": %.4f, "
                "\"long_article_entities\": %zu, \"long_article_claims\": %zu, "
                "\"longer_article_bytes\": %zu, \"longer_article_median_ms\": %.4f}\n",
                articles.size(), corpus_bytes, annotate_only.mb_per_s, with_json.mb_per_s,
                annotate_only.mb_per_cpu_s, with_json.mb_per_cpu_s, long_article.size(), median_ms, long_time.min_ms, long_doc.entities.size(),
                long_doc.claims.size(), longer_article.size(), longer_time.median_ms);
    g_sink = g_sink + sink;
    return 0;
  }
  std::printf("corpus: %zu articles, %zu bytes (%s)\n", articles.size(), corpus_bytes, corpus_dir.c_str());
  std::printf("annotate()                      %8.2f MB/s  %8.2f MB per CPU-s  (%d passes)\n",
              annotate_only.mb_per_s, annotate_only.mb_per_cpu_s, annotate_only.passes);
  std::printf("annotate() + write_document_json %7.2f MB/s  %8.2f MB per CPU-s  (%d passes)\n",
              with_json.mb_per_s, with_json.mb_per_cpu_s, with_json.passes);
  std::printf("5,000-word article (%zu bytes, %zu entities, %zu claims): median %.3f ms, min %.3f ms "
              "(annotate + JSON, %zu runs)\n",
              long_article.size(), long_doc.entities.size(), long_doc.claims.size(), median_ms,
              long_time.min_ms, long_time.runs);
  std::printf("50,000-word article (%zu bytes): median %.3f ms = %.1fx the 5,000-word time "
              "(10x is linear)\n",
              longer_article.size(), longer_time.median_ms, longer_time.median_ms / median_ms);
  g_sink = g_sink + sink;
  return 0;
}
