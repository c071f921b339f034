#!/usr/bin/env bash
# Starts the app. Without a display (a server, CI) it runs under a virtual X server so it still opens.
set -euo pipefail
bin=${1:-build/bin/ckx}; shift || true
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting ckx under xvfb-run (set DISPLAY to see the window)"
  [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$bin" "$@"
fi
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
exec "$bin" "$@"
