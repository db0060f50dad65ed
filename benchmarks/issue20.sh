#!/usr/bin/env bash
# Every ratio of issue 20 in one side-by-side run: lint, audit and -j, render, controlled copies, one
# script after the other on the same machine, with the date, commit and load before and after each.
#
#   bash benchmarks/issue20.sh [LOG]        # needs check-jsonschema and pandoc on PATH
#
# Each script prints its own ratios against its goal; the log keeps everything they print.
set -euo pipefail
cd "$(dirname "$0")/.."
log=${1:-benchmarks/issue20.log}
unset PYTHONDONTWRITEBYTECODE  # installed tools write their bytecode; so do both sides here
{
  echo "issue 20, one run: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(uname -m), $(nproc) CPUs, $(python --version 2>&1), $(plancraft --version 2>&1 | tail -1)"
  for step in \
    "lint_bench.py --rounds 3 --sizes 500" \
    "audit_bench.py --rounds 3 --size 500" \
    "render_bench.py --rounds 9 --cold-rounds 1 --edit-rounds 3" \
    "copies_bench.py --rounds 3"; do
    echo
    echo "== $step (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    # shellcheck disable=SC2086
    python benchmarks/$step
  done
  echo
  echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$log"
