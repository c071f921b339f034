#!/usr/bin/env bash
# Q3: the pod uses the claim and the file is on it.
set -u
phase=$(kubectl --context cluster1 get pod writer -n storage -o jsonpath='{.status.phase}' 2>/dev/null) || { echo "No pod 'writer' in namespace 'storage'."; exit 1; }
[ "$phase" = "Running" ] || { echo "Pod 'writer' is '$phase', expected 'Running'."; exit 1; }
vol=$(kubectl --context cluster1 get pod writer -n storage -o jsonpath='{.spec.volumes[?(@.persistentVolumeClaim.claimName=="data-pvc")].name}')
[ -n "$vol" ] || { echo "Pod 'writer' has no volume from claim 'data-pvc'."; exit 1; }
path=$(kubectl --context cluster1 get pod writer -n storage -o jsonpath="{.spec.containers[0].volumeMounts[?(@.name==\"$vol\")].mountPath}")
[ "$path" = "/data" ] || { echo "Pod 'writer' mounts the claim at '$path', expected /data."; exit 1; }
out=$(kubectl --context cluster1 exec writer -n storage -- cat /data/out.txt 2>/dev/null)
[ "$out" = "saved" ] || { echo "/data/out.txt in 'writer' holds '$out', expected 'saved'."; exit 1; }
echo "Pod 'writer' writes to data-pvc at /data."
