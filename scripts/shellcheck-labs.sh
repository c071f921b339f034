#!/usr/bin/env bash
# Runs shellcheck over every script of every lab under the given folders (default: the bundled resources/labs).
# Prints file:line:column: level: message [SCxxxx] per finding; exits 1 on any finding, 2 when shellcheck is missing.
# A justified exception is written next to the line: `# shellcheck disable=SCxxxx  # why`.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || set -- "$here/resources/labs"
if ! command -v shellcheck >/dev/null 2>&1; then
    echo "shellcheck not found; install it with scripts/setup.sh (Debian package shellcheck in scripts/packages.txt)" >&2
    exit 2
fi
mapfile -d '' scripts < <(find "$@" -type f -name '*.sh' -print0 | sort -z)
if [ "${#scripts[@]}" -eq 0 ]; then
    echo "no lab scripts (*.sh) under: $*" >&2
    exit 2
fi
# Lab scripts run with `bash <script>`: check them as bash whatever their shebang says.
if shellcheck --shell=bash --format=gcc "${scripts[@]}"; then
    echo "shellcheck: ${#scripts[@]} lab scripts, no findings"
else
    echo "shellcheck: findings in the lab scripts above (file:line:column)" >&2
    exit 1
fi
