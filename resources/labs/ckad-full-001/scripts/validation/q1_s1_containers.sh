#!/usr/bin/env bash
# Q1: the containers of web-init.
set -u
got=$(kubectl --context cluster1 get pod web-init -n atlas -o jsonpath='{.spec.initContainers[*].name}={.spec.initContainers[*].image} {.spec.containers[*].name}={.spec.containers[*].image}' 2>/dev/null) || { echo "No pod 'web-init' in namespace 'atlas'."; exit 1; }
[ "$got" = "prepare=busybox:1.36 web=nginx:1.27-alpine" ] || { echo "Pod 'web-init' has '$got', expected 'prepare=busybox:1.36 web=nginx:1.27-alpine'."; exit 1; }
echo "Pod 'web-init' has the init container prepare and the container web."
