#!/bin/bash
# The Debian packages, end to end: build them with CPack from the build folder, check them with lintian, then
# install, use and remove them in a clean container made from the local base image (ckx/base:bookworm; the
# container reaches Debian's mirror for the dependencies). in-container.sh holds the checks.
#
# Fast when nothing changed: the packages' dependencies are preinstalled in an image tagged by a hash of their
# Depends lines (ckx/pkgtest:<hash>), so a rerun installs only the two .debs.
#
# Usage: deb-install.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: deb-install.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
base=${CKX_BASE_IMAGE:-ckx/base:bookworm}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

docker image inspect "$base" >/dev/null 2>&1 || { echo "SKIP: no $base image (scripts/services.sh makes it)"; exit 77; }

echo "== cpack"
(cd "$build" && cpack -G DEB -B "$work/pkgs" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
desktop=$work/pkgs/ckx-desktop_${version}_amd64.deb
server=$work/pkgs/ckx-server_${version}_amd64.deb
for deb in "$desktop" "$server"; do
    test -f "$deb" || { echo "FAIL: cpack made no $(basename "$deb")"; ls "$work/pkgs"; exit 1; }
    dpkg-deb -f "$deb" Package Version Depends Recommends
done
dpkg-deb -f "$desktop" Recommends | grep -q 'docker.io' || { echo "FAIL: ckx-desktop does not recommend docker.io"; exit 1; }
dpkg-deb -f "$desktop" Depends | grep -q 'libqt6widgets6' || { echo "FAIL: shlibdeps found no Qt Widgets"; exit 1; }

if command -v lintian >/dev/null; then
    echo "== lintian"
    # Errors fail the test; the warnings that remain, and why they stay, are listed in installer/README.md.
    lintian --fail-on error "$desktop" "$server"
else
    echo "lintian not installed (Debian: lintian): package checks skipped"
fi

# Everything the packages need from Debian, preinstalled once per set of Depends.
deps=$( { dpkg-deb -f "$desktop" Depends; echo ,; dpkg-deb -f "$server" Depends; } \
        | tr -d '\n' | sed 's/([^)]*)//g; s/|[^,]*//g' | tr ',' '\n' | awk 'NF { print $1 }' | sort -u | tr '\n' ' ')
tools="desktop-file-utils appstream systemd bash-completion"
cat >"$work/Dockerfile" <<DOCKERFILE
FROM $base
RUN apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $deps $tools \\
    && apt-get clean
DOCKERFILE
key=$( { docker image inspect -f '{{.Id}}' "$base"; cat "$work/Dockerfile"; } | sha256sum | cut -c1-16)
image=ckx/pkgtest:$key
if ! docker image inspect "$image" >/dev/null 2>&1; then
    echo "== building $image (dependencies of the packages; cached for the next run)"
    docker build -q --label io.ckx.test=installer -t "$image" "$work" >"$work/build.log" 2>&1 \
        || { cat "$work/build.log"; exit 1; }
    # Images of earlier dependency sets are this test's own: drop them.
    docker images --filter label=io.ckx.test=installer --format '{{.Repository}}:{{.Tag}}' \
        | grep '^ckx/pkgtest:' | grep -v ":$key\$" | xargs -r docker rmi >/dev/null 2>&1 || true
fi

echo "== install, use and remove in a clean container"
docker run --rm --label io.ckx.test=installer -e CKX_VERSION="$version" \
    -v "$work/pkgs:/pkgs:ro" -v "$here/in-container.sh:/in-container.sh:ro" "$image" bash /in-container.sh
