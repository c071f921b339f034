#!/usr/bin/env bash
# Q11: the process identity (pod- or container-level runAsUser/runAsGroup both count; fsGroup is pod-level).
set -u
phase=$(kubectl --context cluster1 get pod secure-app -n secure -o jsonpath='{.status.phase}' 2>/dev/null) || { echo "No pod 'secure-app' in namespace 'secure'."; exit 1; }
[ "$phase" = "Running" ] || { echo "Pod 'secure-app' is '$phase', expected 'Running'."; exit 1; }
ids=$(kubectl --context cluster1 exec secure-app -n secure -- id 2>/dev/null)
case "$ids" in
    "uid=1000 gid=3000"*) ;;
    *) echo "secure-app runs as '$ids', expected uid=1000 gid=3000."; exit 1 ;;
esac
fs=$(kubectl --context cluster1 get pod secure-app -n secure -o jsonpath='{.spec.securityContext.fsGroup}')
[ "$fs" = "2000" ] || { echo "secure-app has fsGroup '$fs', expected 2000."; exit 1; }
echo "secure-app runs as 1000:3000 with fsGroup 2000."
