#!/usr/bin/env bash
# Runs a command the way tests need it: no display (offscreen Qt), a private D-Bus session with an unlocked
# gnome-keyring (QtKeychain's libsecret backend), WebEngine without its sandbox (we are root in CI), and
# caches in a throwaway runtime dir.
set -euo pipefail
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QTWEBENGINE_DISABLE_SANDBOX=1
export XDG_RUNTIME_DIR=$(mktemp -d /tmp/ckx-xdg.XXXXXX)
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
export CKX_KEYRING_PASSWORD=${CKX_KEYRING_PASSWORD:-ckx-test}
exec dbus-run-session -- bash -c '
  eval "$(printf "%s" "$CKX_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
  export GNOME_KEYRING_CONTROL
  exec "$@"' ckx-test-env "$@"
