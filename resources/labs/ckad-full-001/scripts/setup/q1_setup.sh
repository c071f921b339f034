#!/usr/bin/env bash
# Namespace atlas for this task.
set -eu
kubectl --context cluster1 create namespace atlas --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
