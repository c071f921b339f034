#!/usr/bin/env bash
# Store write latency: ExamStore (synchronous=FULL) against a synchronous=NORMAL reference in the same run.
set -euo pipefail
"${CKX_BUILD_DIR:?}/bin/bench_store" "${STORE_BENCH_RUNS:-300}"
