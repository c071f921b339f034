#!/usr/bin/env bash
# Q16: the namespace for the stateful workload.
set -eu
kubectl --context cluster1 create namespace stateful --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
