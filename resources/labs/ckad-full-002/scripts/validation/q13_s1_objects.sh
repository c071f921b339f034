#!/usr/bin/env bash
# Q13: ConfigMap config-lab/app-settings holds app.properties from the file; Secret db-creds holds user=app and
# password=Ckx-2026!.
set -u
cm=$(kubectl --context cluster1 -n config-lab get configmap app-settings -o json 2>/dev/null) || { echo "No ConfigMap app-settings in config-lab."; exit 1; }
jq -e --rawfile f /root/ckad/app.properties '.data["app.properties"] == $f' <<<"$cm" >/dev/null || { echo "app-settings has no key app.properties with the file's content."; exit 1; }
s=$(kubectl --context cluster1 -n config-lab get secret db-creds -o json 2>/dev/null) || { echo "No Secret db-creds in config-lab."; exit 1; }
jq -e '(.data.user | @base64d) == "app" and (.data.password | @base64d) == "Ckx-2026!"' <<<"$s" >/dev/null || { echo "db-creds does not hold user=app and password=Ckx-2026!."; exit 1; }
echo "app-settings and db-creds hold the data."
