#!/usr/bin/env bash
# Every test suite: Rust (the workspace), then Python (a fresh `pip install ./python` into a
# cached virtualenv, mypy.stubtest, pytest). README's test command; .ci/run calls it.
#
# Heavy installs live in ${ARABIC_TEXT_CACHE:-~/.cache/arabic-text}, reused by later runs on the
# same machine and created when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cache=${ARABIC_TEXT_CACHE:-$HOME/.cache/arabic-text}
mkdir -p "$cache"

echo "== Rust tests"
cargo test --release --all-features --workspace --exclude arabic-text-peers

echo "== Python tests"
python=${PYTHON:-python3}
venv=$cache/venv-test
stamp=$venv/.requirements
if [ ! -x "$venv/bin/python" ] || ! cmp -s python/requirements-test.txt "$stamp"; then
  echo "creating $venv"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet -r python/requirements-test.txt
  cp python/requirements-test.txt "$stamp"
fi
# A fresh install of the package from the repository, as a user does it. The extension's
# own target folder is cached too, so dependencies are not rebuilt every run.
CARGO_TARGET_DIR=$cache/target-python "$venv/bin/python" -m pip install --quiet \
  --force-reinstall --no-deps ./python
"$venv/bin/python" -c 'import arabic_text, sys; print("arabic_text", arabic_text.__version__, "from", arabic_text.__file__, "on Python", sys.version.split()[0])'
# The stubs against the extension.
(cd "$cache" && "$venv/bin/python" -m mypy.stubtest arabic_text)
# The Rust test's PUD counts, which the Python figure must equal.
RUST_PUD_LINE=$(cargo test --release -p arabic-text --test tokenize_gold ud_arabic -- --nocapture 2>&1 \
  | grep -m1 "UD Arabic-PUD surface tokens" | cut -c1-120 || true)
export RUST_PUD_LINE
echo "Rust: $RUST_PUD_LINE"
# From outside python/, so that the installed package is the one imported; -s shows the
# PUD line the test prints.
(cd "$cache" && "$venv/bin/python" -m pytest -p no:cacheprovider -q -rs -s "$root/python/tests")
