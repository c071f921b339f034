#!/usr/bin/env bash
# Q13: the defaults were applied at admission.
set -u
got=$(kubectl --context cluster1 get pod quota-test -n quota -o jsonpath='{.spec.containers[0].resources.requests.cpu} {.spec.containers[0].resources.requests.memory} {.spec.containers[0].resources.limits.cpu} {.spec.containers[0].resources.limits.memory}' 2>/dev/null) || { echo "No pod 'quota-test' in namespace 'quota'."; exit 1; }
[ "$got" = "100m 128Mi 200m 256Mi" ] || { echo "quota-test has requests/limits '$got', expected the defaults '100m 128Mi 200m 256Mi'."; exit 1; }
echo "quota-test got the defaults."
