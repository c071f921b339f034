#!/bin/bash
# Runs inside a clean Debian container (tests/installer/deb-install.sh): installs each package the way the README
# says, checks what a user would notice, removes it and checks what is left. Exits non-zero at the first failure.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# Recommends (docker.io, gnome-keyring) stay out: the container has no use for a Docker engine, and installing it
# would only cost time. The Depends are what this test is about.
APT_INSTALL=(apt-get install -y -q --no-install-recommends)

leftovers() { # files of a package (list in $1) that are still there after removal
    local left=0
    while IFS= read -r f; do
        [[ -e $f && ! -d $f ]] && { echo "left behind: $f" >&2; left=1; }
    done <"$1"
    return $left
}

step "install ckx-desktop"
"${APT_INSTALL[@]}" /pkgs/ckx-desktop_*.deb >/tmp/apt-desktop.log || { cat /tmp/apt-desktop.log; fail "apt-get install ckx-desktop"; }
dpkg -L ckx-desktop >/tmp/desktop.files

step "ckx --version"
v=$(QT_QPA_PLATFORM=offscreen ckx --version)
[[ $v == "ckx $CKX_VERSION" ]] || fail "ckx --version printed '$v', expected 'ckx $CKX_VERSION'"

step "ckxctl labs list finds the bundled labs"
export HOME=/tmp/learner && mkdir -p $HOME
ckxctl labs list | tee /tmp/labs.txt
grep -q docker-basics-001 /tmp/labs.txt || fail "docker-basics-001 missing from ckxctl labs list"
# grep -q would stop reading early and, under pipefail, turn ckxctl's SIGPIPE into a failure: read it all.
ckxctl labs list --json >/tmp/labs.json
grep -q '"root": "/usr/share/ckx/labs"' /tmp/labs.json || fail "labs do not come from /usr/share/ckx/labs"
test -f /usr/share/ckx/images/jumphost/Dockerfile || fail "runtime image sources missing in /usr/share/ckx/images"

step "ckx starts offscreen and paints the catalog"
data=$(mktemp -d)
printf '[app]\nfirstRunDone=true\n' >"$data/settings.ini"  # a returning learner: the catalog is the first page
out=$(CKX_DATA_DIR=$data CKX_STARTUP_PROBE=1 QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
      XDG_RUNTIME_DIR=$data timeout 60 ckx 2>"$data/stderr") || true
grep -q '^catalog-visible' <<<"$out" || { cat "$data/stderr"; fail "ckx never painted the catalog"; }

step "ckx:// links"
grep -q '^x-scheme-handler/ckx=io.ckx.Desktop.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "the desktop database does not list ckx as the x-scheme-handler/ckx handler"
if QT_QPA_PLATFORM=offscreen ckx https://example.org/ 2>/tmp/badlink; then fail "ckx accepted a non-ckx:// link"; fi
grep -q "is not a ckx:// link" /tmp/badlink || fail "no clear error for a non-ckx link: $(cat /tmp/badlink)"

step "desktop entry, metainfo, icons, man page, completion"
desktop-file-validate /usr/share/applications/io.ckx.Desktop.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.ckx.Desktop.metainfo.xml
for size in 16 24 32 48 64 128 256 512; do
    test -s /usr/share/icons/hicolor/${size}x${size}/apps/io.ckx.Desktop.png || fail "no ${size}px icon"
done
test -s /usr/share/icons/hicolor/scalable/apps/io.ckx.Desktop.svg || fail "no scalable icon"
zcat /usr/share/man/man1/ckxctl.1.gz | grep -c 'labs list' >/dev/null || fail "the ckxctl man page lacks the commands"
completions=$(bash -c 'source /usr/share/bash-completion/bash_completion
    source /usr/share/bash-completion/completions/ckxctl
    COMP_WORDS=(ckxctl labs ""); COMP_CWORD=2; COMP_LINE="ckxctl labs "; COMP_POINT=${#COMP_LINE}
    _ckxctl; echo "${COMPREPLY[*]}"')
[[ $completions == *list* && $completions == *verify* ]] || fail "bash completion of 'ckxctl labs ' gave '$completions'"

step "remove ckx-desktop"
apt-get remove -y -q ckx-desktop >/dev/null
leftovers /tmp/desktop.files || fail "apt-get remove left files of ckx-desktop behind"
test ! -e /usr/share/ckx || fail "/usr/share/ckx is still there"

step "install ckx-server"
"${APT_INSTALL[@]}" /pkgs/ckx-server_*.deb >/tmp/apt-server.log || { cat /tmp/apt-server.log; fail "apt-get install ckx-server"; }
dpkg -L ckx-server >/tmp/server.files
getent passwd ckx-server >/dev/null || fail "postinst made no ckx-server user"
[[ $(stat -c '%U %a' /var/lib/ckx-server) == "ckx-server 700" ]] || fail "/var/lib/ckx-server: $(stat -c '%U %a' /var/lib/ckx-server)"
[[ $(stat -c '%a' /etc/ckx-server/env) == 600 ]] || fail "/etc/ckx-server/env is not 0600"
unit=$(dpkg -L ckx-server | grep '/systemd/system/ckx-server.service$')
systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
grep -q '^Environment=CKX_LABS_DIRS=/usr/share/ckx-server/labs$' "$unit" || fail "the unit does not use the package's labs"

step "ckx-server runs as its user on the unit's paths"
runuser -u ckx-server -- env CKX_SERVER_DATA_DIR=/var/lib/ckx-server CKX_LABS_DIRS=/usr/share/ckx-server/labs \
    ckx-server --listen 127.0.0.1:18080 >/tmp/server.log 2>&1 &
pid=$!
for _ in $(seq 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/18080) 2>/dev/null; then break; fi
    sleep 0.1
done
exec 3<>/dev/tcp/127.0.0.1/18080
printf 'GET /readyz HTTP/1.0\r\n\r\n' >&3
head -1 <&3 | grep -q ' 200 ' || { cat /tmp/server.log; fail "ckx-server /readyz is not 200"; }
exec 3<&-
kill "$pid"; wait "$pid" || true
grep -q 'lab(s) from /usr/share/ckx-server/labs' /tmp/server.log || { cat /tmp/server.log; fail "no labs loaded"; }
test -s /var/lib/ckx-server/jwt.key || fail "ckx-server wrote no keys into /var/lib/ckx-server"

step "remove ckx-server keeps the data"
apt-get remove -y -q ckx-server >/dev/null
leftovers /tmp/server.files || fail "apt-get remove left files of ckx-server behind"
test -s /var/lib/ckx-server/jwt.key && test -s /var/lib/ckx-server/ckx-server.db || fail "remove deleted the server's data"
getent passwd ckx-server >/dev/null || fail "remove deleted the ckx-server user (its files would be orphaned)"
echo "== all checks passed"
