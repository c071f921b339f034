#!/usr/bin/env bash
# Q9: the Secret db-creds is mounted read-only at /etc/db-creds with file mode 0400.
set -u
json=$(kubectl --context cluster1 get deployment api -n secrets-app -o json 2>/dev/null) || { echo "No deployment 'api' in 'secrets-app'."; exit 1; }
if ! jq -e '.spec.template.spec as $s | [$s.volumes[]? | select(.secret.secretName == "db-creds" and .secret.defaultMode == 256 and all(.secret.items[]?; (.mode // 256) == 256)) | .name] as $v
    | ($v | length) > 0 and any($s.containers[]; any(.volumeMounts[]?; (.name as $n | $v | index($n) != null) and (.mountPath | rtrimstr("/")) == "/etc/db-creds" and .readOnly == true))' <<<"$json" >/dev/null; then
    echo "Secret db-creds must be mounted read-only at /etc/db-creds with defaultMode 0400."
    exit 1
fi
echo "Secret db-creds is mounted read-only with mode 0400."
