#!/usr/bin/env bash
# Q15: kube-apiserver audits with /etc/kubernetes/audit/cks-policy.yaml into /var/log/kubernetes/audit/cks.log,
# rotating at 50 MB with 3 backups, and is Ready.
set -u
node=$(ssh cluster1-controlplane hostname 2>/dev/null) || { echo "cluster1-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null) || { echo "The API server of cluster1 does not answer."; exit 1; }
cmd=$(jq -r '(.spec.containers[0].command // []) | .[]' <<<"$json")
for flag in --audit-policy-file=/etc/kubernetes/audit/cks-policy.yaml --audit-log-path=/var/log/kubernetes/audit/cks.log \
    --audit-log-maxsize=50 --audit-log-maxbackup=3; do
    grep -qxF -- "$flag" <<<"$cmd" || { echo "kube-apiserver does not run with $flag."; exit 1; }
done
jq -e '[.status.containerStatuses[]?.ready] | length > 0 and all' <<<"$json" >/dev/null || { echo "kube-apiserver is not Ready."; exit 1; }
echo "kube-apiserver audits with the CKS policy."
