#!/usr/bin/env bash
# Namespace secure for this task.
set -eu
kubectl --context cluster1 create namespace secure --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
