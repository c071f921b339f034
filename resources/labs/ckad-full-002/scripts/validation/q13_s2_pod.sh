#!/usr/bin/env bash
# Q13: pod config-lab/config-reader has DB_USER from db-creds/user, the settings file at
# /etc/app/app.properties and the secret's files under /etc/creds (read-only).
set -u
json=$(kubectl --context cluster1 -n config-lab get pod config-reader -o json 2>/dev/null) || { echo "No pod config-reader in config-lab."; exit 1; }
jq -e 'any(.spec.containers[0].env[]?; .name == "DB_USER" and .valueFrom.secretKeyRef.name == "db-creds" and .valueFrom.secretKeyRef.key == "user")' <<<"$json" >/dev/null ||
    { echo "config-reader has no DB_USER from db-creds/user."; exit 1; }
jq -e '.spec.containers[0] as $c | any(.spec.volumes[]?; .secret.secretName == "db-creds" and (.name as $n | any($c.volumeMounts[]?; .name == $n and .mountPath == "/etc/creds" and .readOnly == true)))' <<<"$json" >/dev/null ||
    { echo "config-reader does not mount db-creds read-only at /etc/creds."; exit 1; }
# shellcheck disable=SC2016 # expands in the pod
out=$(kubectl --context cluster1 -n config-lab exec config-reader -- sh -c 'echo "$DB_USER"; cat /etc/app/app.properties; cat /etc/creds/password' 2>/dev/null)
[ "$out" = "$(printf 'app\n%s\nCkx-2026!' "$(cat /root/ckad/app.properties)")" ] || { echo "Inside config-reader the variable or the files are not as asked."; exit 1; }
echo "config-reader gets its configuration."
