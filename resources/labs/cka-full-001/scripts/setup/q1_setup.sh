#!/usr/bin/env bash
# Q1: two faults on the kubelet of cluster2-node01: systemd starts a kubelet binary that does not exist, and the
# kubelet is told to talk to a container runtime socket that does not exist. The kubelet is stopped.
set -eu
# shellcheck disable=SC2016 # expands on the node
ssh cluster2-node01 'set -e
files=$(grep -rl "^ExecStart=/usr/bin/kubelet" /etc/systemd/system/kubelet.service /etc/systemd/system/kubelet.service.d/ 2>/dev/null || true)
[ -n "$files" ]
sed -i "s#^ExecStart=/usr/bin/kubelet#ExecStart=/usr/local/bin/kubelet#" $files
# The runtime endpoint is a kubeadm flag or a config field depending on the version: change it wherever it is.
if grep -q "containerd\.sock" /var/lib/kubelet/kubeadm-flags.env /var/lib/kubelet/config.yaml 2>/dev/null; then
    for f in /var/lib/kubelet/kubeadm-flags.env /var/lib/kubelet/config.yaml; do
        [ ! -f "$f" ] || sed -i "s#\(unix://[^ \"]*/containerd\)\.sock#\1-v2.sock#g" "$f"
    done
elif ! grep -q "^containerRuntimeEndpoint:" /var/lib/kubelet/config.yaml; then
    echo "containerRuntimeEndpoint: unix:///run/containerd/containerd-v2.sock" >> /var/lib/kubelet/config.yaml
fi
grep -q containerd-v2.sock /var/lib/kubelet/kubeadm-flags.env /var/lib/kubelet/config.yaml 2>/dev/null
[ ! -e /usr/local/bin/kubelet ]
systemctl daemon-reload
systemctl stop kubelet'
