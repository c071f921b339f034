#!/usr/bin/env bash
# Q6: release notes in namespace notes is deployed from notes-app-1.0.0 at revision 2 or later (installed, then
# upgraded).
set -u
json=$(helm --kube-context cluster1 -n notes list --filter '^notes$' -o json 2>/dev/null) || { echo "Cannot list Helm releases in notes."; exit 1; }
jq -e 'any(.[]; .name == "notes" and .status == "deployed" and .chart == "notes-app-1.0.0" and (.revision | tonumber) >= 2)' <<<"$json" >/dev/null ||
    { echo "Release notes is not deployed from notes-app-1.0.0 with an upgrade (revision >= 2)."; exit 1; }
echo "Release notes is deployed and upgraded."
