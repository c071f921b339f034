#!/usr/bin/env bash
# Q2: the running kube-apiserver enables DenyServiceExternalIPs next to NodeRestriction, still authorises with
# Node,RBAC, and really rejects a Service with externalIPs (server-side dry run: nothing is created).
set -u
node=$(ssh cluster1-controlplane hostname 2>/dev/null) || { echo "cluster1-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null) || { echo "The API server of cluster1 does not answer."; exit 1; }
cmd=$(jq -r '(.spec.containers[0].command // []) + (.spec.containers[0].args // []) | .[]' <<<"$json")
plugins=$(sed -n 's/^--enable-admission-plugins=//p' <<<"$cmd" | tr ',' '\n')
grep -qx DenyServiceExternalIPs <<<"$plugins" || { echo "kube-apiserver does not enable the DenyServiceExternalIPs admission plugin."; exit 1; }
grep -qx NodeRestriction <<<"$plugins" || { echo "kube-apiserver no longer enables the NodeRestriction admission plugin."; exit 1; }
modes=$(sed -n 's/^--authorization-mode=//p' <<<"$cmd" | tr ',' '\n' | sort | tr '\n' ',')
[ "$modes" = "Node,RBAC," ] || { echo "kube-apiserver authorises with '${modes%,}', expected Node,RBAC."; exit 1; }
probe='{"apiVersion":"v1","kind":"Service","metadata":{"name":"ckx-probe-external-ip","namespace":"default"},"spec":{"ports":[{"port":80}],"externalIPs":["203.0.113.10"]}}'
if kubectl --context cluster1 create --dry-run=server -f - >/dev/null 2>&1 <<<"$probe"; then
    echo "The API server still accepts a Service with externalIPs."
    exit 1
fi
echo "kube-apiserver rejects externalIPs and keeps NodeRestriction and Node,RBAC."
