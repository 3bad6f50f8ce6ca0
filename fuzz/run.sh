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
  targets=(normalize offsets tokenize words analyzer stream)
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
      if [ "$t" = stream ]; then
        # Whole articles, behind the 8 bytes of settings the target reads first.
        for f in "$shared"/seeds/*; do
          i=$((i + 1))
          { printf '\x40\x60\x00\x05\x03\x0f\x01\xff'; head -c 4000 "$f"; } > "$dir/article-$i"
        done
      fi
      for tanzil in "$shared"/data/quran-tanzil/quran-simple.txt "$shared"/data/quran-tanzil/quran-uthmani.txt; do
        [ -f "$tanzil" ] || continue
        # Skip the licence header lines (they start with #) and take 150 verses.
        awk '!/^#/ && n++ < 150' "$tanzil" | while IFS= read -r line; do
          i=$((i + 1)); printf '%s' "$line" > "$dir/tanzil-$(basename "$tanzil" .txt)-$RANDOM-$i"
        done
      done
    fi
  fi
  echo "== $t ($secs s)"
  cargo +nightly fuzz build "$t" 2>&1 | grep -vE "^\s+(Compiling|Finished)" || true
  cargo +nightly fuzz run "$t" "$dir" -- -max_total_time="$secs" -rss_limit_mb=2048 2>&1 \
    | grep -E "^#[0-9]+.*(DONE|pulse)|Done [0-9]+ runs|ERROR|panicked|SUMMARY" | tail -3
done
