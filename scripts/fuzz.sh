#!/usr/bin/env bash
# Fuzzes the parsers that read what citizens and providers send (libFuzzer, Swift's -sanitize=fuzzer):
# MIME and encoded words, RFC 5322 and feed dates, the RSS/Atom reader with its XML guard, form decoding,
# Kannel, Twilio, Open311 input, and the JSON of X, Meta, Discourse, Qlue and LAPOR!.
# Each target starts from its seed corpus in Fuzz/Corpus/<target> (kept in the repository) and writes what
# it discovers to $FUZZ_SCRATCH/corpus/<target>; a crash leaves its input in $FUZZ_SCRATCH/crashes/<target>
# and fails the run. Reproduce one with: FUZZ_TARGET=<target> $FUZZ_SCRATCH/debug/aspirasi-fuzz <file>
#   FUZZ_SECONDS   seconds per target (default 600; CI runs a few)
#   FUZZ_TARGETS   targets to run (default: all, in Fuzz/Corpus order)
#   FUZZ_JOBS      targets fuzzed at once (default: the number of cores, one each)
#   FUZZ_SCRATCH   the build directory (default .build-fuzz, so the normal build is not recompiled; CI uses
#                  .build after the tests, which only recompiles the project's own modules)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-600}"
scratch="${FUZZ_SCRATCH:-.build-fuzz}"
targets="${FUZZ_TARGETS:-$(ls Fuzz/Corpus)}"
jobs="${FUZZ_JOBS:-$(nproc)}"

# libFuzzer as a library (no main of its own), from the toolchain's clang runtime.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")
runtime=$(find "$toolchain/lib/clang" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)
[ -n "$runtime" ] || { echo "this toolchain has no libFuzzer runtime (libclang_rt.fuzzer_no_main)" >&2; exit 1; }
ASPIRASI_FUZZ=1 ASPIRASI_FUZZ_RUNTIME="$runtime" swift build --product aspirasi-fuzz --scratch-path "$scratch" 2>&1 | grep -v "ld.gold: warning" | tail -3
binary="$scratch/debug/aspirasi-fuzz"

# One target: its log, its CPU seconds (libFuzzer is single-threaded, so with FUZZ_JOBS at most the number
# of cores each target has a core of its own) and its exit status, in files the summary reads.
fuzz_one() {
  local target=$1 corpus="$scratch/corpus/$1" crashes="$scratch/crashes/$1" status=0
  mkdir -p "$corpus" "$crashes"
  local TIMEFORMAT='%U'
  # Swift's own backtracer would take the crash signal before libFuzzer could keep the input.
  { time SWIFT_BACKTRACE=enable=no FUZZ_TARGET="$target" "$binary" -max_total_time="$seconds" -max_len=65536 \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "Fuzz/Corpus/$target" \
      >"$scratch/fuzz-$target.log" 2>&1 || status=$?; } 2>"$scratch/fuzz-$target.cpu"
  echo "$status" >"$scratch/fuzz-$target.status"
}

for target in $targets; do
  echo "fuzz: $target for ${seconds}s"
  fuzz_one "$target" &
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
done
wait

summary=()
failed=0
for target in $targets; do
  status=$(cat "$scratch/fuzz-$target.status")
  if [ "$status" -ne 0 ]; then
    tail -30 "$scratch/fuzz-$target.log"
    echo "fuzz: $target FAILED (exit $status); input kept in $scratch/crashes/$target" >&2
    failed=1
    continue
  fi
  runs=$(grep -m1 -oE 'stat::number_of_executed_units: *[0-9]+' "$scratch/fuzz-$target.log" | grep -oE '[0-9]+$' || echo 0)
  summary+=("$target: $runs runs in ${seconds}s ($(cat "$scratch/fuzz-$target.cpu") s of CPU), corpus $(ls "$scratch/corpus/$target" | wc -l) new inputs")
done
printf 'fuzz: %s\n' "${summary[@]}"
exit "$failed"
