#!/usr/bin/env bash
# Namespace rbac for this task.
set -eu
kubectl --context cluster1 create namespace rbac --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
