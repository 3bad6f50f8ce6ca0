#!/usr/bin/env bash
# Every test suite: Rust (the workspace, with the Lucene parity test), then Python (a fresh build of ./python installed into
# a cached virtualenv, mypy.stubtest, pytest), then the engines (the same wheel in a virtualenv
# with pyspark and datatrove: a local Spark, a datatrove pipeline). README's test command;
# .ci/run calls it.
#
# Heavy installs live in ${ARABIC_TEXT_CACHE:-~/.cache/arabic-text}, reused by later runs on the
# same machine and created when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cache=${ARABIC_TEXT_CACHE:-$HOME/.cache/arabic-text}
mkdir -p "$cache"

echo "== Lucene for the parity test (Debian's liblucene8-java and a JDK), when missing"
if ! ls /usr/share/java/lucene-core-8*.jar >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq liblucene8-java default-jdk-headless >/dev/null
  else
    echo "NOTICE: Lucene 8 or javac is missing and cannot be installed here: the parity test skips"
  fi
fi

echo "== Rust tests"
cargo test --release --all-features --workspace --exclude arabic-text-peers

python=${PYTHON:-python3}
# A virtualenv at $1 with the requirements file $2, made again when the file changed.
make_venv() {
  local venv=$1 req=$2
  if [ ! -x "$venv/bin/python" ] || ! cmp -s "$req" "$venv/.requirements"; then
    echo "creating $venv from $req"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -r "$req"
    cp "$req" "$venv/.requirements"
  fi
}

echo "== Python package: one wheel built from ./python, as pip builds it"
wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT
# The extension's own target folder is cached, so its dependencies are not rebuilt every run.
CARGO_TARGET_DIR=$cache/target-python "$python" -m pip wheel --quiet --no-deps ./python -w "$wheels"
wheel=$(ls "$wheels"/arabic_text-*.whl)
echo "built $(basename "$wheel")"

echo "== Python tests"
venv=$cache/venv-test
make_venv "$venv" python/requirements-test.txt
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps "$wheel"
"$venv/bin/python" -c 'import arabic_text, sys; print("arabic_text", arabic_text.__version__, "from", arabic_text.__file__, "on Python", sys.version.split()[0])'
# The stubs against the extension.
(cd "$cache" && "$venv/bin/python" -m mypy.stubtest arabic_text._native)
# The Rust test's PUD counts, which the Python figure must equal.
RUST_PUD_LINE=$(cargo test --release -p arabic-text --test tokenize_gold ud_arabic -- --nocapture 2>&1 \
  | grep -m1 "UD Arabic-PUD surface tokens" | sed 's/; missed.*//' || true)
export RUST_PUD_LINE
echo "Rust: $RUST_PUD_LINE"
if [ -n "${CI:-}" ] && [ -z "$RUST_PUD_LINE" ]; then
  echo "the Rust PUD line is missing: the Python figure cannot be compared" >&2
  exit 1
fi
# From outside python/, so that the installed package is the one imported; -s shows the
# PUD line the test prints.
(cd "$cache" && "$venv/bin/python" -m pytest -p no:cacheprovider -q -rs -s "$root/python/tests")

echo "== Spark and datatrove tests"
engines=$cache/venv-engines
make_venv "$engines" python/requirements-engines.txt
"$engines/bin/python" -m pip install --quiet --force-reinstall --no-deps "$wheel"
export SPARK_LOCAL_IP=127.0.0.1
export ARABIC_TEXT_BIN=${CARGO_TARGET_DIR:-$root/target}/release/arabic-text
(cd "$cache" && "$engines/bin/python" -m pytest -p no:cacheprovider -q -rs "$root/python/tests_engines")
