#!/usr/bin/env bash
# Q2: the scheduler of cluster2 is started with a kubeconfig that does not exist. Waits until the kubelet runs
# the broken manifest, so the old scheduler is gone when the exam starts.
set -eu
node=$(ssh cluster2-controlplane hostname)
ssh cluster2-controlplane 'set -e
m=/etc/kubernetes/manifests/kube-scheduler.yaml
grep -q -- "- --kubeconfig=/etc/kubernetes/scheduler.conf" "$m"
cp "$m" /root/.kube-scheduler.yaml.orig
sed -i "s#- --kubeconfig=/etc/kubernetes/scheduler.conf#- --kubeconfig=/etc/kubernetes/kube-scheduler.conf#" "$m"'
for _ in $(seq 1 25); do
    if kubectl --context cluster2 get pod "kube-scheduler-$node" -n kube-system -o json 2>/dev/null |
        jq -e '(.spec.containers[0].command | index("--kubeconfig=/etc/kubernetes/kube-scheduler.conf")) != null' >/dev/null; then
        exit 0
    fi
    sleep 2
done
echo "the kubelet did not pick up the changed scheduler manifest in 50 s" >&2
exit 1
