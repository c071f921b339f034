#!/usr/bin/env bash
# Q9: /home/candidate/review/web.yaml no longer runs privileged or in the host PID namespace and takes
# DB_PASSWORD from the Secret web-db (key password) instead of a literal value.
set -u
f=/home/candidate/review/web.yaml
[ -f "$f" ] || { echo "No file $f."; exit 1; }
json=$(kubectl --context cluster1 create --dry-run=client -o json -f "$f" 2>/dev/null) || { echo "$f is not a valid manifest."; exit 1; }
jq -e '.kind == "Deployment" and .metadata.name == "web"' <<<"$json" >/dev/null || { echo "$f must hold the Deployment web."; exit 1; }
jq -e '.spec.template.spec | (.hostPID // false) == false and all(.containers[]; (.securityContext.privileged // false) == false)' <<<"$json" >/dev/null || {
    echo "$f still runs privileged or in the host PID namespace."
    exit 1
}
jq -e 'any(.spec.template.spec.containers[0].env[]?; .name == "DB_PASSWORD" and .value == null and .valueFrom.secretKeyRef.name == "web-db" and .valueFrom.secretKeyRef.key == "password")' <<<"$json" >/dev/null || {
    echo "$f does not take DB_PASSWORD from the Secret web-db, key password."
    exit 1
}
echo "$f is fixed."
