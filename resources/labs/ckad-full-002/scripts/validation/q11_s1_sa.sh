#!/usr/bin/env bash
# Q11: service account reports/reporter does not automount its token, and deployment report-gen (busybox:1.36)
# runs its pods as reporter without a mounted token.
set -u
sa=$(kubectl --context cluster1 -n reports get serviceaccount reporter -o jsonpath='{.automountServiceAccountToken}' 2>/dev/null) || { echo "No service account reporter in reports."; exit 1; }
[ "$sa" = false ] || { echo "reporter has automountServiceAccountToken '${sa}', expected false."; exit 1; }
json=$(kubectl --context cluster1 -n reports get deployment report-gen -o json 2>/dev/null) || { echo "No deployment report-gen in reports."; exit 1; }
jq -e '.spec.template.spec.serviceAccountName == "reporter" and (.spec.template.spec.automountServiceAccountToken != true) and (.status.availableReplicas // 0) >= 1' <<<"$json" >/dev/null ||
    { echo "report-gen must run available pods as reporter without automounting a token."; exit 1; }
pods=$(kubectl --context cluster1 -n reports get pods -l "$(jq -r '.spec.selector.matchLabels | to_entries | map("\(.key)=\(.value)") | join(",")' <<<"$json")" -o json 2>/dev/null)
jq -e '(.items | length) > 0 and all(.items[]; all(.spec.volumes[]?; .projected == null or all(.projected.sources[]; .serviceAccountToken == null)))' <<<"$pods" >/dev/null ||
    { echo "report-gen pods still get a service account token."; exit 1; }
echo "report-gen runs as reporter without a token."
