#!/usr/bin/env bash
# Namespace batch for this task.
set -eu
kubectl --context cluster1 create namespace batch --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
