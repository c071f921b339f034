#!/usr/bin/env bash
# Makes the local base image the runtime images build FROM, without any container registry:
# debootstrap a minimal Debian bookworm and import it. Idempotent: does nothing when the image exists.
set -euo pipefail
IMAGE=${CKX_BASE_IMAGE:-ckx/base:bookworm}
MIRROR=${CKX_DEBIAN_MIRROR:-http://deb.debian.org/debian}
ROOTFS=${CKX_ROOTFS_DIR:-/var/cache/ckx/bookworm-rootfs}

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  exit 0
fi
if docker pull -q debian:bookworm-slim >/dev/null 2>&1; then
  docker tag debian:bookworm-slim "$IMAGE"
  echo "base image: tagged debian:bookworm-slim as $IMAGE"
  exit 0
fi
echo "base image: no registry reachable, building $IMAGE with debootstrap (about a minute)"
if [ ! -x "$ROOTFS/bin/bash" ]; then
  rm -rf "$ROOTFS.tmp"
  mkdir -p "$(dirname "$ROOTFS")"
  debootstrap --variant=minbase bookworm "$ROOTFS.tmp" "$MIRROR" >/var/log/ckx-debootstrap.log 2>&1 || {
    echo "base image: debootstrap failed, see /var/log/ckx-debootstrap.log" >&2; exit 1; }
  rm -rf "$ROOTFS.tmp/var/cache/apt/archives/"*.deb "$ROOTFS.tmp/var/lib/apt/lists/"*
  mv "$ROOTFS.tmp" "$ROOTFS"
fi
tar -C "$ROOTFS" -c . | docker import -c 'CMD ["/bin/bash"]' - "$IMAGE" >/dev/null
echo "base image: $IMAGE ready"
