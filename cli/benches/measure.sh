#!/usr/bin/env bash
# Wall time and peak RSS of the command-line tool on a 1 GB corpus built from the seed
# articles, next to `cat` of the same file (the ceiling), with --jobs 1 and 2.
#
#   bash cli/benches/measure.sh [SIZE_MB]      # default 1024; needs /usr/bin/time (GNU time)
#
# Prints a Markdown table (median of 3 runs per row). The corpus is written to a temporary
# folder and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-1024}
cargo build --release -p arabic-text-cli >/dev/null
bin=target/release/arabic-text
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus="$tmp/corpus.txt"
cat ../shared/seeds/* > "$tmp/seed.txt"
: > "$corpus"
target=$((size_mb * 1024 * 1024))
# Double a block until it is large, then append it until the corpus reaches the size.
cp "$tmp/seed.txt" "$tmp/block.txt"
while [ "$(stat -c %s "$tmp/block.txt")" -lt $((8 * 1024 * 1024)) ]; do
  cat "$tmp/block.txt" "$tmp/block.txt" > "$tmp/b2" && mv "$tmp/b2" "$tmp/block.txt"
done
while [ "$(stat -c %s "$corpus")" -lt "$target" ]; do cat "$tmp/block.txt" >> "$corpus"; done
bytes=$(stat -c %s "$corpus")
cat "$corpus" > /dev/null # into the page cache

measure() { # label, command...
  local label=$1; shift
  local times=() rss=()
  for _ in 1 2 3; do
    /usr/bin/time -v -o "$tmp/t" "$@" > /dev/null
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/t")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/t")")
  done
  # Elapsed is m:ss.cc; convert to seconds, take the median.
  local secs
  secs=$(printf '%s\n' "${times[@]}" | awk -F: '{print ($1 * 60) + $2}' | sort -n | sed -n 2p)
  local kb
  kb=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n 2p)
  awk -v l="$label" -v s="$secs" -v b="$bytes" -v k="$kb" \
    'BEGIN { printf "| %s | %.2f s | %.0f MB/s | %.1f MB |\n", l, s, b / s / 1e6, k / 1024 }'
}

echo "corpus: $bytes bytes ($(nproc) cores, $(date -u +%Y-%m-%d))"
echo
echo "| command | wall (median of 3) | throughput | peak RSS |"
echo "|---|---:|---:|---:|"
measure "cat (to /dev/null: GNU cat splices, no copy)" cat "$corpus"
measure "cat piped into cat (the bytes through a pipe)" sh -c "cat '$corpus' | cat"
for sub in normalize tokenize analyze; do
  for jobs in 1 2; do
    measure "$sub --jobs $jobs" "$bin" "$sub" --jobs "$jobs" --quiet "$corpus"
  done
done
