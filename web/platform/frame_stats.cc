#include "platform/frame_stats.h"

#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ann::web {

void FrameStats::add(double milliseconds) {
  if (samples_.size() < kCapacity) {
    samples_.push_back(milliseconds);
  } else {
    samples_[next_] = milliseconds;
    next_ = (next_ + 1) % kCapacity;
  }
}

std::string FrameStats::json() const {
  std::vector<double> sorted = samples_;
  std::sort(sorted.begin(), sorted.end());
  // Nearest-rank percentile: the smallest sample with at least p% of samples at or below it.
  auto percentile = [&sorted](double p) {
    if (sorted.empty()) return 0.0;
    size_t rank = static_cast<size_t>(std::ceil(p / 100 * static_cast<double>(sorted.size())));
    return sorted[std::max<size_t>(rank, 1) - 1];
  };
  double sum = 0;
  for (double s : sorted) sum += s;
  char buffer[160];
  std::snprintf(buffer, sizeof buffer,
                R"({"frames": %zu, "p50_ms": %.3f, "p95_ms": %.3f, "max_ms": %.3f, "mean_ms": %.3f})",
                sorted.size(), percentile(50), percentile(95), sorted.empty() ? 0.0 : sorted.back(),
                sorted.empty() ? 0.0 : sum / static_cast<double>(sorted.size()));
  return buffer;
}

FrameStats& frame_stats() {
  static FrameStats stats;
  return stats;
}

FrameTimer::FrameTimer() : start_ms_(emscripten_get_now()) {}
FrameTimer::~FrameTimer() { frame_stats().add(emscripten_get_now() - start_ms_); }

}  // namespace ann::web

extern "C" {

// JSON as in frame_stats.h, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* annotator_frame_stats() {
  static std::string answer;
  answer = ann::web::frame_stats().json();
  return answer.c_str();
}

EMSCRIPTEN_KEEPALIVE void annotator_frame_stats_reset() { ann::web::frame_stats().reset(); }

}  // extern "C"
