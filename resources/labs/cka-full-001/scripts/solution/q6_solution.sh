#!/usr/bin/env bash
# Reference answer for Q6: renew with kubeadm, then restart the API server (stopping its container makes the
# kubelet start a new one).
set -eu
node=$(ssh cluster1-controlplane hostname)
# shellcheck disable=SC2016 # expands on the node
ssh cluster1-controlplane 'set -e
kubeadm certs renew apiserver
sleep 1
id=$(crictl ps --name "^kube-apiserver$" -q | head -n 1)
crictl stop "$id" >/dev/null'
mtime=$(ssh cluster1-controlplane 'stat -c %Y /etc/kubernetes/pki/apiserver.crt')
for _ in $(seq 1 25); do
    sleep 2
    started=$(kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o jsonpath='{.status.containerStatuses[0].state.running.startedAt}' 2>/dev/null || true)
    if [ -n "$started" ] && [ "$(date -u -d "$started" +%s)" -ge "$mtime" ]; then
        exit 0
    fi
done
echo "kube-apiserver did not come back in 50 s" >&2
exit 1
