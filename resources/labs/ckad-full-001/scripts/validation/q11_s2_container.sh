#!/usr/bin/env bash
# Q11: container securityContext.
set -u
got=$(kubectl --context cluster1 get pod secure-app -n secure -o jsonpath='{.spec.containers[0].securityContext.allowPrivilegeEscalation} {.spec.containers[0].securityContext.readOnlyRootFilesystem} {.spec.containers[0].securityContext.capabilities.drop[*]}' 2>/dev/null) || { echo "No pod 'secure-app' in namespace 'secure'."; exit 1; }
[ "$got" = "false true ALL" ] || { echo "secure-app container has allowPrivilegeEscalation/readOnlyRootFilesystem/drop '$got', expected 'false true ALL'."; exit 1; }
echo "The container of secure-app is locked down."
