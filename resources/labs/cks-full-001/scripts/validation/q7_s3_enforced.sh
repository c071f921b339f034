#!/usr/bin/env bash
# Q7: inside no-chmod, writing a file works but changing its mode is refused.
set -u
phase=$(kubectl --context cluster1 get pod no-chmod -n sec -o jsonpath='{.status.phase}' 2>/dev/null)
[ "$phase" = "Running" ] || { echo "Pod 'no-chmod' is not running."; exit 1; }
timeout 20 kubectl --context cluster1 exec no-chmod -n sec -- sh -c 'echo x > /tmp/ckx-mode-check' >/dev/null 2>&1 || { echo "Cannot write a file in 'no-chmod'."; exit 1; }
if timeout 20 kubectl --context cluster1 exec no-chmod -n sec -- chmod 600 /tmp/ckx-mode-check >/dev/null 2>&1; then
    echo "chmod works inside 'no-chmod': the profile is not enforced."
    exit 1
fi
echo "chmod is refused inside 'no-chmod'."
