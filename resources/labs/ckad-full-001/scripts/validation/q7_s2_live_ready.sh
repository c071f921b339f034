#!/usr/bin/env bash
# Q7: livenessProbe and readinessProbe.
set -u
got=$(kubectl --context cluster1 get pod slow-web -n probes -o jsonpath='{.spec.containers[0].livenessProbe.tcpSocket.port} {.spec.containers[0].livenessProbe.periodSeconds} {.spec.containers[0].readinessProbe.httpGet.path} {.spec.containers[0].readinessProbe.httpGet.port} {.spec.containers[0].readinessProbe.periodSeconds}' 2>/dev/null) || { echo "No pod 'slow-web' in namespace 'probes'."; exit 1; }
[ "$got" = "80 10 / 80 5" ] || { echo "Liveness/readiness of slow-web are '$got', expected '80 10 / 80 5'."; exit 1; }
echo "slow-web has the liveness and readiness probes."
