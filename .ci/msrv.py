#!/usr/bin/env python3
"""Checks that the library's declared MSRV (rust-version in Cargo.toml) is the floor its
dependencies set: the highest rust-version among the crates the library itself builds with
(normal dependencies, all features, transitively). Clippy's incompatible_msrv lint, run by
.ci/run with -D warnings, checks that the library's own code needs no newer Rust."""
import json
import subprocess
import sys

meta = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--all-features", "--locked"]))
packages = {p["id"]: p for p in meta["packages"]}
nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
root = next(p for p in meta["packages"] if p["name"] == "arabic-text")


def version(v):
    return tuple(int(x) for x in (v or "0").split(".")) + (0,) * (3 - len((v or "0").split(".")))


seen, todo = set(), [root["id"]]
while todo:
    pid = todo.pop()
    for dep in nodes[pid]["deps"]:
        # Only what the library builds with: normal dependencies (no dev or build-only ones).
        if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
            seen.add(dep["pkg"])
            todo.append(dep["pkg"])

floor = max(seen, key=lambda pid: version(packages[pid]["rust_version"]))
need = packages[floor]["rust_version"]
declared = root["rust_version"]
print(f"declared rust-version {declared}; dependencies need {need} "
      f"({packages[floor]['name']} {packages[floor]['version']}); "
      f"{len(seen)} crates checked")
if version(declared) != version(need):
    print("rust-version in Cargo.toml should be", need, file=sys.stderr)
    sys.exit(1)
