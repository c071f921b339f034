#!/usr/bin/env bash
# Screenshots of every page at 1280x800 for docs/user-guide.md: runs `ckx --screenshot-tour` (a real Docker lab,
# start to results) under Xvfb with a throwaway data folder, and writes docs/images/*.png.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (needs dockerd and the exam images: ckxctl images build)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${CKX_BUILD_DIR:-$here/build}}
out=$here/docs/images
data=$(mktemp -d /tmp/ckx-shots.XXXXXX)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
export CKX_DATA_DIR=$data
export CKX_LABS_DIRS=$here/resources/labs
export QTWEBENGINE_DISABLE_SANDBOX=1
export QT_QPA_PLATFORM=xcb
# Xvfb (not offscreen) so fonts, the desktop frame and the terminal render as a learner sees them.
xvfb-run -a -s "-screen 0 1280x800x24" "$build/bin/ckx" --screenshot-tour "$out"
ls -1 "$out"/*.png
