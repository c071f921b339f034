#!/usr/bin/env bash
# Q7: the namespace the CI service account works in.
set -eu
kubectl --context cluster1 create namespace ci --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
