#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one after the other (one process each: the machine is
# shared), from seeds written fresh from the dev corpus. Exit status 1 if any target found
# a crash, a leak or a timeout; the reproducer is left in OUT/<target>/crashes.
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS] [OUT_DIR] [TARGET...]
#   tests/fuzz/run_fuzzers.sh build/fuzz 15                 # the `fuzz` gate: 1 min in all
#   tests/fuzz/run_fuzzers.sh build/fuzz 600 /tmp/fuzz-out  # the 10-minute runs of FUZZING.md
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS] [OUT_DIR] [TARGET...]}
seconds=${2:-15}
out=${3:-$build/fuzz-runs}
shift $(( $# < 3 ? $# : 3 ))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(annotate document_json w3c dictionary exports html_to_text)
articles=${ANNOTATOR_FUZZ_ARTICLES:-$here/../../../shared/corpus/dev}

mkdir -p "$out"
if [ -d "$articles" ]; then
  "$build/fuzz/make_fuzz_seeds" "$articles" "$out/seeds" >/dev/null || exit 1
else   # no dev corpus: a sentence of our own is enough to start
  for t in annotate document_json w3c dictionary exports html_to_text; do mkdir -p "$out/seeds/$t"; done
  printf 'Jana Novakova said on Monday that “prices will rise.”\n' > "$out/seeds/annotate/own.txt"
  "$build/fuzz/make_fuzz_seeds" "$out/seeds/annotate" "$out/seeds" >/dev/null || exit 1
fi

failed=0
for t in "${targets[@]}"; do
  corpus="$out/$t/corpus"; crashes="$out/$t/crashes"
  mkdir -p "$corpus" "$crashes"
  # Inputs are capped at 16 KB: whole articles would slow every run; the seeds' heads fit.
  dict="$here/json.dict"
  [ "$t" = html_to_text ] && dict="$here/html.dict"
  "$build/fuzz/fuzz_$t" "$corpus" "$out/seeds/$t" -dict="$dict" \
      -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="$crashes/" >"$out/$t/log.txt" 2>&1
  status=$?
  summary=$(grep -E '^#[0-9]+.*(DONE|cov:)' "$out/$t/log.txt" | tail -1)
  echo "fuzz_$t: exit $status, $summary"
  if [ $status -ne 0 ]; then
    failed=1
    grep -E 'ERROR|invariant|SUMMARY|Test unit written' "$out/$t/log.txt" | head -5
  fi
done
exit $failed
