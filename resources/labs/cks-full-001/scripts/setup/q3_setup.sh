#!/usr/bin/env bash
# Q3: copies of three platform binaries with the checksums of the originals; the kubeadm copy is then altered.
set -eu
ssh cluster1-controlplane 'set -e
d=/opt/binaries
mkdir -p "$d"
cp /usr/bin/kubeadm /usr/bin/kubectl "$d/"
cp "$(command -v crictl)" "$d/crictl"
(cd "$d" && sha256sum kubeadm kubectl crictl > SHA256SUMS)
printf "\x00ckx" >> "$d/kubeadm"'
