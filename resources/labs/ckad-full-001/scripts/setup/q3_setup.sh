#!/usr/bin/env bash
# Namespace storage for this task.
set -eu
kubectl --context cluster1 create namespace storage --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
