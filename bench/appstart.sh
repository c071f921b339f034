#!/usr/bin/env bash
# App cold start to a painted catalog and idle memory before any web view (issue 6). Medians of 7 runs, with a
# minimal Qt window started the same way as the reference. Run by `make bench` under scripts/test-env.sh.
set -euo pipefail
build=${CKX_BUILD_DIR:-$(cd "$(dirname "$0")/.." && pwd)/build}
"$build/bin/bench_appstart"
