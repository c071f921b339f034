#!/usr/bin/env bash
# Namespace probes for this task.
set -eu
kubectl --context cluster1 create namespace probes --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
