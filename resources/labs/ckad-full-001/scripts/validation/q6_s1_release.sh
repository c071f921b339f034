#!/usr/bin/env bash
# Q6: the release.
set -u
json=$(helm --kube-context cluster1 status metrics -n monitoring -o json 2>/dev/null) || { echo "No Helm release 'metrics' in namespace 'monitoring'."; exit 1; }
got=$(jq -r '.info.status + " " + .chart.metadata.name' <<<"$json")
[ "$got" = "deployed webapp" ] || { echo "Release 'metrics' is '$got', expected 'deployed webapp'."; exit 1; }
echo "Release 'metrics' is deployed."
