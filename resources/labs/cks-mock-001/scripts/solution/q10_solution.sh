#!/usr/bin/env bash
# Reference answer for Q10: the policy file, the flags and two hostPath mounts in the API server manifest.
set -eu
ctx=cluster1
node=$(ssh cluster1-controlplane hostname)
ssh cluster1-controlplane 'mkdir -p /etc/kubernetes/audit /var/log/kubernetes/audit && cat > /etc/kubernetes/audit/policy.yaml' <<'YAML'
apiVersion: audit.k8s.io/v1
kind: Policy
omitStages:
  - RequestReceived
rules:
  - level: None
    resources:
      - group: ""
        resources: ["events"]
      - group: events.k8s.io
        resources: ["events"]
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
  - level: RequestResponse
    namespaces: ["prod"]
    resources:
      - group: ""
        resources: ["pods"]
  - level: Metadata
YAML
ssh cluster1-controlplane 'set -e
m=/etc/kubernetes/manifests/kube-apiserver.yaml
cp "$m" /root/kube-apiserver.yaml.q10.bak
grep -q -- "--audit-policy-file=" "$m" || sed -i "s/^\( *\)- kube-apiserver$/&\n\1- --audit-policy-file=\/etc\/kubernetes\/audit\/policy.yaml\n\1- --audit-log-path=\/var\/log\/kubernetes\/audit\/audit.log\n\1- --audit-log-maxbackup=2\n\1- --audit-log-maxage=10/" "$m"
grep -q "name: audit-policy" "$m" || {
    sed -i "s/^\( *\)volumeMounts:$/&\n\1- mountPath: \/etc\/kubernetes\/audit\n\1  name: audit-policy\n\1  readOnly: true\n\1- mountPath: \/var\/log\/kubernetes\/audit\n\1  name: audit-log/" "$m"
    sed -i "s/^\( *\)volumes:$/&\n\1- hostPath:\n\1    path: \/etc\/kubernetes\/audit\n\1    type: DirectoryOrCreate\n\1  name: audit-policy\n\1- hostPath:\n\1    path: \/var\/log\/kubernetes\/audit\n\1    type: DirectoryOrCreate\n\1  name: audit-log/" "$m"
}'
for _ in $(seq 1 27); do
    sleep 2
    kubectl --context "$ctx" get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null |
        jq -e '(.spec.containers[0].command | index("--audit-log-maxage=10")) != null and ([.status.containerStatuses[]?.ready] | length > 0 and all)' >/dev/null && exit 0
done
echo "kube-apiserver did not come back within 55 s" >&2
exit 1
