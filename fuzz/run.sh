#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600) with cargo fuzz (nightly), seeding
# each corpus from ../shared: the seed articles and Tanzil lines, a line per input. The corpora
# live in fuzz/corpus (not committed: the seed texts are not ours to ship).
#
#   bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(normalize offsets tokenize words analyzer)
fi
shared=../../shared
for t in "${targets[@]}"; do
  dir=corpus/$t
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    if [ -d "$shared/seeds" ]; then
      i=0
      for f in "$shared"/seeds/*; do
        while IFS= read -r line; do
          [ -n "$line" ] || continue
          i=$((i + 1))
          printf '%s' "$line" > "$dir/seed-$i"
        done < "$f"
      done
      tanzil="$shared/data/quran-tanzil/quran-simple.txt"; [ -f "$tanzil" ] || tanzil=""
      if [ -n "$tanzil" ]; then
        head -200 "$tanzil" | while IFS= read -r line; do
          i=$((i + 1)); printf '%s' "$line" > "$dir/tanzil-$RANDOM-$i"
        done
      fi
    fi
  fi
  echo "== $t ($secs s)"
  cargo +nightly fuzz run "$t" "$dir" -- -max_total_time="$secs" -rss_limit_mb=2048 2>&1 \
    | grep -E "^#[0-9]+.*(DONE|pulse)|Done [0-9]+ runs|ERROR|panicked|SUMMARY" | tail -3
done
