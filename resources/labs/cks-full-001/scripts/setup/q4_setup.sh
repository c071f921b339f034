#!/usr/bin/env bash
# Q4: the namespace for the backend.
set -eu
kubectl --context cluster1 create namespace tokens --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
