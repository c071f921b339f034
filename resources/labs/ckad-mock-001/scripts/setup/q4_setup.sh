#!/usr/bin/env bash
# Q4: the namespace to work in.
set -eu
kubectl create namespace venus --dry-run=client -o yaml | kubectl apply -f -
