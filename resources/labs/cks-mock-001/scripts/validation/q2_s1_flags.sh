#!/usr/bin/env bash
# Q2: the running kube-apiserver of cluster1 has --profiling=false and --tls-min-version=VersionTLS12 (or 13) and is Ready.
set -u
node=$(ssh cluster1-controlplane hostname 2>/dev/null) || { echo "cluster1-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null) || { echo "The API server of cluster1 does not answer."; exit 1; }
cmd=$(jq -r '(.spec.containers[0].command // []) + (.spec.containers[0].args // []) | .[]' <<<"$json")
grep -qx -- '--profiling=false' <<<"$cmd" || { echo "kube-apiserver does not run with --profiling=false."; exit 1; }
grep -qxE -- '--tls-min-version=VersionTLS1[23]' <<<"$cmd" || { echo "kube-apiserver does not run with --tls-min-version=VersionTLS12."; exit 1; }
jq -e '[.status.containerStatuses[]?.ready] | length > 0 and all' <<<"$json" >/dev/null || { echo "kube-apiserver is not Ready."; exit 1; }
echo "kube-apiserver runs with profiling disabled and TLS 1.2 at least."
