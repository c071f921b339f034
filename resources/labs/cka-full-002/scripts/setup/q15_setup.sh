#!/usr/bin/env bash
# Q15: an empty namespace edge; the deployment is the candidate's to write.
set -eu
kubectl --context cluster1 create namespace edge
