#!/usr/bin/env bash
# Q7: startupProbe.
set -u
got=$(kubectl --context cluster1 get pod slow-web -n probes -o jsonpath='{.spec.containers[0].startupProbe.httpGet.path} {.spec.containers[0].startupProbe.httpGet.port} {.spec.containers[0].startupProbe.periodSeconds} {.spec.containers[0].startupProbe.failureThreshold}' 2>/dev/null) || { echo "No pod 'slow-web' in namespace 'probes'."; exit 1; }
[ "$got" = "/ 80 2 30" ] || { echo "The startup probe of slow-web is '$got', expected '/ 80 2 30'."; exit 1; }
echo "slow-web has the startup probe."
