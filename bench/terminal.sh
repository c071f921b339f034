#!/usr/bin/env bash
# Terminal bench (issue 4): SSH -> TerminalSurface -> TerminalView against xterm over the same sshd, keystroke
# echo latency and memory, all in one run under Xvfb (xterm needs a real X server; so does a fair paint).
# Options pass through: bench/terminal.sh --runs 3 --mib 100 --keys 1000
set -euo pipefail
build=${CKX_BUILD_DIR:-$(cd "$(dirname "$0")/.." && pwd)/build}
bin=$build/bin/bench_terminal
if [ ! -x "$bin" ]; then
  echo "missing $bin: build target bench_terminal first" >&2
  exit 1
fi
export QT_QPA_PLATFORM=xcb
exec xvfb-run -a -s "-screen 0 1280x1024x24" "$bin" "$@"
