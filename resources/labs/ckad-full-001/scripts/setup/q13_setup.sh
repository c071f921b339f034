#!/usr/bin/env bash
# Namespace quota for this task.
set -eu
kubectl --context cluster1 create namespace quota --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
