#!/usr/bin/env bash
# Reference answer for Q2: the scheduler's kubeconfig is /etc/kubernetes/scheduler.conf (it is also what the
# manifest mounts).
set -eu
node=$(ssh cluster2-controlplane hostname)
ssh cluster2-controlplane 'sed -i "s#- --kubeconfig=/etc/kubernetes/kube-scheduler.conf#- --kubeconfig=/etc/kubernetes/scheduler.conf#" /etc/kubernetes/manifests/kube-scheduler.yaml'
for _ in $(seq 1 27); do
    sleep 2
    kubectl --context cluster2 get pod "kube-scheduler-$node" -n kube-system -o json 2>/dev/null |
        jq -e '(.spec.containers[0].command | index("--kubeconfig=/etc/kubernetes/scheduler.conf")) != null and ([.status.containerStatuses[]?.ready] | length > 0 and all)' >/dev/null && exit 0
done
echo "kube-scheduler did not become Ready in 55 s" >&2
exit 1
