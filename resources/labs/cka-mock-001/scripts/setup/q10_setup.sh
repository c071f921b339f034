#!/usr/bin/env bash
# Q10: the namespace for the training workload.
set -eu
kubectl --context cluster1 create namespace ml --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
