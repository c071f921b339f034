#!/usr/bin/env bash
# `make bench`: runs every bench/*.sh in name order (or only those named: make bench BENCH="terminal vnc").
# Each prints its figures and appends nothing by itself; copy results into docs/benchmarks.md with the command.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export CKX_BUILD_DIR=${CKX_BUILD_DIR:-$here/build}
status=0
for f in "$here"/bench/*.sh; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .sh)
  if [ -n "${BENCH:-}" ] && ! grep -qw "$name" <<<"$BENCH"; then continue; fi
  echo "== bench: $name"
  "$here/scripts/test-env.sh" bash "$f" || { echo "bench $name failed" >&2; status=1; }
done
exit $status
