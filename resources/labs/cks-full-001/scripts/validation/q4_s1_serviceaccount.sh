#!/usr/bin/env bash
# Q4: ServiceAccount tokens/backend does not automount API tokens.
set -u
v=$(kubectl --context cluster1 get serviceaccount backend -n tokens -o jsonpath='{.automountServiceAccountToken}' 2>/dev/null) || { echo "No ServiceAccount 'backend' in 'tokens'."; exit 1; }
[ "$v" = "false" ] || { echo "ServiceAccount 'backend' still automounts its token."; exit 1; }
echo "ServiceAccount 'backend' does not automount tokens."
