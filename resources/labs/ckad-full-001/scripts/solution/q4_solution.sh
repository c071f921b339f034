#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
echo 2 >/home/candidate/frontend-revision.txt
kubectl --context cluster1 rollout undo deployment/frontend -n orbit --to-revision=2
kubectl --context cluster1 rollout status deployment/frontend -n orbit --timeout=55s
