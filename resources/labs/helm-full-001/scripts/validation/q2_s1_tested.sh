#!/usr/bin/env bash
# Q2: a test hook of release qa ran and succeeded.
set -u
json=$(helm --kube-context cluster1 status qa -n qa -o json 2>/dev/null) || { echo "No Helm release 'qa' in namespace 'qa'."; exit 1; }
phase=$(jq -r '[.hooks[]? | select(any(.events[]?; . == "test"))] | map(.last_run.phase) | join(",")' <<<"$json")
[ "$phase" = "Succeeded" ] || { echo "Test hooks of release 'qa' last ran with '$phase', expected one test that Succeeded."; exit 1; }
echo "The test of release 'qa' succeeded."
