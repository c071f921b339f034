#!/usr/bin/env bash
# Docker lab Start with a warm pool member against the cold path, in the same run (issue 13).
#   cold = `ckxctl exam start LAB --cold` until it returns (SSH + VNC + setup done), then the SSH and VNC banners
#          read from the published ports: the terminal and the desktop are ready
#   warm = the same, after `ckxctl exam warm LAB` prepared an environment, the lab's setup scripts included (not
#          timed: it runs in the background in the app, after start-up and after an exam ends)
# Runs alternate cold/warm so both see the same machine load. Median of $RUNS each.
# Usage: bench/warmstart.sh [LAB]   (default docker-basics-001; RUNS=5)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${CKX_BUILD_DIR:-$here/build}
ckxctl=$build/bin/ckxctl
lab=${1:-docker-basics-001}
runs=${RUNS:-5}
export CKX_DATA_DIR=$(mktemp -d /tmp/ckx-bench-warm.XXXXXX)
export CKX_LABS_DIRS=${CKX_LABS_DIRS:-$here/resources/labs}
trap '"$ckxctl" gc >/dev/null 2>&1 || true; rm -rf "$CKX_DATA_DIR"' EXIT

now() { date +%s%N; }
field() { grep -o "\"$2\": [\"0-9a-f-]*" "$1" | head -1 | cut -d' ' -f2 | tr -d '"'; }
port() { tr -d '\n ' <"$1" | grep -o "\"$2\":{[^}]*\"port\":[0-9]*" | grep -o '[0-9]*$'; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
banner() { timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1; head -c 4 <&3" 2>/dev/null; }

# One timed start: prints the milliseconds from Start to both banners read.
timed_start() {
  local t0 t1 out=/tmp/ckx-bench-warm-start.json
  t0=$(now)
  "$ckxctl" exam start "$lab" "$@" --json >"$out" 2>/dev/null
  [ "$(banner "$(port "$out" ssh)")" = "SSH-" ] || { echo "no SSH banner" >&2; exit 1; }
  [ "$(banner "$(port "$out" vnc)")" = "RFB " ] || { echo "no VNC banner" >&2; exit 1; }
  t1=$(now)
  echo $(( (t1 - t0) / 1000000 )) "$(field "$out" id)" "$(ms "$out" setupMs)" "$(ms "$out" startMs)" "$(ms "$out" warmSetupMs)"
}
ms() { grep -o "\"$2\": [0-9]*" "$1" | grep -o '[0-9]*$' || echo 0; }

echo "preparing: images (a no-op when present)"
"$ckxctl" images build >/dev/null
read -r _ id _ < <(timed_start --cold); "$ckxctl" exam stop "$id" >/dev/null   # warms caches, builds lab images

load0=$(cut -d' ' -f1 /proc/loadavg)
colds=(); warms=(); setups=(); inner=(); ahead=()
for i in $(seq 1 "$runs"); do
  read -r ms id csetup _ < <(timed_start --cold)
  colds+=("$ms"); "$ckxctl" exam stop "$id" >/dev/null
  "$ckxctl" exam warm "$lab" >/dev/null
  read -r ms id setup start warmsetup < <(timed_start)
  warms+=("$ms"); setups+=("$setup"); inner+=("$start"); ahead+=("$warmsetup"); "$ckxctl" exam stop "$id" >/dev/null
  echo "run $i: cold ${colds[-1]} ms (setup ${csetup} ms), warm ${warms[-1]} ms (ExamRuntime::start ${start} ms, setup at start ${setup} ms; ran ahead: ${warmsetup} ms)"
done
med() { printf '%s\n' "$@" | median; }
c=$(med "${colds[@]}"); w=$(med "${warms[@]}")
echo "lab $lab, $runs runs each, $(nproc) cores, load $load0 at the start, $(cut -d' ' -f1 /proc/loadavg) at the end, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "cold start -> terminal + desktop ready: median ${c} ms"
echo "warm start -> terminal + desktop ready: median ${w} ms   target <= 1000 ms ($(awk -v a="$c" -v b="$w" 'BEGIN{printf "%.1f", a/b}')x faster than cold)"
echo "  of the warm start: ExamRuntime::start median $(med "${inner[@]}") ms, setup at start median $(med "${setups[@]}") ms;"
echo "  the lab's setup, run while the member was prepared: median $(med "${ahead[@]}") ms"
