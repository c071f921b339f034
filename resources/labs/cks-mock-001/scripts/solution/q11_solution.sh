#!/usr/bin/env bash
# Reference answer for Q11: find the offenders from the pod specs, then scale them down.
set -eu
ctx=cluster1 ns=runtime
kubectl --context "$ctx" get deployments -n "$ns" -o json |
    jq -r '.items[] | select(.spec.template.spec | any(.containers[]; .securityContext.privileged == true) or any(.volumes[]?; .hostPath != null)) | .metadata.name' |
    while read -r d; do
        kubectl --context "$ctx" scale deployment "$d" -n "$ns" --replicas=0
    done
for _ in $(seq 1 40); do
    left=$(kubectl --context "$ctx" get pods -n "$ns" -l 'app in (collector,cache)' -o name | wc -l)
    [ "$left" = "0" ] && exit 0
    sleep 1
done
echo "pods of collector/cache did not terminate in 40 s" >&2
exit 1
