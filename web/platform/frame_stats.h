// CPU time of building each frame, for bench/frame_time.mjs and the browser tests: main.cpp
// times the frame from ImGui's NewFrame to the last GL call, and JavaScript reads percentiles
// through exported functions (docs/BENCHMARKS.md):
//
//   Module._annotator_frame_stats()        => pointer to JSON, read with UTF8ToString:
//       {"frames": 240, "p50_ms": 2.1, "p95_ms": 4.8, "max_ms": 9.0, "mean_ms": 2.4}
//   Module._annotator_frame_stats_reset()  forgets the frames so far (e.g. after loading)
//
// Only frames the app really draws count (an idle page draws none). Times come from
// performance.now(), which browsers coarsen (Chromium: 0.1 ms), so sub-millisecond figures
// are approximate.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace ann::web {

class FrameStats {
 public:
  static constexpr size_t kCapacity = 10000;   // the most recent frames kept

  void add(double milliseconds);
  void reset() { samples_.clear(); next_ = 0; }
  std::string json() const;

 private:
  std::vector<double> samples_;
  size_t next_ = 0;   // where the next sample goes once the buffer is full
};

// The app's one instance, read by the exported functions.
FrameStats& frame_stats();

// A timer for one frame: frame_stats().add(elapsed) when it goes out of scope.
class FrameTimer {
 public:
  FrameTimer();
  ~FrameTimer();
  FrameTimer(const FrameTimer&) = delete;
  FrameTimer& operator=(const FrameTimer&) = delete;

 private:
  double start_ms_;
};

}  // namespace ann::web
