#!/usr/bin/env bash
# Q2: the deployment cm-check/probe (created while the controller manager was down) has 2 available replicas.
set -u
n=$(kubectl --context cluster2 -n cm-check get deployment probe -o jsonpath='{.status.availableReplicas}' 2>/dev/null)
[ "${n:-0}" -ge 2 ] || { echo "cm-check/probe has ${n:-0} available replicas, expected 2."; exit 1; }
echo "cm-check/probe has $n available replicas."
