#!/usr/bin/env bash
# Q11: RuntimeClass sandboxed uses the handler runsc (gVisor).
set -u
h=$(kubectl --context cluster1 get runtimeclass sandboxed -o jsonpath='{.handler}' 2>/dev/null) || { echo "No RuntimeClass 'sandboxed'."; exit 1; }
[ "$h" = "runsc" ] || { echo "RuntimeClass 'sandboxed' uses the handler '$h', expected runsc."; exit 1; }
echo "RuntimeClass 'sandboxed' uses runsc."
