#!/usr/bin/env bash
# Q13: the container defaults.
set -u
got=$(kubectl --context cluster1 get limitrange defaults -n quota -o jsonpath='{.spec.limits[?(@.type=="Container")].defaultRequest.cpu} {.spec.limits[?(@.type=="Container")].defaultRequest.memory} {.spec.limits[?(@.type=="Container")].default.cpu} {.spec.limits[?(@.type=="Container")].default.memory}' 2>/dev/null) || { echo "No LimitRange 'defaults' in namespace 'quota'."; exit 1; }
[ "$got" = "100m 128Mi 200m 256Mi" ] || { echo "LimitRange defaults has '$got', expected '100m 128Mi 200m 256Mi'."; exit 1; }
echo "LimitRange defaults is set."
