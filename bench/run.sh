#!/usr/bin/env bash
# The benchmark in one command: installs the peers (npm ci --prefix bench), builds the native
# CLI and micro-benchmark (build/bench) and the headless wasm core (build/bench-web), then runs
# bench.mjs: accuracy per label for each system, throughput, the 5,000-word article time and
# the `annotate --jsonl` memory check. docs/BENCHMARKS.md records the last run.
#   bench/run.sh                 (about 1 minute after the builds)
#   bench/run.sh --seconds 5     longer timing loops, steadier figures
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs Debian's acorn (TOOLCHAIN.md)
jobs=${JOBS:-2}

if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
fi

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DANNOTATOR_TESTS=OFF >/dev/null
cmake --build build/bench -j"$jobs" --target annotate core_bench
# The wasm core alone (web/CMakeLists.txt adds web/headless), not the app.
emcmake cmake -S . -B build/bench-web -G Ninja -DCMAKE_BUILD_TYPE=Release -DANNOTATOR_TESTS=OFF >/dev/null
cmake --build build/bench-web -j"$jobs" --target annotator_core_mjs

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores;" \
     "node $(node --version); $(c++ --version | head -n1); emcc $(emcc --version | head -n1 | grep -o '[0-9]*\.[0-9]*\.[0-9]*' | head -n1)"
exec node bench/bench.mjs --cli build/bench/annotate --core-bench build/bench/core_bench \
  --core-mjs build/bench-web/dist/annotator-core.mjs "$@"
