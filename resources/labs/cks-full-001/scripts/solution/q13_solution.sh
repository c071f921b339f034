#!/usr/bin/env bash
# Reference answer for Q13: read each manifest through kubectl (client-side) and judge its pod spec.
set -eu
d=$HOME/manifests
: >"$d/insecure.txt"
for f in "$d"/*.yaml; do
    json=$(kubectl --context cluster1 create --dry-run=client -o json -f "$f")
    name=$(jq -r '.metadata.name' <<<"$json")
    if jq -e '.spec | (.hostNetwork // false) or (.hostPID // false) or (.hostIPC // false)
        or any(.containers[]; .securityContext.privileged == true) or any(.volumes[]?; .hostPath != null)' <<<"$json" >/dev/null; then
        echo "$name" >>"$d/insecure.txt"
    else
        kubectl --context cluster1 apply -f "$f"
    fi
done
sort -o "$d/insecure.txt" "$d/insecure.txt"
kubectl --context cluster1 wait --for=condition=Ready pod/web pod/worker -n review --timeout=45s
