#!/usr/bin/env bash
# Lucene's ArabicAnalyzer against Analyzer::lucene() and Analyzer::search() on the seed corpus
# repeated to 20 MB, as one stream and one stream per line: rounds alternate the processes
# (Lucene, then ours), Java gets 5 warm-up passes, medians of all timed passes. Prints MB/s.
#
#   bash peers/lucene/speed.sh [ROUNDS] [PASSES]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
passes=${2:-5}
cp=${LUCENE_JARS:-/usr/share/java/lucene-core-8.7.0.jar:/usr/share/java/lucene-analyzers-common-8.7.0.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -cp "$cp" -d "$work" peers/lucene/LuceneTerms.java
corpus=$work/corpus.txt
while [ "$(stat -c %s "$corpus" 2>/dev/null || echo 0)" -lt 20000000 ]; do
  cat ../shared/seeds/* >> "$corpus"
done
bytes=$(stat -c %s "$corpus")
cargo build --release -q -p arabic-text-peers --bin analyze_speed
ours=${CARGO_TARGET_DIR:-target}/release/analyze_speed
java -cp "$work:$cp" LuceneTerms /dev/null --time 1 2>&1 >/dev/null | head -1
for r in $(seq "$rounds"); do
  for mode in stream lines; do
    flag=""; [ "$mode" = lines ] && flag="--lines"
    java -cp "$work:$cp" LuceneTerms "$corpus" --time "$passes" $flag 2>/dev/null \
      | awk -v m="$mode" '{print "ArabicAnalyzer", m, $1, $3}' >> "$work/times"
  done
  "$ours" "$corpus" "$passes" >> "$work/times"
done
echo "corpus: $bytes bytes; $rounds rounds x $passes passes"
awk -v bytes="$bytes" '
  { key = $1 " " $2; n[key]++; t[key, n[key]] = $3 }
  END {
    for (k in n) {
      m = n[k]; for (i = 1; i <= m; i++) a[i] = t[k, i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
      med = (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
      printf "%-16s %-7s %8.1f MB/s (median of %d, %.0f ms)\n", k == "" ? "?" : substr(k, 1, index(k, " ") - 1), substr(k, index(k, " ") + 1), bytes / med / 1000, m, med
    }
  }' "$work/times" | sort
