#!/usr/bin/env bash
# Q10: kube-apiserver runs with the audit policy /etc/kubernetes/audit/policy.yaml, logs to
# /var/log/kubernetes/audit/audit.log, keeps 2 backups of at most 10 days, and is Ready.
set -u
node=$(ssh cluster1-controlplane hostname 2>/dev/null) || { echo "cluster1-controlplane is unreachable over SSH."; exit 1; }
json=$(kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null) || { echo "The API server of cluster1 does not answer."; exit 1; }
cmd=$(jq -r '(.spec.containers[0].command // []) | .[]' <<<"$json")
for flag in --audit-policy-file=/etc/kubernetes/audit/policy.yaml --audit-log-path=/var/log/kubernetes/audit/audit.log \
    --audit-log-maxbackup=2 --audit-log-maxage=10; do
    grep -qxF -- "$flag" <<<"$cmd" || { echo "kube-apiserver does not run with $flag."; exit 1; }
done
jq -e '[.status.containerStatuses[]?.ready] | length > 0 and all' <<<"$json" >/dev/null || { echo "kube-apiserver is not Ready."; exit 1; }
echo "kube-apiserver audits with the policy."
