#!/usr/bin/env bash
# Q15: the namespace for the node agent.
set -eu
kubectl --context cluster1 create namespace node-agents --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
