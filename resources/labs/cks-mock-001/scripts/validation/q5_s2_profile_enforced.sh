#!/usr/bin/env bash
# Q5: inside no-mkdir, mkdir is refused by the kernel (the profile is enforced) while other commands work.
set -u
phase=$(kubectl --context cluster1 get pod no-mkdir -n hardening -o jsonpath='{.status.phase}' 2>/dev/null)
[ "$phase" = "Running" ] || { echo "Pod 'no-mkdir' is not running."; exit 1; }
timeout 20 kubectl --context cluster1 exec no-mkdir -n hardening -- true >/dev/null 2>&1 || { echo "Cannot run commands in 'no-mkdir'."; exit 1; }
if timeout 20 kubectl --context cluster1 exec no-mkdir -n hardening -- mkdir -p /tmp/ckx-seccomp-check >/dev/null 2>&1; then
    echo "mkdir works inside 'no-mkdir': the seccomp profile is not applied."
    exit 1
fi
echo "mkdir is blocked inside 'no-mkdir'."
