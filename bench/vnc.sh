#!/usr/bin/env bash
# VNC desktop (issue 5): connect -> first full frame, fps and client CPU during a full-screen animation, and
# xtigervncviewer's CPU on the same server and animation, all in one run of bench_vnc (about a minute).
# Options pass through: bash bench/vnc.sh --runs 15 --seconds 5 --intervals 3
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${CKX_BUILD_DIR:-$here/build}
bin=$build/bin/bench_vnc
[ -x "$bin" ] || { echo "vnc bench: $bin not built (make build)" >&2; exit 1; }
for tool in Xtigervnc vncpasswd xterm xsetroot Xvfb xtigervncviewer; do
  command -v "$tool" >/dev/null || { echo "vnc bench: $tool is not installed (scripts/setup.sh)" >&2; exit 1; }
done
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
QT_QPA_PLATFORM=offscreen timeout 170 "$bin" "$@"
