#!/bin/bash
# Installs the jumphost's tools (see the Dockerfile for TOOLS_SOURCE).
set -euo pipefail
pkgs=(openssh-server bash-completion vim-tiny nano jq less procps iproute2 ca-certificates curl)
[ "$TOOLS_SOURCE" = debian ] && pkgs+=(kubernetes-client)
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
if [ "$TOOLS_SOURCE" = upstream ]; then
  if [ -z "$KUBECTL_SHA256" ] || [ -z "$HELM_SHA256" ]; then
    echo "TOOLS_SOURCE=upstream needs --build-arg KUBECTL_SHA256=... and HELM_SHA256=... (from the published .sha256 files)" >&2
    exit 1
  fi
  curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl"
  echo "${KUBECTL_SHA256}  /usr/local/bin/kubectl" | sha256sum -c -
  chmod 755 /usr/local/bin/kubectl
  curl -fsSLo /tmp/helm.tgz "https://get.helm.sh/helm-${HELM_VERSION}-linux-amd64.tar.gz"
  echo "${HELM_SHA256}  /tmp/helm.tgz" | sha256sum -c -
  tar -xzf /tmp/helm.tgz -C /usr/local/bin --strip-components=1 linux-amd64/helm
  rm /tmp/helm.tgz
else
  # Debian has no helm package: say so instead of "command not found".
  printf '#!/bin/sh\necho "helm is not installed in this offline build of the CKX jumphost (Debian has no helm package); rebuild it with: ckxctl images build --tools upstream" >&2\nexit 127\n' >/usr/local/bin/helm
  chmod 755 /usr/local/bin/helm
fi
ln -sf /usr/bin/vim.tiny /usr/local/bin/vim
ln -sf /usr/bin/vim.tiny /usr/local/bin/vi
apt-get clean
rm -rf /var/lib/apt/lists/* /usr/share/doc/* /usr/share/man/*
useradd -m -s /bin/bash -u 1000 candidate
# "*" = no password, but not locked: sshd (UsePAM no) refuses locked accounts even with a valid key.
usermod -p "*" candidate
groupadd -g 2375 docker
usermod -aG docker candidate
rm -f /etc/ssh/ssh_host_*
mkdir -p /run/sshd /opt/ckx/lab /etc/ckx
echo "tools source: ${TOOLS_SOURCE}" >/etc/ckx/tools
