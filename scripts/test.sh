#!/usr/bin/env bash
# Builds everything and runs the whole test suite; installs what is missing first.
#   scripts/test.sh             all gates
#   scripts/test.sh native web  only the named gates (corpus, native, cli, asan, node, browser, headless, fuzz)
# Gates: held-out gold files valid, unit tests (native), CLI tests, unit tests under ASan+UBSan, unit tests built with em++
# under Node, browser tests in headless Chromium, the headless wasm core under Node, each fuzzer briefly.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs     # Debian's emcc needs Debian's acorn (TOOLCHAIN.md)
export PATH=/usr/bin:$PATH             # Debian's python3 (with fontTools) before any other

scripts/setup.sh --tests || { echo "setup failed"; exit 1; }

selected=("$@")
passed=0; failed=0; failed_names=()
want() { [ ${#selected[@]} -eq 0 ] || [[ " ${selected[*]} " == *" $1 "* ]]; }
gate() {  # gate NAME COMMAND...: runs one gate, records its result, carries on
  local name=$1; shift
  want "$name" || return 0
  printf '\n==== gate %s\n' "$name"
  local t0=$SECONDS
  if "$@"; then passed=$((passed + 1)); echo "==== gate $name: ok ($((SECONDS - t0)) s)"
  else failed=$((failed + 1)); failed_names+=("$name"); echo "==== gate $name: FAILED ($((SECONDS - t0)) s)"; fi
}
build() {  # build PRESET [TARGET...]
  local preset=$1; shift
  cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" -j"$(nproc)" ${1:+--target "$@"}
}

native_unit() { build native && ctest --preset native -L unit; }
native_cli()  { build native && ctest --preset native -L cli; }
asan_unit()   { build asan unit_tests && ASAN_OPTIONS=detect_leaks=1 ctest --preset asan -L unit; }
node_unit()   { build web && ctest --preset web -L unit; }
browser()     { build web && WEB_DIST=build/web/dist node --test tests/browser/; }
corpus()      {  # our gold files (held-out and blind sets) match their .ann sources and are valid
  local validate=../shared/corpus/tools/validate.py set
  for set in heldout blind; do
    python3 tests/corpus/make_gold.py --verify tests/corpus/$set/*.ann || return 1
    [ -f "$validate" ] && { python3 "$validate" tests/corpus/$set || return 1; }
  done
  return 0
}
fuzz_run()    {  # each libFuzzer target (clang, ASan+UBSan) for a short budget
  CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DANNOTATOR_FUZZ=ON -DANNOTATOR_SANITIZE=ON \
    -DANNOTATOR_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null &&
  cmake --build build/fuzz --target fuzz_targets -j"$(nproc)" && tests/fuzz/run_fuzzers.sh build/fuzz 15
}
headless()    { build web && build native && node --test web/headless/; }

gate corpus   corpus
gate native   native_unit
gate cli      native_cli
gate asan     asan_unit
gate node     node_unit
gate browser  browser
gate headless  headless
gate fuzz     fuzz_run

echo
[ $failed -gt 0 ] && echo "failed gates: ${failed_names[*]}"
echo "gates: $passed passed, $failed failed"
[ $failed -eq 0 ]
