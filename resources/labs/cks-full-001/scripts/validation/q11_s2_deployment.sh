#!/usr/bin/env bash
# Q11: deployment untrusted in sandbox asks for the RuntimeClass sandboxed and keeps its image and command.
set -u
json=$(kubectl --context cluster1 get deployment untrusted -n sandbox -o json 2>/dev/null) || { echo "No deployment 'untrusted' in 'sandbox'."; exit 1; }
jq -e '.spec.template.spec.runtimeClassName == "sandboxed"' <<<"$json" >/dev/null || { echo "Deployment 'untrusted' does not use the RuntimeClass sandboxed."; exit 1; }
jq -e '.spec.template.spec.containers[0].image == "busybox:1.36"' <<<"$json" >/dev/null || { echo "Deployment 'untrusted' must keep image busybox:1.36."; exit 1; }
echo "Deployment 'untrusted' asks for the sandboxed runtime."
