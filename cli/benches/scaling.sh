#!/usr/bin/env bash
# Every subcommand with --jobs 1 and --jobs 2, each piped into `cat` as a user would, next to a
# plain pipe copy (`cat FILE | cat`) of the same corpus, in one run: median wall time of
# hyperfine's runs, throughput, the speed-up of 2 jobs over 1, and the ratio to the pipe copy.
#
#   bash cli/benches/scaling.sh [SIZE_MB]      # default 300; needs hyperfine
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-300}
runs=${RUNS:-3}
cargo build --release -p arabic-text-cli >/dev/null
bin=$(pwd)/target/release/arabic-text
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
corpus="$tmp/corpus.txt"
cat ../shared/seeds/* > "$tmp/block.txt"
while [ "$(stat -c %s "$tmp/block.txt")" -lt $((8 * 1024 * 1024)) ]; do
  cat "$tmp/block.txt" "$tmp/block.txt" > "$tmp/b2" && mv "$tmp/b2" "$tmp/block.txt"
done
: > "$corpus"
while [ "$(stat -c %s "$corpus")" -lt $((size_mb * 1000 * 1000)) ]; do
  cat "$tmp/block.txt" >> "$corpus"
done
bytes=$(stat -c %s "$corpus")
cat "$corpus" > /dev/null # into the page cache

median() { # command -> median seconds
  hyperfine -N -w 1 -r "$runs" --export-json "$tmp/h.json" "$1" > /dev/null 2>&1
  python3 -c "import json,sys; print(json.load(open('$tmp/h.json'))['results'][0]['median'])"
}

copy=$(median "sh -c 'cat $corpus | cat > /dev/null'")
echo "corpus: $bytes bytes, $(nproc) cores, $(date -u +%Y-%m-%d); pipe copy: $copy s"
echo
echo "| subcommand | --jobs 1 | --jobs 2 | 2 jobs / 1 | --jobs 2 against the pipe copy |"
echo "|---|---:|---:|---:|---:|"
for sub in normalize tokenize sentences segment stem root analyze; do
  one=$(median "sh -c '$bin $sub -q --jobs 1 $corpus | cat > /dev/null'")
  two=$(median "sh -c '$bin $sub -q --jobs 2 $corpus | cat > /dev/null'")
  python3 -c "
b=$bytes; one=$one; two=$two; copy=$copy
print(f'| $sub | {one:.2f} s ({b/one/1e6:.0f} MB/s) | {two:.2f} s ({b/two/1e6:.0f} MB/s) | {one/two:.2f}x | {copy/two:.2f}x |')"
done
