#!/usr/bin/env bash
# Exam stack start and teardown for a Docker lab with images present (issue 3).
#   start    = `ckxctl exam start` until the jumphost accepts SSH, the desktop answers VNC and the setup scripts
#              are done (the command returns only then), wall clock, median of $RUNS
#   teardown = `ckxctl exam stop` until nothing of the session is left, median of $RUNS
#   reference= `docker run -d` of one bare container (+ rm), the engine's floor on this machine, same invocation
# Usage: bench/stack.sh [LAB]   (default docker-basics-001; RUNS=5)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${CKX_BUILD_DIR:-$here/build}
ckxctl=$build/bin/ckxctl
lab=${1:-docker-basics-001}
runs=${RUNS:-5}
export CKX_DATA_DIR=$(mktemp -d /tmp/ckx-bench-stack.XXXXXX)
export CKX_LABS_DIRS=${CKX_LABS_DIRS:-$here/resources/labs}
trap '"$ckxctl" gc >/dev/null 2>&1 || true; rm -rf "$CKX_DATA_DIR"' EXIT

now() { date +%s%N; }
idof() { grep -o '"id": "[^"]*"' "$1" | head -1 | cut -d'"' -f4; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "preparing: images (a no-op when present)"
"$ckxctl" images build >/dev/null
"$ckxctl" exam start "$lab" --json >/tmp/ckx-bench-warm.json 2>/dev/null   # builds lab images if missing, warms caches
"$ckxctl" exam stop "$(idof /tmp/ckx-bench-warm.json)" >/dev/null

starts=(); stops=(); refs=(); stages=()
for i in $(seq 1 "$runs"); do
  t0=$(now)
  cid=$(docker run -d --label io.ckx.bench=1 ckx/base:bookworm sleep 60)
  t1=$(now)
  docker rm -f "$cid" >/dev/null
  refs+=($(( (t1 - t0) / 1000000 )))

  t0=$(now)
  "$ckxctl" exam start "$lab" --json >/tmp/ckx-bench-start.json 2>/dev/null
  t1=$(now)
  id=$(idof /tmp/ckx-bench-start.json)
  stages+=("$(grep -o '"[A-Za-z]*Ms": [0-9]*' /tmp/ckx-bench-start.json | tr -d '"' | tr -d ' ' | tr ':' '=' | tr '\n' ' ')")
  t2=$(now)
  "$ckxctl" exam stop "$id" >/dev/null 2>&1
  t3=$(now)
  left=$(docker ps -aq --filter "label=io.ckx.session=$id" | wc -l)
  [ "$left" -eq 0 ] || { echo "run $i: $left container(s) left after stop" >&2; exit 1; }
  starts+=($(( (t1 - t0) / 1000000 ))); stops+=($(( (t3 - t2) / 1000000 )))
  echo "run $i: start ${starts[-1]} ms, teardown ${stops[-1]} ms, bare docker run ${refs[-1]} ms"
  echo "       stages: ${stages[-1]}"
done
ms=$(printf '%s\n' "${starts[@]}" | median); ts=$(printf '%s\n' "${stops[@]}" | median); rs=$(printf '%s\n' "${refs[@]}" | median)
echo "lab $lab, $runs runs, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "start (SSH + VNC + setup done): median ${ms} ms   target <= 5000 ms"
echo "teardown:                       median ${ts} ms"
echo "reference bare 'docker run -d': median ${rs} ms   (start = $(awk -v a="$ms" -v b="$rs" 'BEGIN{printf "%.1f", a/b}')x the engine's single-container floor)"
