#!/usr/bin/env bash
# Q3: only the altered binary was removed: kubectl and crictl are still in /opt/binaries and match SHA256SUMS.
set -u
if ssh cluster1-controlplane 'test -e /opt/binaries/kubeadm' 2>/dev/null; then
    echo "The altered /opt/binaries/kubeadm is still there."
    exit 1
fi
if ! ssh cluster1-controlplane 'cd /opt/binaries && grep -E " (kubectl|crictl)$" SHA256SUMS | sha256sum -c --quiet -' >/dev/null 2>&1; then
    echo "/opt/binaries/kubectl or /opt/binaries/crictl is missing or changed: they were intact and must stay."
    exit 1
fi
echo "The intact binaries were kept."
