#!/usr/bin/env bash
# Q10: kube-apiserver runs with --encryption-provider-config=/etc/kubernetes/enc/enc.yaml and is Ready.
set -u
node=$(ssh cluster1-controlplane hostname 2>/dev/null) || { echo "cluster1-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null) || { echo "The API server of cluster1 does not answer."; exit 1; }
jq -e '(.spec.containers[0].command // []) | index("--encryption-provider-config=/etc/kubernetes/enc/enc.yaml") != null' <<<"$json" >/dev/null || {
    echo "kube-apiserver does not run with --encryption-provider-config=/etc/kubernetes/enc/enc.yaml."
    exit 1
}
jq -e '[.status.containerStatuses[]?.ready] | length > 0 and all' <<<"$json" >/dev/null || { echo "kube-apiserver is not Ready."; exit 1; }
echo "kube-apiserver reads the encryption configuration."
