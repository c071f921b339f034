#!/usr/bin/env bash
# Q7: the namespace for the pod that must not change file modes.
set -eu
kubectl --context cluster1 create namespace sec --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
