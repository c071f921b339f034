#!/usr/bin/env bash
# Q11: the namespace for the storage task.
set -eu
kubectl --context cluster1 create namespace storage --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
