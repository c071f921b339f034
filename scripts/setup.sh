#!/usr/bin/env bash
# Installs whichever Debian packages from scripts/packages.txt are missing. Idempotent and silent when
# nothing is missing, so `make run` / `make test` can call it every time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$here/packages.txt")
missing=()
for p in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: missing packages (${missing[*]}) and no sudo to install them" >&2; exit 1; }
  SUDO=sudo
fi
echo "setup: installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/ckx-apt.log 2>&1 || {
  echo "setup: apt-get install failed; the last lines of /tmp/ckx-apt.log:" >&2; tail -20 /tmp/ckx-apt.log >&2; exit 1; }
echo "setup: packages installed"
